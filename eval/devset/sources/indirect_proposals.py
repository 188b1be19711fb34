"""An experiment of issue #15, not shipped: a learned accept/reject of indirect quotes that
``quotes`` v11's rules did not take, measured by grouped cross-validation on the dev half.

Missed indirect quotes are the largest content loss of v4-v11 on articles nobody developed on.
Most of them have a reporting verb in their sentence that no rule used as a cue.  This script
proposes every such unused reporting verb outside quotation marks as a report of one of two
general shapes, and fits a logistic-regression model to accept or reject the proposals:

* **forward**: "X <verb> (that) CLAUSE": the content runs from after the verb (and "that") to
  the clause end, as v4's;
* **backward**: "CLAUSE, X <verb>." / "CLAUSE, <verb> X.": the verb ends the sentence after a
  comma; the content runs from the sentence start to that comma.

Features are general (shape, a following "that", the verb's form, what stands before it, the
kind of speaker mention found, the content's length and finiteness), never a word of any
article.  A proposal is positive when it covers (>= 30 %) a dev gold quote no v11 quote covers.
Reads the dev half only.  Usage, from the repository root::

    .venv/bin/python eval/devset/sources/indirect_proposals.py

Result (session 10): 137 proposals on dev, 36 positive; under grouped 6-fold CV the accepted
proposals gain between -11 and +4 true minus false quotes over C in {0.1, 1, 10} and thresholds
0.3-0.6, the best cell chosen on the same folds: no reliable gain, so v12 does not use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import log1p

from newsgold.extractors.lexicon import AUX_ADVERBS, DETERMINERS, NEGATION_WORDS
from newsgold.extractors.quotes.assemble import Found
from newsgold.extractors.quotes.v4_lexicon import FORMS
from newsgold.extractors.quotes.v11 import RulesV11
from newsgold.extractors.text import Mention

MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did"}
SAY_TELL = {"say", "tell"}
MIN_CONTENT = 15  # characters: shorter "reports" are fragments ("he said so")


@dataclass
class Proposal:
    """An indirect quote the rules did not take, and its features."""

    found: Found
    features: dict[str, float] = field(default_factory=dict)


def _mention_features(feats: dict[str, float], m: Mention | None) -> None:
    if m is None:
        feats["speaker_none"] = 1.0
        return
    feats[f"speaker_{m.kind}" if m.kind in ("name", "pronoun") else "speaker_description"] = 1.0
    if m.person:
        feats["speaker_person"] = 1.0


class IndirectProposals:
    """Proposals of one document after v11's rules ran (their used cues are taken as given)."""

    def __init__(self, rules: RulesV11):
        self.rules = rules
        self.a = rules.a
        self.text = rules.text

    def propose(self, found: list[Found]) -> list[Proposal]:
        rules, a = self.rules, self.a
        taken = [(s, e) for f in found for s, e in f.content]
        cues = {f.cue[0] for f in found if f.cue is not None}
        out: list[Proposal] = []
        for k in a.reporting_tokens(0, len(self.text)):
            tok = a.tokens[k]
            if k in rules.used_cues or tok.start in cues or a.in_quotation(tok.start):
                continue
            if any(s <= tok.start < e for s, e in taken) or not rules.is_cue_token(k):
                continue
            p = self._forward(k) or self._backward(k)
            if p is None:
                continue
            s, e = p.found.content[0]
            if any(fs < e and s < fe for fs, fe in taken):
                continue
            self._common(p, k)
            out.append(p)
            taken.append((s, e))
        return out

    def _common(self, p: Proposal, k: int) -> None:
        a, f = self.a, p.features
        tok = a.tokens[k]
        low = tok.lower
        f["verb_say_tell"] = float(FORMS.get(low) in SAY_TELL)
        f["verb_ing"] = float(low.endswith("ing"))
        f["verb_ed"] = float(low.endswith("ed") or low in {"said", "told", "wrote", "thought", "felt"})
        f["verb_s"] = float(low.endswith("s") and not low.endswith("ss"))
        f["verb_capitalised"] = float(tok.text[:1].isupper())
        prev = a.tokens[k - 1].lower if k > 0 else ""
        f["prev_to"] = float(prev == "to")
        f["prev_modal"] = float(prev in MODALS)
        f["prev_aux"] = float(prev in AUXILIARIES)
        f["prev_negation"] = float(prev in NEGATION_WORDS or prev.endswith(("n't", "n’t")))
        f["prev_determiner"] = float(prev in DETERMINERS)
        f["prev_adverb"] = float(prev in AUX_ADVERBS or prev.endswith("ly"))
        f["prev_comma"] = float(prev == ",")
        s0, _ = a.sentence_of(tok.start)
        f["verb_position"] = log1p(k - a.token_index(s0))
        start, end = p.found.content[0]
        n = len(a.tokens_between(start, end))
        f["content_tokens"] = log1p(n)
        f["content_short"] = float(n < 6)
        f["content_marks"] = float(any(c in self.text[start:end] for c in '"“”'))
        f["content_finite"] = float(self.rules._clause_ok(start, end))
        _mention_features(f, p.found.mention)
        f["bias_proposal"] = 1.0

    def _forward(self, k: int) -> Proposal | None:
        rules, a = self.rules, self.a
        tok = a.tokens[k]
        s0, s1 = a.sentence_of(tok.start)
        cue = rules.cue_span(k)
        after = a.tokens_between(cue[1], s1)
        if len(after) < 3 or not after[0].text[:1].isalnum():
            return None
        that = after[0].lower == "that"
        start = after[1].start if that else after[0].start
        end = rules._content_end(start, s1)
        if end - start < MIN_CONTENT:
            return None
        m = rules.mention_before(tok.start, s0) or rules.subject_of((s0, tok.start), tok.start)
        if m is not None and m.start >= tok.start:
            m = None
        content = self.text[start:end]
        kind = "mixed" if any(c in content for c in '"“”') else "indirect"
        p = Proposal(Found(kind, [(start, end)], cue, m))
        p.features["shape_forward"] = 1.0
        p.features["that_follows"] = float(that)
        return p

    def _backward(self, k: int) -> Proposal | None:
        rules, a, text = self.rules, self.a, self.text
        tok = a.tokens[k]
        s0, s1 = a.sentence_of(tok.start)
        rest = a.tokens_between(rules.cue_span(k)[1], s1)
        if len(rest) > 6 or any(t.text[:1] in '"“”,' for t in rest):
            return None
        before = a.tokens_between(s0, tok.start)
        comma = next((j for j in range(len(before) - 1, max(-1, len(before) - 8), -1) if before[j].text == ","), None)
        if comma is None or comma == 0:
            return None
        cs = before[0].start
        ce = len(text[: before[comma].start].rstrip())
        if ce - cs < MIN_CONTENT or a.in_quotation(cs):
            return None
        m = rules.mention_before(tok.start, before[comma].end) or rules.mention_after(rules.cue_span(k)[1], s1)
        content = text[cs:ce]
        kind = "mixed" if any(c in content for c in '"“”') else "indirect"
        p = Proposal(Found(kind, [(cs, ce)], rules.cue_span(k), m))
        p.features["shape_backward"] = 1.0
        return p


