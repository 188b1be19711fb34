"""What a push compares (no server): an annotation drawn in the editor that says what the pushed one says."""

from __future__ import annotations

import copy

from tests.labelstudio.test_pull import _festival

from newsgold.labelstudio.pull import collect
from newsgold.labelstudio.push import _same


def test_an_annotation_drawn_in_the_editor_is_the_same_as_its_pulled_form() -> None:
    """Re-pushing the gold made from a pull reported every editor-made annotation as "kept ... that
    differ from the pushed ones": the editor's random region ids were compared with q1, c1."""
    task, docs, vocab = _festival()
    bobs = next(a for a in task["annotations"] if a["completed_by"]["email"] == "bob@newsgold.local")
    assert any(r.get("id") and not r["id"].startswith(("q", "c")) for r in bobs["result"])  # the editor's ids
    pulled = collect([{**task, "annotations": [bobs]}], docs, vocab).sets["bob@newsgold.local"]["festival"]
    assert _same(task, bobs, pulled, vocab)
    other = copy.deepcopy(pulled)
    other.quotes[0].type = "indirect" if pulled.quotes[0].type != "indirect" else "direct"
    assert not _same(task, bobs, other, vocab)
