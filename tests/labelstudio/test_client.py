"""Retries and error messages of the Label Studio client, against a mock transport (no server)."""

from __future__ import annotations

import re

import httpx
import pytest

from newsgold.labelstudio.client import Client, LSError, connect, display_name

TOKEN = "t" * 40


def _client(handler, retries: int = 3) -> tuple[Client, list[str]]:
    calls: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return handler(request, len(calls))

    return Client("http://127.0.0.1:9", TOKEN, retries=retries, backoff=0, inner=httpx.MockTransport(record), sleep=lambda s: None), calls


def _me(request, n):
    return httpx.Response(200, json={"id": 1, "email": "me@x", "username": "me"})


def test_reads_are_retried_on_5xx_until_they_succeed() -> None:
    client, calls = _client(lambda req, n: httpx.Response(503, text="busy") if n < 3 else _me(req, n))
    assert client.me().email == "me@x"
    assert calls == ["GET"] * 3


def test_reads_give_up_after_bounded_retries_with_a_clear_message() -> None:
    client, calls = _client(lambda req, n: httpx.Response(502, text="bad gateway"), retries=2)
    with pytest.raises(
        LSError, match=r"failed with HTTP 502 while checking the API token \(retried with backoff\); nothing was written locally"
    ):
        client.me()
    assert len(calls) == 3


def test_posts_are_not_retried_on_5xx() -> None:
    client, calls = _client(lambda req, n: httpx.Response(500, json={"detail": "boom"}))
    with pytest.raises(LSError, match=r"HTTP 500 while creating.*not retried: it was not a read.*boom"):
        with client.errors("creating a project"):
            client.sdk.projects.create(title="xyz", label_config="<View/>")
    assert calls == ["POST"]


def test_posts_are_retried_when_the_connection_was_never_made() -> None:
    def handler(request, n):
        if n < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(201, json={"id": 7, "title": "xyz"})

    client, calls = _client(handler)
    with client.errors("creating a project"):
        assert client.sdk.projects.create(title="xyz", label_config="<View/>").id == 7
    assert calls == ["POST"] * 3


def test_connection_refused_and_bad_token_messages() -> None:
    def refused(request, n):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    client, calls = _client(refused, retries=2)
    with pytest.raises(LSError, match=r"cannot connect to Label Studio at http://127.0.0.1:9 .*\(3 attempt\(s\)\).*Is it running"):
        client.me()
    client, calls = _client(lambda req, n: httpx.Response(401, json={"detail": "Invalid token."}))
    with pytest.raises(LSError, match="rejected the API token"):
        client.me()
    assert calls == ["GET"]  # a 401 is an answer, not a failure: no retry


