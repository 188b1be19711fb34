"""Offsets from exact substrings for the dev-set annotation passes (GUIDELINES §10.5: never count by hand).

A quote is written as strings copied from the article: content fragments, source mention and cue.
Straight quote marks in a spec match straight or curly marks in the text, so a spec never has to
reproduce a curly apostrophe; the offsets always point into the exact document text, and every
span is printed with ``repr`` for review.  Content fragments are searched in document order (after
the previous quote's first fragment unless ``at`` anchors the search); cue and source are searched
in the paragraphs holding the content: the cue occurrence nearest to the content, the source
occurrence nearest to the cue, unless an index picks another occurrence.  A fragment written as its
first words followed by ``»`` runs on to the closing quotation mark (or the end of the paragraph).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import newsgold
from newsgold.store import write_annotation_dir

Pick = str | tuple[str, int] | None
RUN = "\u00bb"  # a content fragment ending in » runs on to its closing quotation mark or the end of its paragraph


@dataclass
class Q:
    """One quote as strings: type, content fragments, source mention, cue, entity id."""

    type: str
    content: list[str]
    src: Pick = None
    cue: Pick = None
    ent: str | None = None
    at: str | None = None
    keep_point: bool = False  # an indirect content ending in an abbreviation point ("the U.S.") before a comma
    near: int = 0  # cue and source may sit in this many paragraphs after the content ("That's the view mouthed by X")


def _pattern(s: str) -> re.Pattern[str]:
    parts = []
    for ch in s:
        if ch == "'":
            parts.append("['\u2018\u2019]")
        elif ch == '"':
            parts.append('["\u201c\u201d]')
        elif ch == "-":
            parts.append("[-\u2013\u2014]")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    if s[:1].isalnum():
        body = r"(?<!\w)" + body
    if s[-1:].isalnum():
        body = body + r"(?!\w)"
    return re.compile(body)


def find_all(text: str, s: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end()) for m in _pattern(s).finditer(text, lo, hi)]


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _nearest(cands: list[tuple[int, int]], ref: list[tuple[int, int]]) -> tuple[int, int]:
    def dist(c: tuple[int, int]) -> int:
        return min(max(r[0] - c[1], c[0] - r[1], 0) for r in ref)

    return min(cands, key=dist)


def _pick(
    text: str, spec: Pick, lo: int, hi: int, ref: list[tuple[int, int]], avoid: list[tuple[int, int]], what: str
) -> tuple[int, int] | None:
    if spec is None:
        return None
    s, k = (spec, None) if isinstance(spec, str) else spec
    cands = [c for c in find_all(text, s, lo, hi) if not any(c[0] < r[1] and r[0] < c[1] for r in avoid)]
    if not cands:
        raise ValueError(f"{what} {s!r} not found in {text[lo:hi][:80]!r}")
    return cands[k] if k is not None else _nearest(cands, ref)


def _fragments(text: str, q: Q, pos: int) -> list[tuple[int, int]]:
    frags: list[tuple[int, int]] = []
    for piece in q.content:
        hits = find_all(text, piece.removesuffix(RUN), pos)
        if not hits:
            raise ValueError(f"content {piece!r} not found after offset {pos}")
        start, end = hits[0]
        if piece.endswith(RUN):  # run on to the closing mark or the end of the paragraph
            stop = re.compile('["\u201d\n]').search(text, end)
            end = stop.start() if stop else len(text)
        frags.append((start, end))
        pos = end
    return frags


def resolve(text: str, quotes: list[Q]) -> list[newsgold.Quote]:
    """Turn the string specs into quotes with offsets, ids q1.. in order of their first fragment.

    Contents first; then cues and sources, never inside any quote's content and never a cue that
    an earlier quote already took (two quotes never share a cue; they may share a source mention).
    """
    contents = []
    cursor = 0
    for q in quotes:
        frags = _fragments(text, q, cursor if q.at is None else find_all(text, q.at, 0)[0][0])
        contents.append(frags)
        cursor = frags[0][0]
    inside = [f for frags in contents for f in frags]
    taken: list[tuple[int, int]] = []
    out = []
    for q, frags in zip(quotes, contents):
        lo = _paragraph(text, *frags[0])[0]
        hi = _paragraph(text, *frags[-1])[1]
        for _ in range(q.near):
            hi = _paragraph(text, hi + 2, hi + 2)[1]
        cue = _pick(text, q.cue, lo, hi, frags, inside + taken, "cue")
        if cue:
            taken.append(cue)
        src = _pick(text, q.src, lo, hi, [cue] if cue else frags, inside + taken, "source")
        for a, b in frags + [x for x in (cue, src) if x]:
            piece = text[a:b]
            assert piece == piece.strip(), (q, piece)
        if q.type != "direct" and not q.keep_point:
            assert text[frags[-1][1] - 1] not in ".,;:", (q, text[slice(*frags[-1])])
        out.append(newsgold.Quote("", q.type, frags, newsgold.Source(src, q.ent), cue))
    out.sort(key=lambda x: (x.content[0][0], x.content[-1][1]))
    for i, x in enumerate(out, 1):
        x.id = f"q{i}"
    return out


def show(text: str, quotes: list[newsgold.Quote]) -> None:
    for x in quotes:
        content = " | ".join(repr(text[a:b]) for a, b in x.content)
        src = repr(text[slice(*x.source.span)]) if x.source.span else None
        cue = repr(text[slice(*x.cue)]) if x.cue else None
        print(f"  {x.id} {x.type:8} {x.source.entity} src={src} cue={cue}\n      {content}")


def write_pass(root: Path, name: str, docs: dict[str, list[Q]], entities: dict[str, tuple[str, list[str], str]]) -> None:
    """Write annotations/<name>/ (a pass, or gold): quotes only; claims and stances absent = not annotated."""
    texts = {json.loads(line)["doc_id"]: json.loads(line)["text"] for line in open(root / "corpus/data/documents.jsonl", encoding="utf-8")}
    annotations = {}
    for doc_id, specs in docs.items():
        quotes = resolve(texts[doc_id], specs)
        if "-v" in sys.argv:
            print(doc_id)
            show(texts[doc_id], quotes)
        annotations[doc_id] = newsgold.DocAnnotation(doc_id, quotes=quotes, claims=None, stances=None)
    registry = [{"id": k, "name": n, "aliases": a, "type": t} for k, (n, a, t) in sorted(entities.items())]
    (root / "annotations/entities.json").write_text(json.dumps(registry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_annotation_dir(annotations, root / "annotations" / name, overwrite=True)
    print(f"{name}: {sum(len(d.quotes) for d in annotations.values())} quotes in {len(annotations)} documents")
