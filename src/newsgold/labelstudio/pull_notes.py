"""What a pull says of what it pulled, beside writing it: span offsets inside a character (as
``validate`` warns of them), annotators who did not annotate every document (``adjudicate``
takes passes of the same documents) or whose annotations were only pushed, and annotations a
person started from a prediction that leaves layers out."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.labelstudio.pull import AnnotationSet, _where, set_dirs
from newsgold.validate import Problem
from newsgold.workspace import shown


def split_warnings(
    sets: Mapping[str, AnnotationSet], out: Path, docs: Mapping[str, Document], *, predictions: bool = False
) -> list[Problem]:
    """What ``validate`` warns of in the pulled files, said at the pull: each span offset inside a
    character (a flag's two halves, an emoji ZWJ sequence, CR LF; :mod:`newsgold.graphemes`),
    named by the file it is written to, its item and field.  The editor's mouse selection stops
    between characters, so such an offset comes from an import, the API or an export edited by hand."""
    from newsgold.graphemes import cluster_warnings, inside_offsets

    wanted = {doc_id for anns in sets.values() for doc_id in anns}
    inside = {doc_id: found for doc_id in sorted(wanted) if (found := inside_offsets(docs[doc_id].text))}
    if not inside:
        return []
    places = {key: out for key in sets} if predictions else set_dirs(sets, out)
    return [
        w
        for key, anns in sorted(sets.items())
        for w in cluster_warnings(
            {d: a for d, a in anns.items() if d in inside}, docs, places[key], shown(places[key]), inside, directory=not predictions
        )
    ]


def curator_warnings(anns: AnnotationSet, docs: Mapping[str, Document], where: str) -> list[Problem]:
    """:func:`split_warnings` for ``ls curate --pull``: the curator's annotations, named by ``where``
    (the project and the curator) as they are read before any file is written."""
    from newsgold.graphemes import cluster_warnings, inside_offsets

    inside = {doc_id: found for doc_id in sorted(anns) if (found := inside_offsets(docs[doc_id].text))}
    if not inside:
        return []
    return cluster_warnings({d: a for d, a in anns.items() if d in inside}, docs, Path(where), where, inside, directory=False)


def coverage_notes(sets: Mapping[str, AnnotationSet], out: Path) -> list[str]:
    """With several annotators, one line per annotator who has not every document another has
    (a task skipped, left as a draft or never opened): ``adjudicate`` refuses passes of different
    documents, so the pull says it at once, with the ways on."""
    if len(sets) < 2:
        return []
    every = set().union(*(set(docs) for docs in sets.values()))
    dirs = set_dirs(sets, out)
    lacking = {key: sorted(every - set(docs)) for key, docs in sorted(sets.items()) if every - set(docs)}
    lines = [
        f"{key} has {len(every) - len(gaps)} of the {len(every)} documents annotated (not {', '.join(gaps)})"
        for key, gaps in lacking.items()
    ]
    if lines:
        complete = [shown(dirs[k]) for k in sorted(sets) if k not in lacking]
        lines.append(
            "adjudicate takes passes of the same documents: have them submit those tasks and pull again, or adjudicate "
            + (f"the complete passes only ({' '.join(complete)})" if len(complete) >= 2 else "the documents the passes share")
        )
    return lines


def pushed_notes(sets: Mapping[str, AnnotationSet], untouched: Mapping[str, set[str]], out: Path) -> list[str]:
    """Beside annotators who worked in the editor, one line per annotator none of whose annotations
    was ever edited there: what ``ls push`` (or ``annotate``) put there -- the gold, owned by the login
    user, is the usual one -- pulled as a pass beside the people's, which ``adjudicate`` would count
    as an annotator."""
    pushed = {key for key, docs in sets.items() if docs and set(docs) <= untouched.get(key, set())}
    if len(sets) < 2 or not pushed or pushed == set(sets):  # all pushed: passes pushed as passes
        return []
    dirs = set_dirs(sets, out)
    return [
        f"{key}: its {len(docs)} annotation(s) were never edited in Label Studio (pushed by `ls push` or `annotate`, or made "
        f"through the API): {shown(dirs[key])} holds what was pushed; leave it out of `adjudicate` unless it is meant as a pass"
        for key, docs in sorted(sets.items())
        if key in pushed
    ]


def prediction_start_note(task: Mapping[str, Any], item: Mapping[str, Any], who: str, doc: Any) -> str | None:
    """Of an annotation started from a prediction without some layers, what it holds of them
    (:func:`~newsgold.labelstudio.convert.copied_not_annotated`); None for any other."""
    from newsgold.labelstudio.convert import copied_not_annotated

    layers = copied_not_annotated(item.get("result"))
    if not layers:
        return None
    parent = item.get("parent_prediction")
    versions = [p.get("model_version") for p in task.get("predictions") or () if isinstance(p, Mapping) and p.get("id") == parent]
    source = f"prediction {parent}" + (f" ({versions[0]})" if versions and versions[0] else "") if parent is not None else "a prediction"
    held = ", ".join(f"{len(getattr(doc, layer) or ())} {layer}" for layer in layers)
    return (
        f"{_where(task)}: annotation {item.get('id')} by {who} started from {source}, which has no {' or '.join(layers)}: "
        f"pulled as the annotator left them ({held})"
    )