def test_a_server_that_is_not_label_studio() -> None:
    page = "<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>"
    client, calls = _client(lambda req, n: httpx.Response(404, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(LSError, match=r"answered HTTP 404 while checking the API token: is this a Label Studio server"):
        client.me()
    assert calls == ["GET"]


def test_bad_url_and_missing_token() -> None:
    with pytest.raises(LSError, match="not a Label Studio URL"):
        Client("localhost:8080", TOKEN)
    with pytest.raises(LSError, match="no API token"):
        Client("http://127.0.0.1:8080", "")


def test_annotate_is_both_a_top_level_and_an_ls_command() -> None:
    from typer.testing import CliRunner

    from newsgold.cli import app

    for args in (["annotate", "--help"], ["ls", "annotate", "--help"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0 and "Start annotating" in result.output and "--predictions" in result.output


# ----------------------------------------------------------------------------- timeouts and settings


def test_a_read_timeout_is_retried_once_only() -> None:
    def hung(request, n):
        raise httpx.ReadTimeout("timed out", request=request)

    client, calls = _client(hung, retries=4)
    with pytest.raises(LSError, match=r"did not answer in time while checking the API token \(2 attempt\(s\), 60 s each\)"):
        client.me()
    assert calls == ["GET", "GET"]  # not 5 x the read timeout


def test_a_write_is_not_retried_after_a_read_timeout() -> None:
    def hung(request, n):
        raise httpx.ReadTimeout("timed out", request=request)

    client, calls = _client(hung, retries=4)
    with pytest.raises(LSError, match="did not answer in time"):
        with client.errors("creating a project"):
            client.sdk.projects.create(title="xyz", label_config="<View/>")
    assert calls == ["POST"]


def test_connect_timeout_is_short_and_read_timeout_configurable() -> None:
    seen = []

    def record(request, n):
        seen.append(request.extensions["timeout"])
        return _me(request, n)

    client, _ = _client(record)
    client.me()
    assert seen[-1]["connect"] == 5 and seen[-1]["read"] == 60  # the SDK must not override it with one float
    client = Client("http://127.0.0.1:9", TOKEN, timeout=2.5, inner=httpx.MockTransport(lambda r: record(r, 1)))
    client.me()
    assert seen[-1]["connect"] == 2.5 and seen[-1]["read"] == 2.5


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("NEWSGOLD_LS_RETRIES", "abc", r"\$NEWSGOLD_LS_RETRIES='abc' is not a whole number"),
        ("NEWSGOLD_LS_BACKOFF", "x", r"\$NEWSGOLD_LS_BACKOFF='x' is not a number"),
        ("NEWSGOLD_LS_TIMEOUT", "soon", r"\$NEWSGOLD_LS_TIMEOUT='soon' is not a number"),
        ("NEWSGOLD_LS_TIMEOUT", "0", r"the timeout must be a positive number of seconds"),
        ("NEWSGOLD_LS_RETRIES", "-3", r"--retries / \$NEWSGOLD_LS_RETRIES must be between 0 and 100, got -3"),
        ("NEWSGOLD_LS_BACKOFF", "inf", r"--backoff / \$NEWSGOLD_LS_BACKOFF must be between 0 and 60 seconds, got inf"),
        ("NEWSGOLD_LS_BACKOFF", "-1", r"--backoff / \$NEWSGOLD_LS_BACKOFF must be between 0 and 60 seconds, got -1"),
        ("NEWSGOLD_LS_BACKOFF", "nan", r"--backoff / \$NEWSGOLD_LS_BACKOFF must be between 0 and 60 seconds, got nan"),
    ],
)
def test_environment_values_are_checked(monkeypatch, name, value, message) -> None:
    from newsgold.labelstudio.client import connect

    monkeypatch.setenv(name, value)
    with pytest.raises(LSError, match=message):
        connect("http://127.0.0.1:9", TOKEN)
    monkeypatch.delenv(name)
    monkeypatch.setenv("NEWSGOLD_LS_TIMEOUT", "7")
    assert connect("http://127.0.0.1:9", TOKEN).timeout == 7


def test_the_wait_between_attempts_is_bounded() -> None:
    """100 retries doubling a 0.5 s backoff asked time.sleep for 2**99 s: an OverflowError traceback."""
    from newsgold.labelstudio.client import MAX_DELAY, _transport

    waits: list[float] = []

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport = _transport(100, 60.0, sleep=waits.append, inner=httpx.MockTransport(refused))
    with pytest.raises(httpx.ConnectError):
        transport.handle_request(httpx.Request("GET", "http://127.0.0.1:9/api/current-user/whoami"))
    assert len(waits) == 100 and max(waits) == MAX_DELAY and waits[0] == 60.0


def test_annotate_rejects_a_bad_environment_before_starting_a_server(monkeypatch, tmp_path) -> None:
    from typer.testing import CliRunner

    from newsgold.cli import app

    monkeypatch.setenv("NEWSGOLD_LS_RETRIES", "abc")
    result = CliRunner().invoke(app, ["annotate", "--data-dir", str(tmp_path / "ls")])
    assert result.exit_code == 1, result.output  # not a ValueError traceback
    assert "$NEWSGOLD_LS_RETRIES='abc' is not a whole number" in result.output
    assert not (tmp_path / "ls").exists()


def test_annotate_rejects_unknown_predictions_before_starting_a_server(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsgold.cli import app

    result = CliRunner().invoke(app, ["annotate", "--predictions", "baseline/nope", "--data-dir", str(tmp_path / "ls")])
    assert result.exit_code == 1
    assert "baseline/nope: neither a predictions file nor a run directory" in result.output
    assert "Starting Label Studio" not in result.output and not (tmp_path / "ls").exists()


@pytest.fixture
def hung_server():
    """A loopback server that accepts connections and never answers: ``http://127.0.0.1:<port>``."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


@pytest.mark.parametrize("command", [["pull", "-o", "OUT"], ["push", "--with-gold"], ["agreement"]])
def test_a_hung_server_gives_up_quickly_with_a_clear_error(hung_server, tmp_path, command) -> None:
    import time

    from typer.testing import CliRunner

    from newsgold.cli import app

    args = [str(tmp_path / "o") if a == "OUT" else a for a in command]
    t0 = time.monotonic()
    result = CliRunner().invoke(
        app, ["ls", *args, "--url", hung_server, "--token", TOKEN, "--timeout", "1", "--retries", "1", "--backoff", "0.01"]
    )
    elapsed = time.monotonic() - t0
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert f"Label Studio at {hung_server} did not answer in time while checking the API token (2 attempt(s), 1 s each)" in output
    assert elapsed < 6 and not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("email", "name"),
    [("annotator@newsgold.local", ("Annotator", "")), ("jane.doe@x.org", ("Jane", "Doe")), ("a-1f2e@x", ("A", "1f2e")), ("@x", ("", ""))],
)
def test_display_names_come_from_the_e_mail(email, name) -> None:
    assert display_name(email) == name


def test_users_are_listed_or_none_when_the_token_may_not_list_them() -> None:
    """`ls pull` asks for every user's e-mail to name who last saved an annotation; a token that may
    not list users (403) made the whole pull fail.  Other failures still say what went wrong."""
    users = [{"id": 2, "email": "bob@x", "username": "bob"}, {"id": 3, "email": "", "username": "c"}]
    client, _ = _client(lambda req, n: httpx.Response(200, json=users))
    assert client.emails() == {2: "bob@x"}
    client, _ = _client(lambda req, n: httpx.Response(403, json={"detail": "You do not have permission"}))
    assert client.emails() == {}
    client, _ = _client(lambda req, n: httpx.Response(401, json={"detail": "Invalid token."}))
    with pytest.raises(LSError, match="listing the users"):
        client.emails()


@pytest.mark.parametrize("url", ["http://[::1", "http://localhost:99999", "http://localhost:abc", "http://localhost:0"])
def test_a_url_that_does_not_parse_is_refused_naming_it(url: str) -> None:
    """Round 12: ``NEWSGOLD_LS_URL=http://[::1 newsgold ls pull`` was a ValueError traceback (Invalid IPv6 URL)."""
    with pytest.raises(LSError, match=re.escape(repr(url)) + " is not a Label Studio URL"):
        connect(url, "token", retries=0)
