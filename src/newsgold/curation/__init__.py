"""Curation: from several annotators' passes to one gold (agreed items accepted by a rule,
every other position listed for a curator, decisions applied, the log generated)."""

from newsgold.curation.merge import adjudicate, check_passes, decisions_of, summary
from newsgold.curation.model import DocCuration, Position, curation_files, read_curation
from newsgold.curation.rules import CurationError, Rule, parse_rule

__all__ = [
    "CurationError",
    "DocCuration",
    "Position",
    "Rule",
    "adjudicate",
    "check_passes",
    "curation_files",
    "decisions_of",
    "parse_rule",
    "read_curation",
    "summary",
]
