"""Released built-in extractors never change their output (``pins.json``, see ``pins.py``).

A version string is a cache key and a promise to every run that names it; a behaviour change
under an old version would silently mix two behaviours under one key.  So a change of output
fails here with "released extractor X@N changed its output: bump the version instead".
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsgold.extractors.registry import BUILTIN_VERSIONS, BUILTINS, resolve

_spec = importlib.util.spec_from_file_location("newsgold_test_pins", Path(__file__).parent / "pins.py")
pins = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pins)

PINNED = pins.load_pins()
RELEASED = sorted(PINNED["pins"])


@pytest.fixture(scope="module")
def sets():
    return pins.text_sets()


def test_text_sets_are_the_pinned_ones(sets):
    for name, docs in sets.items():
        assert pins.texts_hash(docs) == PINNED["text_sets"][name], (
            f"text set {name!r} changed: the pins measure outputs on fixed texts, restore them"
        )


@pytest.mark.parametrize("spec", RELEASED)
def test_released_version_output_is_pinned(spec, sets):
    message = pins.changed(spec, PINNED["pins"][spec], pins.measure(spec, sets))
    assert message is None, message


def test_every_served_builtin_version_is_pinned():
    served = {f"{name}@{resolve(name).version}" for name in BUILTINS}
    served |= {f"{name}@{v}" for name, versions in BUILTIN_VERSIONS.items() for v in versions}
    missing = sorted(served - set(RELEASED))
    assert not missing, f"built-in versions without a pin: {missing} (python tests/extractors/pins.py add NAME@VERSION)"
    assert len(RELEASED) == 19  # quotes@14 added (issue #15)


def test_learned_claims_is_pinned_unfitted_and_fitted():
    keys = PINNED["pins"]["claims-learned@1"]
    assert {"corpus", "unseen", "fitted:k2-seed12345-fold0:corpus-test", "fitted:k2-seed12345-fold1:unseen"} <= set(keys)
    # fitting changes the output (scores, dropped candidates): otherwise the fitted pin pins nothing new
    assert keys["fitted:k2-seed12345-fold0:unseen"]["sha256"] != keys["unseen"]["sha256"]


def test_an_edited_shared_word_list_is_caught(monkeypatch, sets):
    """The lexicon is shared by every rule version: dropping one reporting verb form from it must
    fail the pins of all three quote versions (and the message must say what to do)."""
    from newsgold.extractors import lexicon

    monkeypatch.delitem(lexicon.REPORTING_FORMS, "said")
    for spec in ("quotes-direct@1", "quotes@2", "quotes@3"):
        message = pins.changed(spec, PINNED["pins"][spec], pins.measure(spec, sets))
        assert message is not None and message.startswith(f"released extractor {spec} changed its output: bump the version instead"), (
            message
        )


def test_an_edited_version_word_list_is_caught(monkeypatch, sets):
    """A frozen version's own list: stance v1's dismissal words, as an edit of v1.py would change them."""
    from newsgold.extractors.stance import v1

    monkeypatch.setattr(v1, "DISMISS", v1.DISMISS - {"ploy"})
    message = pins.changed("stance@1", PINNED["pins"]["stance@1"], pins.measure("stance@1", sets))
    assert message is not None and "released extractor stance@1 changed its output" in message
    # a later version does not read v1's list
    assert pins.changed("stance@3", PINNED["pins"]["stance@3"], pins.measure("stance@3", sets)) is None


def test_word_lists_of_released_versions_are_pinned():
    message = pins.word_lists_changed(PINNED["word_lists"], pins.word_lists())
    assert message is None, message


def test_a_word_list_edit_no_pinned_text_exercises_is_still_caught(monkeypatch, sets):
    """No pinned text makes stance v1 dismiss by "propaganda", so its output pin cannot see this
    edit; the word-list fingerprint does."""
    from newsgold.extractors.stance import v1

    monkeypatch.setattr(v1, "DISMISS", v1.DISMISS - {"propaganda"})
    assert pins.changed("stance@1", PINNED["pins"]["stance@1"], pins.measure("stance@1", sets)) is None
    message = pins.word_lists_changed(PINNED["word_lists"], pins.word_lists())
    assert message is not None and "newsgold.extractors.stance.v1:DISMISS" in message
    monkeypatch.undo()
    from newsgold.extractors import lexicon

    monkeypatch.setitem(lexicon.REPORTING_FORMS, "murmured", "murmur")  # shared: moves every version's list
    message = pins.word_lists_changed(PINNED["word_lists"], pins.word_lists())
    assert (
        message is not None
        and "newsgold.extractors.lexicon:REPORTING_FORMS" in message
        and "newsgold.extractors.quotes.v1:REPORTING_FORMS" in message
    )


def test_add_pins_a_new_version_and_never_rewrites_one(tmp_path):
    path = tmp_path / "pins.json"
    path.write_text(json.dumps(PINNED), encoding="utf-8")
    with pytest.raises(SystemExit, match="quotes@2 is already pinned"):
        pins.add("quotes@2", path, measure_fn=lambda spec: {"corpus": {"sha256": "new"}})
    assert json.loads(path.read_text(encoding="utf-8")) == PINNED
    added = pins.add("quotes@99", path, measure_fn=lambda spec: {"corpus": {"sha256": "x"}})
    after = json.loads(path.read_text(encoding="utf-8"))
    assert added == after["pins"]["quotes@99"] == {"corpus": {"sha256": "x"}}
    assert {k: v for k, v in after["pins"].items() if k != "quotes@99"} == PINNED["pins"]
    assert after["word_lists"] == PINNED["word_lists"]  # no word list is ever rewritten
