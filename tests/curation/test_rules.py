"""The agreement rule: unanimous or K-of-N."""

from __future__ import annotations

import pytest

from newsgold.curation import CurationError, parse_rule


def test_rule_names():
    assert parse_rule("3-of-3", 3).unanimous and parse_rule("unanimous", 3).name == "unanimous"
    assert (parse_rule("2-of-3", 3).needed, parse_rule("2-of-3", 3).name) == (2, "2-of-3")
    assert parse_rule("Unanimous", 2).needed == 2


@pytest.mark.parametrize(
    ("text", "message"), [("2-of-4", "for 4 annotators but 3"), ("4-of-3", "K must be between 1 and 3"), ("most", "unknown rule")]
)
def test_rules(text, message):
    with pytest.raises(CurationError, match=message):
        parse_rule(text, 3)
