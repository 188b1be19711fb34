"""token_mids (numpy over a word-character array of the code points) equals the per-match definition."""

from __future__ import annotations

import random
import re

from newsgold.scoring.spans import _bmp_word, token_mid_array, token_mids

ALPHABET = "ab c😀🇫🇷“”\n\té1_ .,'’-\u0301٣中𝐀𐍈\u00a0\u2028\ud800"


def _reference(text: str) -> list[int]:
    return [(m.start() + m.end() - 1) // 2 for m in re.finditer(r"\w+", text)]


def test_token_mids_equal_the_per_match_definition_on_random_texts() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        assert token_mids(text) == _reference(text), repr(text)


def test_token_mids_of_texts_without_astral_code_points() -> None:
    # (the plane table alone decides them: token_mid_array's other branch)
    rng = random.Random(6)
    bmp = "".join(c for c in ALPHABET if ord(c) <= 0xFFFF)
    for _ in range(2000):
        text = "".join(rng.choice(bmp) for _ in range(rng.randint(1, 60)))
        assert token_mids(text) == _reference(text), repr(text)


def test_token_mids_edges() -> None:
    assert token_mids("") == []
    assert token_mids("  ,. ") == []
    assert token_mids("word") == [1]
    assert token_mids("“Né” 😀 go\n") == [1, 7]  # N-é, g-o: emoji and curly quotes are one index each
    assert token_mids("𝐀𝐁 x") == [0, 3]  # astral letters are word characters (one index each)
    assert token_mids("e\u0301 \ud800x") == [0, 4]  # a combining mark ends a word; a lone surrogate is no word
    assert token_mid_array("ab cd").dtype.name == "int64"


def test_the_plane_table_agrees_with_the_regex_on_every_code_point() -> None:
    table = _bmp_word()
    assert [c for c in range(0x10000) if bool(table[c]) != bool(re.match(r"\w", chr(c)))] == []


def test_canonical_one_fragment_fast_path_equals_the_general_path() -> None:
    from newsgold.scoring.spans import canonical

    rng = random.Random(9)
    for _ in range(2000):
        frags = [[rng.randint(0, 20), rng.randint(0, 20)] for _ in range(rng.randint(0, 3))]
        # an iterator takes the general path (sort, merge); a list of one the fast path
        assert canonical(frags) == canonical(iter(frags)) == canonical([tuple(f) for f in frags])


def test_token_mid_line_is_every_texts_middles_at_its_offset() -> None:
    import numpy as np

    from newsgold.scoring.spans import token_mid_line

    rng = random.Random(5)
    alphabet = "ab c😀🇮🇷“”\n\t.é𝔘_9 "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(30)] + ["", "word", "\0x\0"]
    base = np.concatenate([[0], np.cumsum([len(t) + 1 for t in texts])[:-1]])
    expected = [m + int(b) for t, b in zip(texts, base) for m in token_mids(t)]
    assert token_mid_line(texts).tolist() == expected
    for chunk in (1, 7, 50, 200):  # texts taken a run of about ``chunk`` characters at a time
        got = token_mid_line(texts, chunk)
        assert got.tolist() == expected and got.dtype.name == "int64"
    assert token_mid_line([]).tolist() == []
