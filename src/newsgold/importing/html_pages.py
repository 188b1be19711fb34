"""Saved news pages (``.html``, ``.htm``, ``.html.gz``): one document each, its article body.

Finding the article in a page (dropping navigation, scripts, styles, comments, related links) is
trafilatura's job, a field library for main-content extraction (the optional extra
``newsgold[html]``).  newsgold only decodes the bytes (a BOM, else the page's own ``<meta charset>``,
else strict UTF-8: undecodable bytes are refused with their byte offset and line, never replaced)
and lays trafilatura's paragraphs out as the corpus texts are: one blank line between paragraphs,
a ``<br>`` as one line break, a list one paragraph with an item a line.  The text so made is what annotators and extractors see, and what
every offset indexes; re-reading the same page with the same trafilatura gives the same text.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.importing.errors import BadPageError, EmptyTextError, HtmlExtraMissingError, NulCharacterRefused, UndecodablePageError
from newsgold.importing.records import Candidate, check_text
from newsgold.slugs import slugify
from newsgold.workspace import printable, shown

if TYPE_CHECKING:
    from lxml.etree import _Element

SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
EXTRA = "pip install 'newsgold[html]'"
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# where the charset is declared: <meta charset=…>, <meta http-equiv=Content-Type content="…; charset=…">, <?xml encoding=…?>
_META = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)
_XML = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)
SCAN = 65536  # bytes searched for a declaration when the head does not end sooner
# labels browsers read as another encoding (WHATWG Encoding Standard): Latin-1 and ASCII pages are windows-1252
ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252"}
ALIASES |= {"ascii": "cp1252", "us-ascii": "cp1252", "windows-1252": "cp1252", "x-sjis": "shift_jis"}
# tags of trafilatura's output that hold paragraphs rather than text (its XML: p, head, list/item, quote, code, ...)
BLOCKS = {"p", "head", "list", "item", "quote", "code", "table", "row", "cell", "div", "note"}
_SPACE = " \t\n\r\f\v"  # ASCII white space


def is_page(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def page_stem(path: Path) -> str:
    """The file name without its page suffix: ``Bridge.html.gz`` -> ``Bridge``."""
    lower = path.name.lower()
    suffix = max((s for s in SUFFIXES if lower.endswith(s)), key=len)
    return path.name[: -len(suffix)]


def read_page(path: Path, source_file: str | None = None) -> Candidate:
    """One saved page as a document: its article body, title, URL, publication date and extractor.

    The doc_id is the slug of the file name (as for ``.txt`` files); ``title`` and ``source_file``
    are document fields, ``meta`` holds ``url``, ``date`` (when the page has them) and ``extractor``.
    """
    name = shown(path)
    trafilatura = _trafilatura(name)
    html = decode_page(page_bytes(path, name), name, gzipped=path.name.lower().endswith(".gz"))
    text, found = extract(html, name, trafilatura)
    text = check_text(text, name, None)
    meta: dict[str, Any] = {k: found[k] for k in ("url", "date") if found.get(k)}
    meta["extractor"] = f"trafilatura {trafilatura.__version__}"
    fields = {"title": found.get("title") or None, "source_file": printable(source_file or path.name)}
    return Candidate(slugify(page_stem(path)), text, name, name, fields=fields, meta=meta)


def _trafilatura(name: str) -> Any:
    try:
        import trafilatura
    except ImportError as e:  # trafilatura, or a part it needs (lxml_html_clean for justext)
        raise HtmlExtraMissingError(
            name, f"reading HTML pages needs the optional extra newsgold[html] ({e}); install it with: {EXTRA}"
        ) from None
    return trafilatura


def page_bytes(path: Path, name: str) -> bytes:
    from newsgold.importing.text_files import file_bytes

    data = file_bytes(path, name)
    if not path.name.lower().endswith(".gz"):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise BadPageError(name, f"not a readable gzip file ({e}); give the page itself or a whole .html.gz") from None


def declared_charset(data: bytes) -> tuple[str, str] | None:
    """(how it was found, label) of the page's declared encoding, or None: a BOM first, then the
    ``<?xml encoding?>`` or ``<meta … charset>`` before the body starts."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return "byte order mark", codec
    end = _HEAD_END.search(data, 0, SCAN)
    head = data[: end.start() if end else SCAN]
    found = _XML.search(head) or _META.search(head)
    return ("declared in the page", found.group(1).decode("ascii")) if found else None


def codec_of(label: str, name: str) -> str:
    """Python's codec for a charset label; an unknown label is refused, not guessed."""
    key = label.strip().lower()
    if key in ALIASES:
        return ALIASES[key]
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        raise UndecodablePageError(name, f"the page declares charset {label!r}, which is not an encoding Python knows") from None
    # a page read as bytes cannot be UTF-16 without a BOM: browsers take such a declaration as UTF-8
    return "utf-8" if codec.startswith("utf-16") or codec.startswith("utf-32") else codec


