"""``newsgold.extractors.registry``: a version that is not installed is refused with the ones that are."""

from __future__ import annotations

import pytest

from newsgold.extractors.registry import BUILTIN_VERSIONS, ExtractorError, resolve


def test_an_unknown_version_lists_the_installed_ones() -> None:
    """`extract quotes@99` said only "quotes is version 10": a newcomer could not tell that 2 to 9 exist too."""
    with pytest.raises(ExtractorError) as info:
        resolve("quotes@99")
    message = str(info.value)
    assert message.startswith("quotes@99: version 99 requested, but quotes is version ")
    listed = message.split("(versions: ", 1)[1].split(";", 1)[0].split(", ")
    assert set(BUILTIN_VERSIONS["quotes"]) <= set(listed) and listed[:2] == ["2", "3"] and "`newsgold extractors`" in message
    assert [int(v) for v in listed] == sorted(int(v) for v in listed)  # 10 after 9, not after 1


def test_a_single_version_extractor_is_not_given_a_list() -> None:
    with pytest.raises(ExtractorError) as info:
        resolve("claims@2")
    assert str(info.value) == "claims@2: version 2 requested, but claims is version 1"
