"""When enough annotators agree: ``unanimous`` or ``K-of-N`` (at least K of the N passes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgold.errors import NewsgoldError


class CurationError(NewsgoldError):
    """Passes that cannot be merged, or a curation file that does not fit them (nothing written)."""


@dataclass(frozen=True)
class Rule:
    """``needed`` of ``n`` annotators must give the same version for it to be accepted."""

    needed: int
    n: int
    unanimous: bool = False

    @property
    def name(self) -> str:
        return "unanimous" if self.unanimous else f"{self.needed}-of-{self.n}"


def parse_rule(text: str, n: int) -> Rule:
    """``unanimous`` or ``K-of-N`` for ``n`` passes; N must be the number of passes."""
    if text.strip().lower() == "unanimous":
        return Rule(n, n, unanimous=True)
    m = re.fullmatch(r"\s*(\d+)\s*-of-\s*(\d+)\s*", text.lower())
    if not m:
        raise CurationError(f"unknown rule {text!r}: use unanimous or K-of-N (e.g. 2-of-3)")
    k, total = int(m.group(1)), int(m.group(2))
    if total != n:
        raise CurationError(f"rule {text!r} is for {total} annotators but {n} passes were given")
    if not 1 <= k <= n:
        raise CurationError(f"rule {text!r}: K must be between 1 and {n}")
    return Rule(k, n, unanimous=k == n)
