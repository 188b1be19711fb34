"""One SDK client for a Label Studio server: bounded retries, and errors a user can act on.

The SDK on its own retries *every* request on a 5xx, POSTs included, which could create a task
or an annotation twice.  We switch that off and retry in the HTTP transport instead:

* a connection that could not be made (nothing reached the server): any method, with backoff;
* a dropped connection or a 5xx: only GET/HEAD (idempotent reads);
* a read timeout: only GET/HEAD, and at most once (a server that hangs once likely hangs again;
  each wait costs the full read timeout).

Connecting times out after :data:`CONNECT_TIMEOUT` seconds; waiting for an answer after the
read timeout (``--timeout`` / $NEWSGOLD_LS_TIMEOUT, default :data:`DEFAULT_TIMEOUT`).

Every failure surfaces as :class:`LSError` with the URL and what to do; nothing here writes
local files, so a failure never leaves a partial gold behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from newsgold.errors import NewsgoldError
from newsgold.jsonio import JsonReadError, loads

DEFAULT_URL = "http://127.0.0.1:8080"
DEFAULT_PROJECT = "newsgold"
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 0.5  # seconds, doubled per attempt: 0.5 + 1 + 2 + 4 = 7.5 s at most
DEFAULT_TIMEOUT = 60.0  # seconds to wait for an answer (exports of large projects can be slow)
CONNECT_TIMEOUT = 5.0  # seconds to establish a connection (loopback: immediate, or refused)
READ_TIMEOUT_RETRIES = 1  # a request that timed out waiting for the answer is retried at most once
EXPORT_WAIT = 120.0  # at least this many seconds for an export snapshot to be built
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
PAGE_SIZE = 1000


class LSError(NewsgoldError):
    """Talking to Label Studio failed; the message says why and what to do."""


MAX_RETRIES, MAX_BACKOFF, MAX_DELAY = 100, 60.0, 300.0  # the bounds of --retries and --backoff; the longest wait between two attempts


def _transport(retries: int, backoff: float, sleep: Callable[[float], None] = time.sleep, inner: Any = None):
    import httpx

    class RetryTransport(httpx.BaseTransport):
        """Retries what is safe to retry (see the module docstring); counts attempts."""

        def __init__(self) -> None:
            self.inner = inner or httpx.HTTPTransport()
            self.attempts = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            safe = request.method in IDEMPOTENT
            timeouts = 0
            for attempt in range(retries + 1):
                self.attempts = attempt + 1
                last = attempt == retries
                try:
                    response = self.inner.handle_request(request)
                except (httpx.ConnectError, httpx.ConnectTimeout):
                    if last:
                        raise
                except httpx.TimeoutException:  # read, write or pool: the server took the request
                    timeouts += 1
                    if last or not safe or timeouts > READ_TIMEOUT_RETRIES:
                        raise
                except (httpx.RemoteProtocolError, httpx.ReadError):
                    if last or not safe:
                        raise
                else:
                    if not (safe and response.status_code >= 500 and not last):
                        return response
                    response.close()
                sleep(min(backoff * 2.0 ** min(attempt, 64), MAX_DELAY))
            raise AssertionError("unreachable")

        def close(self) -> None:
            self.inner.close()

    return RetryTransport()


@dataclass
class Client:
    """The SDK client plus the few lookups push, pull and agreement share."""

    url: str
    token: str
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    timeout: float = DEFAULT_TIMEOUT  # read timeout, seconds; connecting: CONNECT_TIMEOUT
    token_from: str = "--token / NEWSGOLD_LS_TOKEN"  # where the token came from: what to check when it is refused
    inner: Any = field(default=None, repr=False)  # an httpx transport to wrap (tests: httpx.MockTransport)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    sdk: Any = field(init=False, repr=False)
    _transport: Any = field(init=False, repr=False)
    _me: Any = field(init=False, default=None, repr=False)
    created: list[str] = field(init=False, default_factory=list)  # e-mails of the users :meth:`user_id` created

    def __post_init__(self) -> None:
        import httpx
        from label_studio_sdk import LabelStudio

        self.url = self.url.rstrip("/")
        try:
            parts = urlsplit(self.url)
            port = parts.port  # (a port out of range or not a number: ValueError here, not at the first request)
        except ValueError as e:  # "http://[::1" was a ValueError traceback (Invalid IPv6 URL)
            raise LSError(f"{self.url!r} is not a Label Studio URL ({e}; expected e.g. {DEFAULT_URL})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
            raise LSError(f"{self.url!r} is not a Label Studio URL (expected e.g. {DEFAULT_URL})")
        if not self.token:
            raise LSError(
                "no API token: pass --token or set NEWSGOLD_LS_TOKEN, or start the server with `newsgold annotate`, which "
                "records it in the workspace (Label Studio: Account & Settings → Access Token)"
            )
        if not self.timeout > 0:
            raise LSError(f"the timeout must be a positive number of seconds, not {self.timeout!r}")
        timeout = httpx.Timeout(self.timeout, connect=min(CONNECT_TIMEOUT, self.timeout))
        self._transport = _transport(self.retries, self.backoff, self.sleep, self.inner)
        loopback = parts.hostname in ("127.0.0.1", "localhost", "::1") or parts.hostname.startswith("127.")
        http = httpx.Client(
            transport=self._transport, timeout=timeout, follow_redirects=True, trust_env=not loopback
        )  # never send loopback traffic through a proxy
        # timeout=None: a float here would be passed with every request and override the connect timeout
        self.sdk = LabelStudio(base_url=self.url, api_key=self.token, httpx_client=http, timeout=None, max_retries=0)

    # -- errors

    @contextlib.contextmanager
    def errors(self, doing: str) -> Iterator[None]:
        """Turn SDK and HTTP errors raised inside into one :class:`LSError` naming ``doing``."""
        import httpx
        from label_studio_sdk.core.api_error import ApiError

        try:
            yield
        except LSError:
            raise
        except ApiError as exc:
            raise LSError(self._api_message(exc, doing)) from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise LSError(
                f"cannot connect to Label Studio at {self.url} while {doing} ({self._transport.attempts} attempt(s)): "
                f"{exc or type(exc).__name__}. Is it running? `newsgold annotate` or `newsgold ls start` starts one."
            ) from None
        except httpx.TimeoutException:
            raise LSError(
                f"Label Studio at {self.url} did not answer in time while {doing} "
                f"({self._transport.attempts} attempt(s), {self.timeout:g} s each). Is it overloaded or hung? "
                "A slow export may need a longer --timeout (or NEWSGOLD_LS_TIMEOUT)."
            ) from None
        except httpx.HTTPError as exc:
            raise LSError(f"HTTP error talking to Label Studio at {self.url} while {doing}: {exc or type(exc).__name__}") from None

    def _api_message(self, exc: Any, doing: str) -> str:
        code, body = exc.status_code, _short_body(exc.body)
        if code == 401:
            return (
                f"Label Studio at {self.url} rejected the API token (HTTP 401) while {doing}: check {self.token_from} "
                "(Label Studio: Account & Settings → Access Token)"
            )
        if code == 403:
            return f"the token's user may not do this (HTTP 403) while {doing}: {body}"
        if code == 404 and ((isinstance(exc.body, str) and exc.body.lstrip()[:1] == "<") or doing == "checking the API token"):
            return (
                f"{self.url} answered HTTP 404 while {doing}: is this a Label Studio server (and the URL its "
                f"root, e.g. {DEFAULT_URL})? Server said: {body}"
            )
        if code is not None and code >= 500:
            again = "retried with backoff" if self._transport.attempts > 1 else "not retried: it was not a read"
            return (
                f"Label Studio at {self.url} failed with HTTP {code} while {doing} ({again}); nothing was "
                f"written locally. Server said: {body}"
            )
        return f"Label Studio refused a request (HTTP {code}) while {doing}: {body}"

    # -- lookups

    def me(self) -> Any:
        """The token's user; the first call checks that the server answers and accepts the token."""
        if self._me is None:
            with self.errors("checking the API token"):
                self._me = self.sdk.users.whoami()
        return self._me

    def find_project(self, title: str) -> Any | None:
        """The project with exactly this title (Label Studio's filter is a substring match)."""
        self.me()
        with self.errors(f"looking up project {title!r}"):
            found = [p for p in self.sdk.projects.list(title=title, page_size=100) if p.title == title]
        if len(found) > 1:
            raise LSError(
                f"{len(found)} projects are titled {title!r} (ids {', '.join(str(p.id) for p in found)}): "
                "rename or delete all but one in Label Studio"
            )
        return found[0] if found else None

    def project(self, title: str) -> Any:
        project = self.find_project(title)
        if project is None:
            raise LSError(f"no project titled {title!r} on {self.url} (push one first: `newsgold ls push --project {title!r}`)")
        return project

    def tasks(self, project_id: int) -> list[dict[str, Any]]:
        """Every task of a project with its annotations and predictions, as plain dicts."""
        with self.errors(f"listing the tasks of project {project_id}"):
            return [t.model_dump(mode="json") for t in self.sdk.tasks.list(project=project_id, fields="all", page_size=PAGE_SIZE)]

    def user_id(self, email: str | None) -> int:
        """The id of the user with this e-mail (created, without a password, if missing); None: the token's user."""
        if email is None:
            return self.me().id
        with self.errors(f"looking up user {email!r}"):
            for user in self.sdk.users.list():
                if (user.email or "").lower() == email.lower():
                    return user.id
            username = email.split("@")[0] or email
            first, last = display_name(email)
            made = self.sdk.users.create(username=username, email=email, first_name=first, last_name=last).id
            self.created.append(email)
            return made

    def emails(self) -> dict[int, str]:
        """User id -> e-mail of every user (an export names only the annotations' owners); empty when
        this token may not list users (HTTP 403): a pull then names a last editor by id (``user-2``)
        rather than fail."""
        from label_studio_sdk.core.api_error import ApiError

        with self.errors("listing the users"):
            try:
                return {user.id: user.email for user in self.sdk.users.list() if user.email}
            except ApiError as exc:
                if exc.status_code == 403:
                    return {}
                raise

    def name_me(self) -> None:
        """Give the token's user a short display name (from its e-mail) if it has none: Label Studio's
        annotation tabs show the name, else the e-mail cut to "annotato….local"."""
        me = self.me()
        if (getattr(me, "first_name", "") or "").strip() or (getattr(me, "last_name", "") or "").strip():
            return
        first, last = display_name(me.email or me.username or "")
        if first:
            with self.errors("setting the annotator's display name"):
                self._me = self.sdk.users.update(id=me.id, first_name=first, last_name=last)

    def export(self, project_id: int) -> list[dict[str, Any]]:
        """A full JSON export snapshot: predictions with their results, annotators with their e-mail, drafts.

        The quick export lists predictions as ids only; a snapshot serialises them fully.  The
        snapshot is deleted afterwards so exports do not pile up on the server.
        """

        # drafts in full too: by default a snapshot lists them as bare ids, and a pull said nothing of them
        options = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}, "drafts": {"only_id": False}}
        with self.errors(f"exporting project {project_id}"):
            snap = self.sdk.projects.exports.create(project_id, serialization_options=options)
            try:
                wait = max(self.timeout, EXPORT_WAIT)
                deadline = time.monotonic() + wait
                while snap.status != "completed":
                    if snap.status == "failed":
                        raise LSError(f"Label Studio could not export project {project_id} (snapshot {snap.id} failed)")
                    if time.monotonic() > deadline:
                        raise LSError(f"export snapshot {snap.id} of project {project_id} not ready after {wait:.0f} s")
                    time.sleep(0.5)
                    snap = self.sdk.projects.exports.get(project_id, export_pk=snap.id)
                data = b"".join(self.sdk.projects.exports.download(project_id, export_pk=snap.id, export_type="JSON"))
            finally:
                with contextlib.suppress(Exception):
                    self.sdk.projects.exports.delete(project_id, export_pk=snap.id)
        try:
            tasks = loads(data, f"the export of project {project_id}")
        except JsonReadError as exc:
            raise LSError(f"{exc}") from None
        if not isinstance(tasks, list):
            raise LSError(f"the export of project {project_id} is not a list of tasks")
        return tasks


