"""The rows every human-readable report shows, in one place so all formats agree."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsgold.scoring.corpus import CorpusScores
from newsgold.scoring.counts import SpanCounts

LAYER_TITLES = {"quotes": "Quotes", "claims": "Claims", "stance": "Stance"}


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


def _prf_row(s: CorpusScores, layer: str, key: str, name: str, gold: float | None = None, pred: float | None = None) -> Row:
    m = s.micro
    return Row(layer, name, m.get(f"{key}.p"), m.get(f"{key}.r"), m.get(f"{key}.f1"), s.macro.get(f"{key}.f1"),
               s.ci.get(f"{key}.f1"), gold, pred)


def rows(s: CorpusScores) -> list[Row]:
    out: list[Row] = []
    m, sup = s.micro, s.support
    if "quotes" in s.layers:
        brief = [x for x in s.config.schemes if x in ("exact", s.config.match_scheme)] or list(s.config.schemes[:1])
        for part in ("content", "cue", "source"):
            for scheme in s.config.schemes if part == "content" else brief:
                unit = " (tokens)" if scheme == "token" else ""
                c = SpanCounts.of(s.total, f"quotes.{part}.{scheme}")
                out.append(_prf_row(s, "quotes", f"quotes.{part}.{scheme}", f"{part} · {scheme}{unit}", c.possible, c.actual))
        out.append(_prf_row(s, "quotes", "quotes.e2e", f"end-to-end (content {s.config.match_scheme} + speaker)",
                            s.total["quotes.e2e.gold"], s.total["quotes.e2e.pred"]))
        n = sup.get("quotes.speaker.n")
        for metric in ("accuracy", "coverage", "selective_accuracy"):
            out.append(Row("quotes", f"speaker {metric.replace('_', ' ')}", value=m.get(f"quotes.speaker.{metric}"), n=n))
        out.append(Row("quotes", "type accuracy (matched)", value=m.get("quotes.type.accuracy"), n=sup.get("quotes.type.n")))
    if "claims" in s.layers:
        for scheme in s.config.schemes:
            key = f"claims.span.{scheme}"
            c = SpanCounts.of(s.total, key)
            out.append(_prf_row(s, "claims", key, f"span · {scheme}{' (tokens)' if scheme == 'token' else ''}", c.possible, c.actual))
        cw_gold = sum(s.total[f"claims.checkworthy.yes.{x}"] for x in ("yes", "no", "none"))
        cw_pred = sum(s.total[f"claims.checkworthy.{x}.yes"] for x in ("yes", "no", "none"))
        out.append(_prf_row(s, "claims", "claims.checkworthy", "checkworthy (positive class)", cw_gold, cw_pred))
        for metric in ("accuracy", "coverage", "selective_accuracy"):
            out.append(Row("claims", f"claimant {metric.replace('_', ' ')}", value=m.get(f"claims.claimant.{metric}"), n=sup.get("claims.claimant.n")))
        out.append(Row("claims", "kind accuracy (matched)", value=m.get("claims.kind.accuracy"), n=sup.get("claims.kind.n")))
    if "stance" in s.layers:
        for level in ("document", "holder"):
            key = f"stance.{level}"
            if f"{key}.pair.f1" not in m:
                continue
            out.append(_prf_row(s, "stance", f"{key}.pair", f"{level}: pair extraction", sup.get(f"{key}.gold"), sup.get(f"{key}.pred")))
            for label in ("favor", "against", "neutral"):
                out.append(_prf_row(s, "stance", f"{key}.{label}", f"{level}: {label}",
                                    sup.get(f"{key}.{label}.gold"), sup.get(f"{key}.{label}.pred")))
            for metric, title in (("f_avg", "F_avg"), ("macro_f1", "macro-F1")):
                classes = s.averaged.get(f"{key}.{metric}")
                over = f" over {', '.join(classes) if classes else 'no class'}" if classes is not None else ""
                out.append(Row("stance", f"{level}: {title}{over}", value=m.get(f"{key}.{metric}"), macro=s.macro.get(f"{key}.{metric}"),
                               ci=s.ci.get(f"{key}.{metric}")))
            out.append(Row("stance", f"{level}: label accuracy (matched pairs)", value=m.get(f"{key}.label_accuracy"),
                           n=sup.get(f"{key}.label_accuracy.n")))
    return out


def notes(s: CorpusScores) -> list[str]:
    out = [f"{len(s.docs)} document(s) scored; 95% intervals: bootstrap over documents "
           f"({s.config.bootstrap} resamples, seed {s.config.seed})."]
    if len(s.docs) < 10:
        out.append(f"Only {len(s.docs)} document(s): the intervals are wide and the scores are indicative only.")
    if s.not_predicted:
        out.append(f"Not predicted (not scored): {', '.join(s.not_predicted)}.")
    if s.missing_docs:
        out.append(f"Gold documents without predictions (scored as predicting nothing): {', '.join(s.missing_docs)}.")
    if s.unscored_docs:
        out.append(f"Predicted documents without gold (not scored): {', '.join(s.unscored_docs)}.")
    if any(isinstance(v, float) and math.isnan(v) for v in s.micro.values()):
        out.append(f"{NA_TEXT}: undefined, neither gold nor predictions have anything to score there (support 0); "
                   "a precision without predictions or a recall without gold is 0.")
    return out
