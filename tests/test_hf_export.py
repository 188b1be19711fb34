"""``newsgold export`` onto a full disk: refused naming the target, nothing left beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.output import OutputFailed
from newsgold.workspace import Workspace


@pytest.mark.parametrize("fmt, method", [("hf", "save_to_disk"), ("parquet", "to_parquet")])
def test_a_full_disk_is_said_with_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, method: str) -> None:
    """Round 11 recorded ``error: system error: No space left on device`` (datasets' writer names no file)."""
    import datasets

    from newsgold.hf_export import export

    def full(self, *a, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datasets.Dataset, method, full)
    target = tmp_path / "out" / ("ex" if fmt == "hf" else "ex.parquet")
    target.parent.mkdir()
    with pytest.raises(OutputFailed, match=r"cannot write .*out/ex(\.parquet)?: No space left on device; nothing was replaced"):
        export(Workspace.find(), target, fmt)
    assert list(target.parent.iterdir()) == []
