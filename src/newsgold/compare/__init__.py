"""Comparing two runs of extractors: paired tests per metric, changed items, a regression gate."""

from newsgold.compare.core import CompareRefused, Comparison, MetricRow, compare_runs, headline_metrics
from newsgold.compare.items import Change, item_changes
from newsgold.compare.stats import Paired, paired_tests

__all__ = [
    "Change",
    "CompareRefused",
    "Comparison",
    "MetricRow",
    "Paired",
    "compare_runs",
    "headline_metrics",
    "item_changes",
    "paired_tests",
]
