"""Saved HTML pages: the article body as stored text, its offsets round-tripping through gold,
Label Studio tasks and a ``file:`` prediction; bad pages refused with file, line and byte offset."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgold import DocAnnotation, Quote, Source
from newsgold.cli import app
from newsgold.extractors.precomputed import FileExtractor
from newsgold.importing import import_sources
from newsgold.importing.errors import (
    BadPageError,
    DuplicateIdError,
    EmptyTextError,
    HtmlExtraMissingError,
    NulCharacterRefused,
    SourceErrors,
    UndecodablePageError,
)
from newsgold.importing.html_pages import body_text, decode_page, page_stem, read_page
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.convert import results_to_doc
from newsgold.store import write_annotation_dir
from newsgold.validate import validate_all
from newsgold.workspace import Workspace

from .conftest import snapshot

DATA = Path(__file__).parent / "data"
BRIDGE = (
    "The mayor said on Monday that the bridge would reopen to traffic & cyclists this week. "
    "“We are ready,” said Ana Ruiz, the city engineer 😀 👋🏽.\n\n"
    "Visitors from France 🇫🇷 waved flags.\nRuiz added:\n“It’s done… finally.”\n\n"
    "Tickets cost €5 – or nothing for residents, the council said in a statement on its website.\n\n"
    "The council said the repairs had taken two years and cost more than planned, according to the city’s own figures."
)
CAFE = (
    "The owner said the café would close on Friday – after “forty years”, she said.\n\n"
    "The council said the repairs had taken two years and cost more than planned, according to the city’s own figures."
)
FILLER = "<p>The council said the repairs had taken two years and cost more than planned, according to the city figures.</p>"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("bridge.html", "cafe.html.gz"):
        shutil.copy(DATA / name, folder / name)
    return folder


def page(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_page_becomes_its_article_body_with_title_url_and_date():
    cand = read_page(DATA / "bridge.html")
    assert cand.text == BRIDGE  # nav, scripts, style, related links and footer dropped; headline in the title
    assert cand.doc_id == "bridge"
    assert cand.fields == {"title": "Bridge reopens after two years", "source_file": "bridge.html"}
    assert cand.meta["url"].startswith("https://gazette.example/2026/05/bridge-reopens")
    assert cand.meta["date"] == "2026-05-04"
    import trafilatura

    assert cand.meta["extractor"] == f"trafilatura {trafilatura.__version__}"
    assert "tracker" not in cand.text and "Home" not in cand.text and "©" not in cand.text


def test_a_gzipped_windows_1252_page_is_decoded_from_its_meta_tag():
    cand = read_page(DATA / "cafe.html.gz")
    assert (cand.doc_id, cand.text, cand.fields["title"]) == ("cafe", CAFE, "Café closes")
    assert cand.meta["date"] == "2026-03-01" and "url" not in cand.meta  # no canonical link: no url, not a guess


def test_page_suffixes():
    assert [page_stem(Path(n)) for n in ("A.html", "b.HTM", "c.html.gz", "d.htm.gz")] == ["A", "b", "c", "d"]


def test_character_references_br_and_paragraphs():
    html = (
        "<html><head><title>x</title></head><body><article><h1>Head</h1>"
        "<p>A &amp; B &#x1F600; &#127467;&#127479; C&nbsp;D &lt;tag&gt;</p>"
        f"<p>one<br>two<br/><br/>three</p>{FILLER}</article></body></html>"
    )
    import trafilatura

    body = trafilatura.bare_extraction(html, output_format="python").body
    text = body_text(body)
    assert text.split("\n\n")[:2] == ["A & B 😀 🇫🇷 C D <tag>", "one\ntwo\nthree"]
    assert "Head" not in text


def test_a_list_is_one_paragraph_an_item_a_line_and_a_quote_keeps_its_paragraphs():
    html = (
        "<html><body><article><p>Before the list, a sentence of the story.</p><ul><li>First item</li><li>Second <b>item</b></li></ul>"
        f"<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>{FILLER}</article></body></html>"
    )
    import trafilatura

    text = body_text(trafilatura.bare_extraction(html, output_format="python").body)
    assert text.split("\n\n")[:4] == ["Before the list, a sentence of the story.", "First item\nSecond item", "Quoted one.", "Quoted two."]


def test_comments_in_the_extracted_tree_are_not_text():
    from lxml import etree

    body = etree.fromstring("<body><p>Kept <!-- not this --> text.</p><!-- nor this --><p>Second.</p></body>")
    assert body_text(body) == "Kept  text.\n\nSecond."


def test_headings_inside_the_body_are_kept_as_paragraphs():
    html = f"<html><body><article><h1>Headline</h1><p>First paragraph of the story, long enough to keep.</p><h2>Subhead</h2>{FILLER}</article></body></html>"
    import trafilatura

    text = body_text(trafilatura.bare_extraction(html, output_format="python").body)
    assert text.split("\n\n")[:2] == ["First paragraph of the story, long enough to keep.", "Subhead"]


def test_a_folder_of_pages_and_text_files_is_imported_and_reimport_changes_nothing(ws: Workspace, pages: Path):
    (pages / "note.txt").write_text("A plain article.\n", encoding="utf-8")
    report = import_sources(ws, [pages])
    assert [c.doc_id for c in report.plan.added] == ["bridge", "cafe", "note"]
    docs = Workspace.at(ws.root).documents
    assert docs["bridge"].text == BRIDGE and docs["cafe"].text == CAFE
    assert docs["bridge"].title == "Bridge reopens after two years" and docs["bridge"].source_file == "bridge.html"
    assert docs["bridge"].meta is not None and docs["bridge"].meta["date"] == "2026-05-04"
    assert validate_all(Workspace.at(ws.root)) == []
    before = snapshot(ws.root)
    again = import_sources(ws, [pages])
    assert (len(again.plan.added), len(again.plan.unchanged), again.plan.metadata_differs) == (0, 3, [])
    assert snapshot(ws.root) == before


def test_pages_in_sub_folders_are_imported_with_their_relative_path(ws: Workspace, pages: Path):
    (pages / "2026" / "may").mkdir(parents=True)
    (pages / "bridge.html").rename(pages / "2026" / "may" / "bridge.html")
    (pages / ".hidden.html").write_text("<html><body><p>Not a document.</p></body></html>", encoding="utf-8")
    report = import_sources(ws, [pages])
    assert [c.doc_id for c in report.plan.added] == ["bridge", "cafe"]
    docs = Workspace.at(ws.root).documents
    assert docs["bridge"].text == BRIDGE and docs["bridge"].source_file == "2026/may/bridge.html"


def test_a_page_and_a_text_file_with_one_name_are_refused(ws: Workspace, pages: Path):
    (pages / "bridge.txt").write_text("Another bridge.", encoding="utf-8")
    before = snapshot(ws.root)
    with pytest.raises(DuplicateIdError, match="'bridge' is also the id of"):
        import_sources(ws, [pages])
    assert snapshot(ws.root) == before


def span(text: str, s: str, after: int = 0) -> tuple[int, int]:
    start = text.index(s, after)
    return (start, start + len(s))


def gold_for(text: str) -> DocAnnotation:
    """Quotes whose spans sit on the hard parts: curly quotes, emoji, a flag, a line break inside."""
    said = span(text, "said")
    q1 = Quote(
        "q1",
        "direct",
        [span(text, "We are ready,")],
        Source(span(text, "Ana Ruiz, the city engineer 😀 👋🏽")),
        span(text, "said", said[1]),
    )
    q2 = Quote(
        "q2", "direct", [span(text, "“It’s done… finally.”")], Source(span(text, "Ruiz", text.index("Ruiz added"))), span(text, "added")
    )
    q3 = Quote("q3", "indirect", [span(text, "Visitors from France 🇫🇷 waved flags.\nRuiz")], Source(span(text, "The mayor")), said)
    return DocAnnotation("bridge", quotes=[q1, q2, q3], claims=[], stances=[])


def test_offsets_round_trip_through_gold_label_studio_tasks_and_a_file_prediction(ws: Workspace, pages: Path, tmp_path: Path):
    import_sources(ws, [pages / "bridge.html"])
    ws = Workspace.at(ws.root)
    text = ws.documents["bridge"].text
    gold = gold_for(text)
    assert [text[a:b] for q in gold.quotes for a, b in q.content][1:] == [
        "“It’s done… finally.”",
        "Visitors from France 🇫🇷 waved flags.\nRuiz",
    ]
    write_annotation_dir({"bridge": gold}, ws.gold_dir)
    assert validate_all(ws) == []

    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"doc_id": "bridge", "quotes": gold.to_dict()["quotes"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    served = FileExtractor(preds, workspace=ws).extract(ws.documents["bridge"])
    assert served.quotes == gold.quotes

    # the prediction through the CLI (extract file:…) and scored against the gold: every span matches exactly
    root = str(ws.root)
    extracted = tmp_path / "extracted.jsonl"
    result = CliRunner().invoke(app, ["--root", root, "extract", f"file:{preds}", "-o", str(extracted)])
    assert result.exit_code == 0, result.output
    assert DocAnnotation.from_dict(json.loads(extracted.read_text(encoding="utf-8"))).quotes == gold.quotes
    shifted = tmp_path / "shifted.jsonl"  # the control: one character off scores below 1
    moved = [{**q, "content": [[a + 1, b + 1] for a, b in q["content"]]} for q in gold.to_dict()["quotes"]]
    shifted.write_text(json.dumps({"doc_id": "bridge", "quotes": moved}, ensure_ascii=False) + "\n", encoding="utf-8")
    for pred, expected in ((extracted, 1.0), (shifted, 0.0)):
        report = tmp_path / f"{pred.stem}.json"
        result = CliRunner().invoke(
            app, ["--root", root, "score", "--pred", str(pred), "--format", "json", "-o", str(report), "--bootstrap", "0"]
        )
        assert result.exit_code == 0, result.output
        micro = json.loads(report.read_text(encoding="utf-8"))["micro"]
        assert (micro["quotes.content.strict.f1"], micro["quotes.cue.strict.f1"]) == (expected, 1.0)

    out = tmp_path / "tasks.json"
    args = [
        "--root",
        str(ws.root),
        "ls",
        "export-tasks",
        "-o",
        str(out),
        "--annotations",
        str(ws.gold_dir),
        "--predictions",
        str(preds),
        "--model-version",
        "file v1",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["text"] == text
    vocab = Vocab.of_workspace(ws)
    for kind, what in (("annotations", "annotation"), ("predictions", "prediction")):
        results = task[kind][0]["result"]
        spans = [r["value"] for r in results if "labels" in r.get("value", {})]  # the span regions (not per-region text fields)
        assert spans and all(text[v["start"] : v["end"]] == v["text"] for v in spans)
        back = results_to_doc("bridge", task["data"]["text"], results, vocab, what=what)
        assert [(q.type, q.content, q.source.span, q.cue) for q in back.quotes] == [
            (q.type, q.content, q.source.span, q.cue) for q in gold.quotes
        ]


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        (
            "bad.html",
            b'<html><head><meta charset="utf-8"></head>\n<body>\n<p>caf\xe9</p></body></html>',
            UndecodablePageError,
            r"bad.html:3: byte offset 55: 0xe9 is not utf-8 \(declared in the page;",
        ),
        (
            "nodecl.htm",
            b"<html><body>\n\n<p>\xff</p></body></html>",
            UndecodablePageError,
            r"nodecl.htm:3: .*not utf-8 \(no charset declared",
        ),
        (
            "w.html.gz",
            gzip.compress(b'<meta charset="windows-1252"><p>\n\x81</p>'),
            UndecodablePageError,
            r"w.html.gz:2: byte offset 33 of the decompressed page: 0x81 is not windows-1252",
        ),
        ("k.html", b'<meta charset="klingon-8"><p>x</p>', UndecodablePageError, r"k.html: the page declares charset 'klingon-8'"),
        ("broken.html.gz", b"\x1f\x8b\x08\x00not really gzip", BadPageError, r"broken.html.gz: not a readable gzip file"),
        ("empty.htm", (DATA / "empty.htm").read_bytes(), EmptyTextError, r"empty.htm: no article body found in the page"),
        (
            "ctl.html",
            b"<html><body>\n<article><p>A story.</p>\n<p>x &#1; y</p></article></body></html>",
            BadPageError,
            r"ctl.html:3: &#1; refers to a control",
        ),
    ],
)
def test_bad_pages_are_refused_naming_the_file_and_nothing_is_written(
    ws: Workspace, pages: Path, name: str, data: bytes, error: type, message: str
):
    page(pages, name, data)
    before = snapshot(ws.root)
    with pytest.raises(error, match=message):
        import_sources(ws, [pages])
    assert snapshot(ws.root) == before


def test_a_page_too_large_for_trafilatura_is_refused_as_such(ws: Workspace, tmp_path: Path):
    from trafilatura.settings import DEFAULT_CONFIG

    big = b"<html><body><article>" + FILLER.encode() * (DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE") // len(FILLER) + 1)
    with pytest.raises(BadPageError, match=r"big.html: the page has [\d,]+ characters, more than trafilatura reads"):
        import_sources(ws, [page(tmp_path, "big.html", big + b"</article></body></html>")])


def test_a_failure_inside_trafilatura_is_an_error_naming_the_page(monkeypatch: pytest.MonkeyPatch, ws: Workspace, pages: Path):
    import trafilatura

    def boom(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    before = snapshot(ws.root)
    with pytest.raises(BadPageError, match=r"bridge.html: trafilatura could not read the page \(RecursionError: maximum"):
        import_sources(ws, [pages / "bridge.html"])
    with pytest.raises(SourceErrors) as info:  # a folder: every page it fails on is named
        import_sources(ws, [pages])
    said = [str(p) for p in info.value.problems]
    assert [s.split(": ")[0].rsplit("/", 1)[-1] for s in said] == ["bridge.html", "cafe.html.gz"]
    assert all("trafilatura could not read the page (RecursionError: maximum" in s for s in said)
    assert snapshot(ws.root) == before


def test_a_bom_gives_the_encoding_and_is_not_text():
    assert decode_page(b"\xef\xbb\xbf<p>\xc3\xa9</p>", "p.html") == "<p>é</p>"
    assert decode_page("<p>é</p>".encode("utf-16"), "p.html") == "<p>é</p>"  # encode("utf-16") writes the BOM
    assert decode_page(b'<meta charset="iso-8859-1"><p>\x93x\x94</p>', "p.html").endswith("“x”</p>")  # read as windows-1252


def test_without_the_html_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch, ws: Workspace, pages: Path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    with pytest.raises(HtmlExtraMissingError, match=r"bridge.html: reading HTML pages needs the optional extra newsgold\[html\]"):
        import_sources(ws, [pages])


def test_cli_dry_run_lists_title_and_characters_and_writes_nothing(ws: Workspace, pages: Path):
    before = snapshot(ws.root)
    result = CliRunner().invoke(app, ["--root", str(ws.root), "import", str(pages), "--dry-run"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"would add bridge ({pages / 'bridge.html'}, {len(BRIDGE)} characters, title 'Bridge reopens after two years')" in said
    assert f"would add cafe ({pages / 'cafe.html.gz'}, {len(CAFE)} characters, title 'Café closes')" in said
    assert "2 added, 0 unchanged" in said and "dry run: nothing written" in said
    assert snapshot(ws.root) == before


def test_cli_refuses_an_empty_page_naming_it(ws: Workspace, tmp_path: Path):
    empty = page(tmp_path, "empty.htm", (DATA / "empty.htm").read_bytes())
    result = CliRunner().invoke(app, ["--root", str(ws.root), "import", str(empty)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert "empty.htm: no article body found in the page" in " ".join(result.output.split())


def test_a_page_of_only_navigation_links_is_refused(tmp_path: Path):
    """Round 7: a page with a menu and no article was imported as 30 lines of link texts."""
    nav = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(30))
    p = page(tmp_path, "nav.html", f"<html><head><title>T</title></head><body><nav><ul>{nav}</ul></nav></body></html>".encode())
    with pytest.raises(EmptyTextError, match="only link texts"):
        read_page(p)
    # an article whose paragraphs hold links is still an article
    linked = f"<html><head><title>T</title></head><body><article>{FILLER}<p>See <a href='/x'>the report</a> for details on it.</p>{FILLER}</article></body></html>"
    assert "the report" in read_page(page(tmp_path, "ok.html", linked.encode())).text


def test_a_nul_in_a_page_is_refused_with_its_line(tmp_path: Path):
    """Round 7: the parser dropped a NUL without a word (a .txt with one is refused)."""
    p = page(
        tmp_path,
        "nul.html",
        f"<html><head><title>T</title></head><body>\n<article>{FILLER}\n<p>A \x00 here.</p></article></body></html>".encode(),
    )
    with pytest.raises(NulCharacterRefused) as e:
        read_page(p)
    assert e.value.line == 3 and "NUL character" in str(e.value)
