"""Reports reuse the synthetic corpus of the scoring tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "scoring"))
