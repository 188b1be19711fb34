"""One SDK client for a Label Studio server: bounded retries, and errors a user can act on.

The SDK on its own retries *every* request on a 5xx, POSTs included, which could create a task
or an annotation twice.  We switch that off and retry in the HTTP transport instead:

* a connection that could not be made (nothing reached the server): any method, with backoff;
* a timeout, a dropped connection or a 5xx: only GET/HEAD (idempotent reads).

Every failure surfaces as :class:`LSError` with the URL and what to do; nothing here writes
local files, so a failure never leaves a partial gold behind.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

DEFAULT_URL = "http://127.0.0.1:8080"
DEFAULT_PROJECT = "newsgold"
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 0.5  # seconds, doubled per attempt: 0.5 + 1 + 2 + 4 = 7.5 s at most
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
PAGE_SIZE = 1000


class LSError(Exception):
    """Talking to Label Studio failed; the message says why and what to do."""


def _transport(retries: int, backoff: float, sleep: Callable[[float], None] = time.sleep, inner: Any = None):
    import httpx

    class RetryTransport(httpx.BaseTransport):
        """Retries what is safe to retry (see the module docstring); counts attempts."""

        def __init__(self) -> None:
            self.inner = inner or httpx.HTTPTransport()
            self.attempts = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            safe = request.method in IDEMPOTENT
            for attempt in range(retries + 1):
                self.attempts = attempt + 1
                last = attempt == retries
                try:
                    response = self.inner.handle_request(request)
                except (httpx.ConnectError, httpx.ConnectTimeout):
                    if last:
                        raise
                except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError):
                    if last or not safe:
                        raise
                else:
                    if not (safe and response.status_code >= 500 and not last):
                        return response
                    response.close()
                sleep(backoff * 2**attempt)
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
    timeout: float = 120.0
    inner: Any = field(default=None, repr=False)  # an httpx transport to wrap (tests: httpx.MockTransport)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    sdk: Any = field(init=False, repr=False)
    _transport: Any = field(init=False, repr=False)
    _me: Any = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        import httpx
        from label_studio_sdk import LabelStudio

        self.url = self.url.rstrip("/")
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LSError(f"{self.url!r} is not a Label Studio URL (expected e.g. {DEFAULT_URL})")
        if not self.token:
            raise LSError("no API token: pass --token or set NEWSGOLD_LS_TOKEN (Label Studio: Account & Settings → Access Token)")
        self._transport = _transport(self.retries, self.backoff, self.sleep, self.inner)
        loopback = parts.hostname in ("127.0.0.1", "localhost", "::1") or parts.hostname.startswith("127.")
        http = httpx.Client(transport=self._transport, timeout=self.timeout, follow_redirects=True,
                            trust_env=not loopback)  # never send loopback traffic through a proxy
        self.sdk = LabelStudio(base_url=self.url, api_key=self.token, httpx_client=http, timeout=self.timeout,
                               max_retries=0)

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
            raise LSError(f"Label Studio at {self.url} did not answer in time while {doing} "
                          f"({self._transport.attempts} attempt(s), {self.timeout:.0f} s each)") from None
        except httpx.HTTPError as exc:
            raise LSError(f"HTTP error talking to Label Studio at {self.url} while {doing}: {exc or type(exc).__name__}") from None

    def _api_message(self, exc: Any, doing: str) -> str:
        code, body = exc.status_code, _short_body(exc.body)
        if code == 401:
            return (f"Label Studio at {self.url} rejected the API token (HTTP 401) while {doing}: check --token / "
                    "NEWSGOLD_LS_TOKEN (Label Studio: Account & Settings → Access Token)")
        if code == 403:
            return f"the token's user may not do this (HTTP 403) while {doing}: {body}"
        if code is not None and code >= 500:
            again = "retried with backoff" if self._transport.attempts > 1 else "not retried: it was not a read"
            return (f"Label Studio at {self.url} failed with HTTP {code} while {doing} ({again}); nothing was "
                    f"written locally. Server said: {body}")
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
            raise LSError(f"{len(found)} projects are titled {title!r} (ids {', '.join(str(p.id) for p in found)}): "
                          "rename or delete all but one in Label Studio")
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
            return self.sdk.users.create(username=username, email=email).id

    def export(self, project_id: int) -> list[dict[str, Any]]:
        """A full JSON export snapshot: predictions with their results, annotators with their e-mail.

        The quick export lists predictions as ids only; a snapshot serialises them fully.  The
        snapshot is deleted afterwards so exports do not pile up on the server.
        """
        import json

        options = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}
        with self.errors(f"exporting project {project_id}"):
            snap = self.sdk.projects.exports.create(project_id, serialization_options=options)
            try:
                deadline = time.monotonic() + self.timeout
                while snap.status != "completed":
                    if snap.status == "failed":
                        raise LSError(f"Label Studio could not export project {project_id} (snapshot {snap.id} failed)")
                    if time.monotonic() > deadline:
                        raise LSError(f"export snapshot {snap.id} of project {project_id} not ready after {self.timeout:.0f} s")
                    time.sleep(0.5)
                    snap = self.sdk.projects.exports.get(project_id, export_pk=snap.id)
                data = b"".join(self.sdk.projects.exports.download(project_id, export_pk=snap.id, export_type="JSON"))
            finally:
                with contextlib.suppress(Exception):
                    self.sdk.projects.exports.delete(project_id, export_pk=snap.id)
        try:
            tasks = json.loads(data)
        except ValueError as exc:
            raise LSError(f"the export of project {project_id} is not JSON: {exc}") from None
        if not isinstance(tasks, list):
            raise LSError(f"the export of project {project_id} is not a list of tasks")
        return tasks


def _short_body(body: Any, width: int = 300) -> str:
    if isinstance(body, dict) and isinstance(body.get("validation_errors"), dict):
        body = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in body["validation_errors"].items())
    elif isinstance(body, dict) and "detail" in body:
        body = str(body["detail"])
    text = body if isinstance(body, str) else repr(body)
    return text if len(text) <= width else text[: width - 1] + "…"


def connect(url: str, token: str, *, retries: int | None = None, backoff: float | None = None) -> Client:
    """A client for ``url``; retries and backoff default to $NEWSGOLD_LS_RETRIES / $NEWSGOLD_LS_BACKOFF."""
    if retries is None:
        retries = int(os.environ.get("NEWSGOLD_LS_RETRIES", DEFAULT_RETRIES))
    if backoff is None:
        backoff = float(os.environ.get("NEWSGOLD_LS_BACKOFF", DEFAULT_BACKOFF))
    return Client(url, token, retries=max(0, retries), backoff=max(0.0, backoff))
