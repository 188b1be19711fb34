"""What a pull says of what it pulled, beside writing it: span offsets inside a character (as
``validate`` warns of them), and annotators who did not annotate every document (``adjudicate``
takes passes of the same documents)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from newsgold.corpus import Document
from newsgold.labelstudio.pull import AnnotationSet, set_dirs
from newsgold.schema import DocAnnotation
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


def project_warnings(anns: Mapping[str, DocAnnotation], docs: Mapping[str, Document], title: str) -> list[Problem]:
    """:func:`split_warnings` of annotations that are not written where they were pulled (a curator's,
    applied as decisions by ``ls curate --pull``): named by the project, document, item and field."""
    from newsgold.graphemes import cluster_warnings, inside_offsets

    inside = {doc_id: found for doc_id in sorted(anns) if (found := inside_offsets(docs[doc_id].text))}
    if not inside:
        return []
    where = f"project {title!r}"
    return cluster_warnings({d: anns[d] for d in inside}, docs, Path(where), where, inside, directory=False)


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