def main() -> int:
    """Proposals and labels on dev; accepted true and false proposals per C and threshold."""
    from pathlib import Path

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from newsgold.extractors.quotes import QuotesV11
    from newsgold.extractors.quotes import v12_training as T
    from newsgold.schema import Quote, Source

    root = Path(__file__).resolve().parents[1]
    _, docs, gold = T.dev_set(root)
    v11 = QuotesV11({"entities": str(root / "annotations" / "entities.json")})
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[str] = []
    for d in docs:
        ann = v11.extract(d)
        rules = RulesV11(d)
        found = rules.direct_quotes()
        found += rules.indirect_quotes()
        gq = gold[d.doc_id].quotes or []
        free = [g for g in gq if not any(T.covered_gold(q, [g]) for q in ann.quotes or [])]
        for p in IndirectProposals(rules).propose(found):
            q = Quote(id="p", type=p.found.type, content=p.found.content, source=Source(None, None), cue=p.found.cue)
            feats.append(p.features)
            labels.append(int(T.covered_gold(q, free) is not None))
            groups.append(d.doc_id)
    y = np.asarray(labels)
    x = DictVectorizer(sparse=False).fit_transform(feats)
    print(f"{len(y)} proposals on dev, {int(y.sum())} positive")
    for c in (0.1, 1.0, 10.0):
        model = LogisticRegression(C=c, max_iter=3000)
        prob = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(n_splits=6), method="predict_proba")[:, 1]
        for t in (0.3, 0.4, 0.5, 0.6):
            acc = prob >= t
            tp, fp = int((acc & (y == 1)).sum()), int((acc & (y == 0)).sum())
            print(f"C={c:<5g} threshold {t}: accepted {int(acc.sum()):3d}, true {tp:3d}, false {fp:3d}, net {tp - fp:+d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
