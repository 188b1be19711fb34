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


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("sys:exit", "sys:exit: cannot create the extractor with config {}: SystemExit"),
        ("file:", "file: needs a path"),
        ("file:  ", "file: needs a path"),
        ("quotes@", "quotes@: no version after '@'"),
    ],
)
def test_specs_that_name_nothing_to_run_are_refused(spec: str, said: str) -> None:
    """Round 12: ``extract sys:exit -o o.jsonl`` ended at exit 0 writing nothing, ``file:`` read the
    current folder as predictions, ``quotes@`` ran the newest version."""
    with pytest.raises(ExtractorError) as refused:
        resolve(spec)
    assert str(refused.value).startswith(said), str(refused.value)


def test_a_constructor_that_raises_is_named() -> None:
    """Not a TypeError (those were caught): a ValueError from the factory was a traceback."""
    with pytest.raises(ExtractorError, match=r"^ipaddress:ip_address: cannot create the extractor with config \{'x': 1\}: ValueError"):
        resolve("ipaddress:ip_address", {"x": 1})
