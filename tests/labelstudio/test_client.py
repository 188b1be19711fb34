"""Retries and error messages of the Label Studio client, against a mock transport (no server)."""

from __future__ import annotations

import httpx
import pytest

from newsgold.labelstudio.client import Client, LSError

TOKEN = "t" * 40


def _client(handler, retries: int = 3) -> tuple[Client, list[str]]:
    calls: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return handler(request, len(calls))

    return Client("http://127.0.0.1:9", TOKEN, retries=retries, backoff=0, inner=httpx.MockTransport(record),
                  sleep=lambda s: None), calls


def _me(request, n):
    return httpx.Response(200, json={"id": 1, "email": "me@x", "username": "me"})


def test_reads_are_retried_on_5xx_until_they_succeed() -> None:
    client, calls = _client(lambda req, n: httpx.Response(503, text="busy") if n < 3 else _me(req, n))
    assert client.me().email == "me@x"
    assert calls == ["GET"] * 3


def test_reads_give_up_after_bounded_retries_with_a_clear_message() -> None:
    client, calls = _client(lambda req, n: httpx.Response(502, text="bad gateway"), retries=2)
    with pytest.raises(LSError, match=r"failed with HTTP 502 while checking the API token \(retried with backoff\); nothing was written locally"):
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


def test_bad_url_and_missing_token() -> None:
    with pytest.raises(LSError, match="not a Label Studio URL"):
        Client("localhost:8080", TOKEN)
    with pytest.raises(LSError, match="no API token"):
        Client("http://127.0.0.1:8080", "")


def test_register_adds_the_annotate_command() -> None:
    import typer
    from typer.testing import CliRunner

    from newsgold.labelstudio.cli import register

    main = typer.Typer()
    main.command("other")(lambda: None)
    register(main)
    result = CliRunner().invoke(main, ["annotate", "--help"])
    assert result.exit_code == 0 and "Start annotating" in result.output and "--predictions" in result.output