def decode_page(data: bytes, name: str, gzipped: bool = False) -> str:
    """The page's characters: from the BOM's or the declared encoding, else strict UTF-8."""
    declared = declared_charset(data)
    how, label = declared or ("no charset declared, so read as UTF-8", "utf-8")
    codec = label if how == "byte order mark" else codec_of(label, name)
    try:
        html = data.decode(codec)
    except UnicodeDecodeError as e:
        line = data[: e.start].decode(codec, errors="replace").count("\n") + 1
        bad = data[e.start : e.end].hex(" ")
        where = " of the decompressed page" if gzipped else ""
        raise UndecodablePageError(
            name,
            f"byte offset {e.start}{where}: 0x{bad} is not {label} ({how}; {e.reason}); "
            "save the page in its own encoding, or fix its <meta charset>",
            line=line,
        ) from None
    nul = html.find("\x00")
    if nul >= 0:  # the parser drops it without a word; in a .txt it is refused: binary data, or UTF-16 read wrongly
        raise NulCharacterRefused(
            name, f"NUL character at character offset {nul} of the page; save the page again as text", line=html.count("\n", 0, nul) + 1
        )
    return html


def extract(html: str, name: str, trafilatura: Any) -> tuple[str, dict[str, str | None]]:
    """The article body (paragraphs joined by a blank line) and the page's title, URL and date."""
    from trafilatura.settings import DEFAULT_CONFIG

    limit = DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")
    if len(html) > limit:  # trafilatura would return nothing, as for a page without a body
        raise BadPageError(name, f"the page has {len(html):,} characters, more than trafilatura reads ({limit:,}); save the article alone")
    try:
        doc = _bare_extraction(html, trafilatura)
    except Exception as e:  # a page the library chokes on: said with the file, not a traceback
        raise BadPageError(name, f"trafilatura could not read the page ({type(e).__name__}: {str(e)[:200]})") from None
    body = getattr(doc, "body", None) if doc is not None else None
    text = body_text(body) if body is not None else ""
    if not text.strip():
        _refuse_control_reference(html, name)
        raise EmptyTextError(name, "no article body found in the page (trafilatura extracted no text); nothing was imported")
    if _only_links(text, html):
        raise EmptyTextError(
            name, "no article body found in the page: the text trafilatura kept is only link texts (navigation); nothing was imported"
        )
    return text, {"title": doc.title, "url": doc.url, "date": doc.date}


def _only_links(text: str, html: str) -> bool:
    """Every line of the body is the whole text of a link of the page (a menu, a list of headlines):
    trafilatura falls back on it when a page has no article."""
    import lxml.etree
    import lxml.html

    lines = {" ".join(line.split()) for line in text.splitlines() if line.strip()}
    try:
        links = {" ".join(a.text_content().split()) for a in lxml.html.fromstring(html).iter("a")}
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return False
    return bool(lines) and lines <= links


def _bare_extraction(html: str, trafilatura: Any) -> Any:
    return trafilatura.bare_extraction(
        html,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _refuse_control_reference(html: str, name: str) -> None:
    """Why trafilatura gave nothing, when it is a reference to a control character (``&#1;``):
    lxml cannot hold one and trafilatura then drops the whole page without a word."""
    for m in _REFERENCE.finditer(html):
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if 0 < code < 32 and chr(code) not in "\t\n\r":
            raise BadPageError(
                name,
                f"{m.group(0)} refers to a control character, which the HTML reader cannot parse; remove it",
                line=html.count("\n", 0, m.start()) + 1,
            )


def body_text(body: _Element) -> str:
    """trafilatura's body element as corpus text.

    Each paragraph, heading or quoted paragraph is one paragraph, separated by one blank line; a
    line break inside one (``<br>``, trafilatura's ``<lb/>``) is one ``\\n``; a list is one
    paragraph with an item a line (as the benchmark's hand-made bodies have them).
    Leading headings (the headline and standfirst, which the title holds) are not body text.
    """
    paragraphs = [(tag, text) for tag, text in ((tag, _clean(raw)) for tag, raw in _walk(body)) if text]
    while paragraphs and paragraphs[0][0] == "head":
        paragraphs.pop(0)
    return "\n\n".join(text for _, text in paragraphs)


def _walk(el: _Element) -> Iterator[tuple[str, str]]:
    """(tag, text) of each innermost block under ``el``, in document order."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else "comment"  # a comment or processing instruction: not text
        if tag in ("graphic", "comment"):
            pass
        elif tag == "list" and all(str(c.tag) == "item" and not _has_blocks(c) for c in child):
            yield tag, "\n".join(_inline(item) for item in child)  # a list: one paragraph, an item a line
        elif _has_blocks(child):
            if child.text and child.text.strip(_SPACE):
                yield tag, child.text
            yield from _walk(child)
        else:
            yield tag, _inline(child)
        if child.tail and child.tail.strip(_SPACE):
            yield "p", child.tail


def _has_blocks(el: _Element) -> bool:
    return any(str(c.tag) in BLOCKS for c in el)


def _inline(el: _Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(block: str) -> str:
    """A paragraph's lines without surrounding white space; blank lines dropped.

    A no-break space (``&nbsp;``) becomes a space: trafilatura turns most of them into one
    already, and an invisible difference between two spaces would only trip annotators.
    """
    lines = (line.replace("\xa0", " ").strip(_SPACE) for line in block.split("\n"))
    return "\n".join(line for line in lines if line)
