"""Scoring a gold set against predictions given as files, as ``newsgold score`` does.

A chunk of documents at a time when both sets are plain JSON Lines files or directories
(:mod:`newsgold.scoring.chunked`: memory bounded by a chunk, the JSON report in pieces);
both sets read whole otherwise (an HTML report reads the sets, a pipe reads once; the HTML is
written an article at a time, never held whole).  Any doubt
the chunked reader has about the input sends it the whole-set way, after the sets are checked
as ``newsgold validate`` checks them, so bad input is refused with every problem, worded as
the whole-set loader words it, before anything is written.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.errors import NewsgoldError

# a progress step for (label, total), or None: what the caller shows, if anything
Progress = Callable[[str, int], "Callable[[int], None] | None"]


@dataclass
class ScoredFiles:
    """The corpus scores, the error listing (``--errors``) and the report (a ``str``, or the JSON or
    HTML report's pieces, written as they come and never joined), each None when not asked for."""

    scores: Any
    listing: str | list[str] | None
    text: str | Iterable[str] | None


def score_files(
    gold: Path,
    pred: Path,
    ctx: Any,
    config: Any,
    entities: Any,
    fmt: str,
    report: bool,
    errors: bool,
    title: str,
    progress: Progress | None = None,
) -> ScoredFiles:
    """``gold`` against ``pred`` (files or directories) in the format ``fmt``; ``report``: whether
    the report text is wanted (the terminal table is printed from the scores instead).
    Raises :class:`~newsgold.validate.ValidationError` naming the set on bad input."""
    items = errors or fmt in ("json", "html")  # the reports that list items
    advance = progress("bootstrap", config.bootstrap) if progress and config.bootstrap else None
    if fmt != "html":
        done = _chunked(gold, pred, ctx, config, entities, advance, items, errors, hashed=fmt in ("markdown", "json"))
        if done is not None:
            scores, listing = done
            return ScoredFiles(scores, listing, _report(fmt, scores, title, progress) if report else None)
        _refuse_problems([gold, pred], ctx)
    return _whole(gold, pred, ctx, config, entities, fmt, report, errors, items, title, advance, progress)


def _report(fmt: str, scores: Any, title: str, progress: Progress | None) -> str | Iterable[str]:
    """The report of the chunked path, its "report" bar moved as it is made: the JSON report's
    pieces as the writer takes them (a bar over the documents), another format at once."""
    from newsgold.reports import json_parts, render

    if fmt == "json":
        return json_parts(scores, progress("report", len(scores.docs)) if progress else None)
    step = progress("report", 1) if progress else None
    text = render(fmt, scores, {}, {}, {}, title)
    if step:
        step(1)
    return text


def _nothing_to_score(scores: Any, gold: Path, pred: Path) -> None:
    if not scores.docs:
        raise NewsgoldError(f"nothing to score: no document of {pred} has gold in {gold}")


def _chunked(
    gold: Path, pred: Path, ctx: Any, config: Any, entities: Any, advance: Any, items: bool, errors: bool, hashed: bool
) -> tuple[Any, list[str] | None] | None:
    """(scores, the error listing's pieces or None) scored a chunk of documents at a time, or
    None: the inputs are to be read whole (a problem in them, or not a file or directory)."""
    from newsgold.scoring.chunked import score_chunked
    from newsgold.scoring.sources import NotStreamed, open_source

    pieces: list[str] = []

    def listing(results: list[Any], g: Any, p: Any) -> None:
        from types import SimpleNamespace

        from newsgold.reports.errors import error_records, errors_jsonl

        pieces.append(errors_jsonl(error_records(SimpleNamespace(docs=results), g, p, ctx.docs)))  # type: ignore[arg-type]

    try:
        gold_src, pred_src = open_source(gold, ctx), open_source(pred, ctx)
        scores = score_chunked(gold_src, pred_src, ctx.docs, config, entities, advance, items, listing if errors else None, hashed=hashed)
    except NotStreamed:
        return None
    _nothing_to_score(scores, gold, pred)
    return scores, pieces if errors else None


def _refuse_problems(paths: list[Path], ctx: Any) -> None:
    """Each set checked as ``validate`` checks it (no typed objects: ~230 MB for a 50 MB file,
    not the 730 MB of loading both whole); the first with problems is refused.  A set that is
    neither a regular file nor a directory (a pipe) is left to the whole-set loader: it reads once."""
    from newsgold.validate import ValidationError, validate_path

    for path in paths:
        try:
            plain = path.is_dir() or stat.S_ISREG(path.stat().st_mode)
        except OSError:
            plain = False
        if not plain or path.name in ("entities.json", "targets.json"):  # (validate_path reads those as registries)
            return
        problems = validate_path(path, ctx)  # the problems load_annotations finds, without building anything
        if problems:
            raise ValidationError(problems, what=str(path))


def _load(path: Path, ctx: Any) -> dict[str, Any]:
    from newsgold.store import load_annotations
    from newsgold.validate import ValidationError

    try:
        return load_annotations(path, ctx)
    except ValidationError as e:
        raise ValidationError(e.problems, what=str(path)) from None


def _whole(
    gold: Path,
    pred: Path,
    ctx: Any,
    config: Any,
    entities: Any,
    fmt: str,
    report: bool,
    errors: bool,
    items: bool,
    title: str,
    advance: Any,
    progress: Progress | None,
) -> ScoredFiles:
    """Both sets loaded whole, then scored (``items``: with the item rows) and reported."""
    from newsgold.reports import render
    from newsgold.reports.errors import error_records, errors_jsonl
    from newsgold.scoring.corpus import score_corpus

    gold_set, pred_set = _load(gold, ctx), _load(pred, ctx)
    scores = score_corpus(gold_set, pred_set, ctx.docs, config, entities, advance=advance, items=items)
    _nothing_to_score(scores, gold, pred)
    reported = progress("report", 1 + errors) if progress else None
    listing = None
    if errors:
        listing = errors_jsonl(error_records(scores, gold_set, pred_set, ctx.docs))
        if reported:
            reported(1)
    if report and fmt == "html":  # one article at a time, as the writer takes them: never the whole page
        from newsgold.reports.html import html_parts

        return ScoredFiles(scores, listing, _lines(html_parts(scores, gold_set, pred_set, ctx.docs, title), reported))
    text = render(fmt, scores, gold_set, pred_set, ctx.docs, title) if report else None
    if reported:
        reported(1)
    return ScoredFiles(scores, listing, text)


def _lines(parts: Iterable[str], done: Callable[[int], None] | None) -> Iterator[str]:
    """The parts joined by line breaks (``"\n".join``, as :func:`~newsgold.reports.html.html_report`
    joins them), piece by piece; ``done(1)`` once the last is taken."""
    for i, part in enumerate(parts):
        yield "\n" + part if i else part
    if done is not None:
        done(1)
