"""The real Label Studio server: health, auth, and code-point span offsets."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.labelstudio

LABEL_CONFIG = '<View><Text name="text" value="$text"/><Labels name="label" toName="text"><Label value="Quote"/></Labels></View>'


def _get(url: str, token: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url)
    if token is not None:
        req.add_header("Authorization", f"Token {token}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_health_up_on_expected_port(ls_server):
    from newsgold.labelstudio.server import _listening_pids, _process_group_members

    assert urllib.parse.urlsplit(ls_server.url).port == ls_server.port
    assert urllib.parse.urlsplit(ls_server.url).hostname == "127.0.0.1"
    status, body = _get(f"{ls_server.url}/health")
    assert status == 200
    assert json.loads(body) == {"status": "UP"}
    assert ls_server.running
    owners = _listening_pids(ls_server.port)
    if owners is not None:  # Linux: the socket belongs to the process we started
        assert owners & (_process_group_members(ls_server.pid) | {ls_server.pid})


def test_sdk_authenticated_call(ls_server):
    from label_studio_sdk import LabelStudio

    ls = LabelStudio(base_url=ls_server.url, api_key=ls_server.token)
    projects = list(ls.projects.list())
    assert isinstance(projects, list)
    # LABEL_STUDIO_USERNAME becomes the user's *email*; the username stays empty
    assert ls.users.whoami().email == ls_server.username


def test_wrong_token_rejected(ls_server):
    from label_studio_sdk import LabelStudio
    from label_studio_sdk.core.api_error import ApiError

    status, _ = _get(f"{ls_server.url}/api/projects", token="0" * 40)
    assert status == 401
    status, _ = _get(f"{ls_server.url}/api/projects")
    assert status == 401

    ls = LabelStudio(base_url=ls_server.url, api_key="f" * 40)
    with pytest.raises(ApiError) as excinfo:
        list(ls.projects.list())
    assert excinfo.value.status_code == 401


def test_span_offsets_are_code_points(ls_server):
    """Offsets written through the API come back unchanged and index Python str.

    The text has characters outside the BMP (emoji with a skin-tone modifier,
    a regional-indicator flag): a UTF-16 based offset would be off by several.
    """
    from label_studio_sdk import LabelStudio

    ls = LabelStudio(base_url=ls_server.url, api_key=ls_server.token)
    text = "Hi \U0001f44b\U0001f3fd \U0001f1ee\U0001f1f7 \u201cquoted\u201d text"
    quote = "\u201cquoted\u201d"
    start = text.index(quote)
    end = start + len(quote)
    assert len(text.encode("utf-16-le")) // 2 > len(text)  # really outside the BMP

    project = ls.projects.create(title=f"newsgold offsets {uuid.uuid4().hex[:8]}", label_config=LABEL_CONFIG)
    try:
        task = ls.tasks.create(project=project.id, data={"text": text})
        result = [
            {
                "id": "q1",
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "origin": "manual",
                "value": {"start": start, "end": end, "text": quote, "labels": ["Quote"]},
            }
        ]
        created = ls.annotations.create(id=task.id, result=result)

        fetched = ls.annotations.get(id=created.id)
        value = fetched.result[0]["value"]
        assert (value["start"], value["end"], value["text"]) == (start, end, quote)

        exported = ls.projects.exports.as_json(project.id)
        assert len(exported) == 1
        exported_task = exported[0]
        assert exported_task["data"]["text"] == text
        [annotation] = exported_task["annotations"]
        [region] = annotation["result"]
        value = region["value"]
        assert (value["start"], value["end"]) == (start, end)
        assert value["labels"] == ["Quote"]
        assert exported_task["data"]["text"][value["start"] : value["end"]] == value["text"] == quote
    finally:
        ls.projects.delete(id=project.id)
    assert project.id not in {p.id for p in ls.projects.list()}


def test_a_busy_port_is_refused_before_the_data_dir_is_made(ls_server, tmp_path):
    from newsgold.labelstudio.server import LabelStudioError, LabelStudioServer

    data_dir = tmp_path / "ls-data"
    server = LabelStudioServer(port=ls_server.port, data_dir=data_dir)
    with pytest.raises(LabelStudioError, match=f"port {ls_server.port} on 127.0.0.1 is already in use"):
        server.start()
    assert not data_dir.exists()


def test_a_second_annotator_signs_up_on_the_page_the_readme_names(ls_server):
    """README ("More annotators"): the signup form at /user/signup/ makes a user who can log in
    and who is in the organisation of the login user's projects (the users list of its token)."""
    import re

    import httpx

    email = f"second-{uuid.uuid4().hex[:8]}@newsgold.local"
    with httpx.Client(base_url=ls_server.url, timeout=60, follow_redirects=True) as browser:
        page = browser.get("/user/signup/")
        assert page.status_code == 200
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        assert csrf, "no signup form"
        form = {"csrfmiddlewaretoken": csrf.group(1), "email": email, "password": "second-password-1"}
        done = browser.post("/user/signup/", data=form, headers={"Referer": f"{ls_server.url}/user/signup/"})
        assert done.status_code == 200 and "/user/signup" not in str(done.url), done.text[:300]
    from newsgold.labelstudio.client import connect

    client = connect(ls_server.url, ls_server.token, retries=1, backoff=0.01)
    assert email in [u.email for u in client.sdk.users.list()]
