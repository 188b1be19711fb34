"""``claims-learned``: the classifier's decisions have an effect (invented documents only).

The rule candidates of ``claims`` v1 include own-voice sentences that are not claims (page notes
such as "This story has been updated …").  Fitted on gold that says so, the learned filter must
drop them on an unseen document while the rules keep them; unfitted, it must equal the rules.
"""

from __future__ import annotations

import pytest

pytest.importorskip("sklearn")

from newsgold.corpus import Document
from newsgold.extractors.claims import ClaimsV1
from newsgold.extractors.claims_learned import LearnedClaims
from newsgold.schema import Claim, DocAnnotation

TRAIN = {
    "bridge": (
        "The bridge was closed on Monday after engineers found cracks in two support beams.\n"
        "This story has been updated with additional details.\n"
        "The repairs will cost the county about $4 million.\n"
        "This article has been corrected to fix a spelling error.\n"
        "Traffic was diverted to the old ferry road for the whole week.\n"
    ),
    "orchard": (
        "Frost destroyed nearly half of the apple blossoms in the valley last spring.\n"
        "This story has been updated to include a photo gallery.\n"
        "Growers have asked the state for emergency loans.\n"
        "This article has been updated with a correction to a headline.\n"
        "Prices at the farmers market rose by a third in September.\n"
    ),
    "ferry": (
        "The ferry company cancelled forty crossings because of the storm.\n"
        "This story has been updated with the latest timetable.\n"
        "Passengers were offered refunds or seats on the next day's boats.\n"
        "This article has been corrected since it was first published.\n"
    ),
}
NOT_CLAIMS = ("This story has been", "This article has been")
TEST = Document(
    "library",
    "The city library reopened on Saturday after a two-year renovation.\n"
    "This story has been updated with new photographs of the reading rooms.\n"
    "Visitors borrowed more than nine hundred books on the first day.\n",
)


def gold_for(doc: Document) -> DocAnnotation:
    """Gold: every rule candidate is a claim except the page notes."""
    rules = ClaimsV1().extract(doc).claims or []
    claims = [c for c in rules if not doc.text[c.span[0][0] :].startswith(NOT_CLAIMS)]
    return DocAnnotation(
        doc.doc_id,
        quotes=[],
        claims=[Claim(f"c{i}", c.span, c.claimant, "factual", False, None) for i, c in enumerate(claims, 1)],
        stances=[],
    )


def texts(doc: Document, ann: DocAnnotation) -> list[str]:
    return [" ".join(doc.text[s:e] for s, e in c.span) for c in ann.claims or []]


def test_unfitted_is_the_rules():
    assert texts(TEST, LearnedClaims().extract(TEST)) == texts(TEST, ClaimsV1().extract(TEST))


def test_fitted_filter_drops_non_claims_the_rules_keep():
    docs = [Document(d, t) for d, t in TRAIN.items()]
    model = LearnedClaims()
    model.fit(docs, {d.doc_id: gold_for(d) for d in docs})
    assert model.is_claim is not None and model.trained_on == sorted(TRAIN)
    rules = texts(TEST, ClaimsV1().extract(TEST))
    learned_ann = model.extract(TEST)
    learned = texts(TEST, learned_ann)
    note = "This story has been updated with new photographs of the reading rooms"
    assert note in rules  # the rules keep the page note ...
    assert note not in learned  # ... the fitted classifier drops it
    assert "The city library reopened on Saturday after a two-year renovation" in learned
    assert "Visitors borrowed more than nine hundred books on the first day" in learned
    assert all(c.score is not None for c in learned_ann.claims)  # the classifier's probability


def test_threshold_is_the_classifiers_decision():
    docs = [Document(d, t) for d, t in TRAIN.items()]
    keep_all = LearnedClaims({"threshold": 0.0})
    keep_all.fit(docs, {d.doc_id: gold_for(d) for d in docs})
    assert texts(TEST, keep_all.extract(TEST)) == texts(TEST, ClaimsV1().extract(TEST))
    keep_none = LearnedClaims({"threshold": 1.01})
    keep_none.fit(docs, {d.doc_id: gold_for(d) for d in docs})
    assert keep_none.extract(TEST).claims == []


def test_fitting_does_not_import_pandas_and_pandas_still_imports_afterwards():
    """scikit-learn is imported with pandas hidden (~0.3 s of a run); pandas works after."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from newsgold.extractors.claims_learned import _pipeline\n"
        "_pipeline(0).fit(['he said so', 'it rains', 'she claims it', 'a cat'], [1, 0, 1, 0])\n"
        "print('pandas' in sys.modules, 'sklearn.utils.fixes' in sys.modules)\n"
        "import pandas\n"
        "print(type(pandas.DataFrame).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True", "type"]
