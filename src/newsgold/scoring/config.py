"""What a score means: the matching schemes and options, recorded in a signature string.

Like sacrebleu's signature, the string pins every choice that changes a number, so two reports
with the same signature (and gold hash) are comparable and two with different ones are not.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgold.suites import MAX_BOOTSTRAP, MAX_SEED

SCHEME_KINDS = ("strict", "exact", "partial", "overlap", "coverage", "token")
DEFAULT_SCHEMES = ("strict", "exact", "partial", "overlap", "coverage:0.3", "coverage:0.8", "token")
HEADLINE_SCHEME = "coverage:0.3"


@dataclass(frozen=True)
class Scheme:
    """A parsed scheme name: ``kind`` plus the threshold ``tau`` for ``coverage:τ``."""

    kind: str
    tau: float | None = None

    @property
    def name(self) -> str:
        return f"coverage:{self.tau:g}" if self.kind == "coverage" else self.kind

    @property
    def partial_credit(self) -> bool:
        return self.kind == "partial"


def parse_scheme(name: str) -> Scheme:
    """``"coverage:0.3"`` → ``Scheme("coverage", 0.3)``; raises ``ValueError`` naming the choices."""
    text = name.strip().lower()
    kind, _, arg = text.partition(":")
    if kind not in SCHEME_KINDS:
        raise ValueError(f"unknown scheme {name!r} (choose from {', '.join(SCHEME_KINDS[:-2])}, coverage:TAU, token)")
    if kind == "coverage":
        try:
            tau = float(arg)
        except ValueError:
            raise ValueError(f"scheme {name!r}: coverage needs a threshold, e.g. coverage:0.3") from None
        if not 0.0 < tau <= 1.0:
            raise ValueError(f"scheme {name!r}: the coverage threshold must be in (0, 1]")
        return Scheme("coverage", tau)
    if arg:
        raise ValueError(f"scheme {name!r}: {kind} takes no argument")
    return Scheme(kind)


@dataclass(frozen=True)
class ScoreConfig:
    """Every choice that changes a score.  ``match_scheme`` decides which matched quotes/claims
    count as "the same item" for speaker, claimant, type, kind and checkworthiness."""

    schemes: tuple[str, ...] = DEFAULT_SCHEMES
    normalize_boundaries: bool = False
    match_scheme: str = HEADLINE_SCHEME
    bootstrap: int = 1000
    seed: int = 12345
    confidence: float = 0.95

    def __post_init__(self) -> None:
        names = tuple(parse_scheme(s).name for s in self.schemes)
        if not names:
            raise ValueError("at least one scheme is needed")
        object.__setattr__(self, "schemes", tuple(dict.fromkeys(names)))
        object.__setattr__(self, "match_scheme", parse_scheme(self.match_scheme).name)
        if not 0 <= self.bootstrap <= MAX_BOOTSTRAP:  # as a suite's: 2**63 resamples ran until killed
            raise ValueError(f"bootstrap resamples must be between 0 and {MAX_BOOTSTRAP:,}, got {self.bootstrap}")
        if not 0 <= self.seed <= MAX_SEED:  # as a suite's seed: the range every RNG accepts
            raise ValueError(f"the seed must be between 0 and {MAX_SEED}, got {self.seed}")
        if not 0.0 < self.confidence < 1.0:
            raise ValueError("confidence must be in (0, 1)")

    @property
    def parsed(self) -> tuple[Scheme, ...]:
        return tuple(parse_scheme(s) for s in self.schemes)

    @property
    def all_schemes(self) -> tuple[str, ...]:
        """The reported schemes plus the matching scheme (always computed)."""
        return tuple(dict.fromkeys((*self.schemes, self.match_scheme)))

    def signature(self) -> str:
        from newsgold import __version__

        return "|".join(
            [
                f"schemes:{','.join(self.schemes)}",
                f"match:{self.match_scheme}",
                f"norm:{'yes' if self.normalize_boundaries else 'no'}",
                "par:0.5",
                "tok:word-mid",
                "zero:na",
                f"boot:{self.bootstrap}",
                f"seed:{self.seed}",
                f"ci:{self.confidence:g}",
                f"version:{__version__}",
            ]
        )
