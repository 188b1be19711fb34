"""The rows every human-readable report shows, in one place so all formats agree; each layer
contributes its own (:meth:`newsgold.layers.base.Layer.report_rows`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsgold.layers import registry
from newsgold.scoring.corpus import CorpusScores


def layer_title(name: str) -> str:
    layer = registry.get(name)
    return layer.title if layer is not None and layer.title else name


@dataclass(frozen=True)
class Row:
    """One line (cue and source rows only for ``exact`` and the match scheme; JSON has all): P/R/F1 rows have ``p``/``r``/``f1``; single-value rows (accuracy) only ``value``."""

    layer: str
    name: str
    p: float | None = None
    r: float | None = None
    f1: float | None = None
    macro: float | None = None
    ci: tuple[float, float] | None = None
    gold: float | None = None
    pred: float | None = None
    value: float | None = None
    n: float | None = None


NA_TEXT = "n/a"  # an undefined score: neither gold nor predictions had anything to score


def fmt(x: float | None, digits: int = 3) -> str:
    """A score: ``–`` where the row has no such column, ``n/a`` where the score is undefined."""
    if x is None:
        return "–"
    if isinstance(x, float) and math.isnan(x):
        return NA_TEXT
    return f"{x:.{digits}f}"


def fmt_ci(ci: tuple[float, float] | None) -> str:
    return "" if ci is None else f"[{ci[0]:.3f}, {ci[1]:.3f}]"


def fmt_count(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def prf_row(s: CorpusScores, layer: str, key: str, name: str, gold: float | None = None, pred: float | None = None) -> Row:
    """A P/R/F1 row of metric ``key`` (micro, macro F1, interval of the F1)."""
    m = s.micro
    return Row(
        layer, name, m.get(f"{key}.p"), m.get(f"{key}.r"), m.get(f"{key}.f1"), s.macro.get(f"{key}.f1"), s.ci.get(f"{key}.f1"), gold, pred
    )


def rows(s: CorpusScores) -> list[Row]:
    return [row for layer in registry if layer.name in s.layers for row in layer.report_rows(s)]


def alignment_notes(s: CorpusScores) -> list[str]:
    """How many predicted spans given as text were aligned, and how (see newsgold.align)."""
    out = []
    for layer in registry:
        got = {how: s.total[f"{layer.name}.align.{how}"] for how in ("exact", "normalised", "failed", "ties")}
        if any(got.values()):
            out.append(
                f"{layer_title(layer.name)}: {fmt_count(sum(got[h] for h in ('exact', 'normalised', 'failed')))} span(s) given as text, "
                f"aligned {fmt_count(got['exact'])} exact, {fmt_count(got['normalised'])} normalised, {fmt_count(got['failed'])} failed "
                f"(an item without its main span counts as spurious); {fmt_count(got['ties'])} repeated in the text (ties, see meta.align)."
            )
    return out


def notes(s: CorpusScores) -> list[str]:
    coverage = f" (gold for {len(s.docs)} of {s.n_corpus} documents)" if s.n_corpus else ""
    out = [
        f"{len(s.docs)} document(s) scored{coverage}; 95% intervals: bootstrap over documents "
        f"({s.config.bootstrap} resamples, seed {s.config.seed})."
    ]
    if len(s.docs) < 10:
        out.append(f"Only {len(s.docs)} document(s): the intervals are wide and the scores are indicative only.")
    if s.not_predicted:
        out.append(f"Not predicted (not scored): {', '.join(s.not_predicted)}.")
    if s.missing_docs:
        out.append(f"Gold documents without predictions (scored as predicting nothing): {', '.join(s.missing_docs)}.")
    if s.unscored_docs:
        out.append(f"Predicted documents without gold (not scored): {', '.join(s.unscored_docs)}.")
    out += alignment_notes(s)
    if any(isinstance(v, float) and math.isnan(v) for v in s.micro.values()):
        out.append(
            f"{NA_TEXT}: undefined, neither gold nor predictions have anything to score there (support 0); "
            "a precision without predictions or a recall without gold is 0."
        )
    return out