def check_title(title: str) -> None:
    """Refuse a project title Label Studio would refuse, before a server is started or asked."""
    from newsgold.workspace_config import TITLE_LENGTH

    low, high = TITLE_LENGTH
    if not low <= len(title) <= high:
        raise LSError(
            f"project title {title!r} has {len(title)} character(s), Label Studio takes {low} to {high}: "
            "choose another with --project or [labelstudio] project in newsgold.toml (the default is the workspace's name)"
        )


def _short_body(body: Any, width: int = 300) -> str:
    if isinstance(body, dict) and isinstance(body.get("validation_errors"), dict):
        body = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in body["validation_errors"].items())
    elif isinstance(body, dict) and "detail" in body:
        body = str(body["detail"])
    text = body if isinstance(body, str) else repr(body)
    return text if len(text) <= width else text[: width - 1] + "…"


def _env(name: str, kind: type, default: Any) -> Any:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise LSError(f"${name}={raw!r} is not {what}: fix or unset it") from None


def settings(retries: int | None = None, backoff: float | None = None, timeout: float | None = None) -> tuple[int, float, float]:
    """(retries, backoff, read timeout): the given values, else $NEWSGOLD_LS_RETRIES / _BACKOFF / _TIMEOUT, checked."""
    if retries is None:
        retries = _env("NEWSGOLD_LS_RETRIES", int, DEFAULT_RETRIES)
    if backoff is None:
        backoff = _env("NEWSGOLD_LS_BACKOFF", float, DEFAULT_BACKOFF)
    if timeout is None:
        timeout = _env("NEWSGOLD_LS_TIMEOUT", float, DEFAULT_TIMEOUT)
    if not timeout > 0 or timeout == float("inf"):
        raise LSError(f"the timeout must be a positive number of seconds, not {timeout!r}")
    # -3 retries was taken for none without a word; a backoff of inf (or 0.5 s doubled 100 times) was an
    # OverflowError traceback at the first failed connection
    if not 0 <= retries <= MAX_RETRIES:
        raise LSError(f"--retries / $NEWSGOLD_LS_RETRIES must be between 0 and {MAX_RETRIES}, got {retries!r}")
    if not 0 <= backoff <= MAX_BACKOFF:  # also NaN
        raise LSError(f"--backoff / $NEWSGOLD_LS_BACKOFF must be between 0 and {MAX_BACKOFF:g} seconds, got {backoff!r}")
    return retries, backoff, timeout


def connect(
    url: str,
    token: str,
    *,
    retries: int | None = None,
    backoff: float | None = None,
    timeout: float | None = None,
    token_from: str = "--token / NEWSGOLD_LS_TOKEN",
) -> Client:
    """A client for ``url``; unset values come from $NEWSGOLD_LS_RETRIES / _BACKOFF / _TIMEOUT (see :func:`settings`)."""
    retries, backoff, timeout = settings(retries, backoff, timeout)
    return Client(url, token, retries=retries, backoff=backoff, timeout=timeout, token_from=token_from)


def display_name(email: str) -> tuple[str, str]:
    """(first, last) name shown for an e-mail: ``jane.doe@x`` -> Jane Doe, ``annotator@newsgold.local`` -> Annotator."""
    parts = [p for p in re.split(r"[._+-]+", email.split("@")[0]) if p]
    if not parts:
        return "", ""
    return parts[0].capitalize(), " ".join(p.capitalize() for p in parts[1:])
