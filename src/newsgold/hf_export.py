"""The corpus with its gold as a ``datasets.Dataset``: one row per document, typed layers.

``datasets.load_from_disk`` users get the annotations, not only the text: each layer is a list
of typed items (offsets are Python ``str`` indices, end exclusive, as in the gold files), ``None``
for a document without gold.  A layer the registry gives no feature for is a JSON text column.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.corpus import FIELDS

if TYPE_CHECKING:
    import datasets

    from newsgold.workspace import Workspace

FORMATS = ("hf", "parquet")
INT_FIELDS = {"n_chars"}


def features() -> datasets.Features:
    from datasets import Features, Value

    from newsgold.layers import registry

    spec: dict[str, Any] = {k: Value("int64" if k in INT_FIELDS else "string") for k in FIELDS}
    spec["meta_json"] = Value("string")
    spec["has_gold"] = Value("bool")
    for layer in registry:
        feature = layer.hf_feature()
        spec[layer.name if feature is not None else f"{layer.name}_json"] = [feature] if feature is not None else Value("string")
    return Features(spec)


def rows(ws: Workspace) -> list[dict[str, Any]]:
    from newsgold.layers import registry
    from newsgold.store import load_annotations

    gold = load_annotations(ws.gold_dir, ws.context()) if any(ws.gold_dir.glob("*.json")) else {}
    out = []
    for doc_id in sorted(ws.documents):
        doc = ws.documents[doc_id]
        record = doc.to_dict()
        row: dict[str, Any] = {k: record.get(k) for k in FIELDS}
        row["meta_json"] = json.dumps(doc.meta, ensure_ascii=False, sort_keys=True) if doc.meta else None
        ann = gold.get(doc_id)
        row["has_gold"] = ann is not None
        as_dict = ann.to_dict() if ann is not None else {}
        for layer in registry:
            items = as_dict.get(layer.name)
            if layer.hf_feature() is not None:
                row[layer.name] = items
            else:
                row[f"{layer.name}_json"] = None if items is None else json.dumps(items, ensure_ascii=False)
        out.append(row)
    return out


def corpus_dataset(ws: Workspace) -> datasets.Dataset:
    """The documents of ``ws`` with their gold, as typed features (split-free, in doc_id order)."""
    import datasets

    return datasets.Dataset.from_list(rows(ws), features=features())


def export(ws: Workspace, target: Path, fmt: str = "hf", overwrite: bool = False, progress: bool = True) -> Path:
    """Write the dataset: ``hf`` a ``save_to_disk`` directory, ``parquet`` one file.  Staged
    beside the target and moved into place, so an interrupted export leaves nothing half-made.
    ``progress`` False: without datasets' own bars (``export 2> log`` filled the log with them)."""
    from newsgold.errors import NewsgoldError
    from newsgold.output import OverwriteRefused, check_outputs, install_dir, make_temp_dir
    from newsgold.output.files import failed

    if fmt not in FORMATS:
        raise NewsgoldError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    target = Path(target)
    check_outputs([target], ws, directories=fmt == "hf")
    if target.exists() and not overwrite:
        raise OverwriteRefused([target], "")
    import datasets

    ds = corpus_dataset(ws)
    tmp = make_temp_dir(target)
    bars = datasets.is_progress_bar_enabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        if fmt == "hf":
            ds.save_to_disk(str(tmp / "data"))
            install_dir(tmp / "data", target)
        else:
            ds.to_parquet(str(tmp / "data.parquet"))
            (tmp / "data.parquet").replace(target)
    except OSError as exc:  # a full disk: "system error: No space left on device" named no file (datasets' writer names none)
        raise failed(exc, target) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if bars and not progress:
            datasets.enable_progress_bars()
    return target
