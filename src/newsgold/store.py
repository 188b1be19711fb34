"""Reading annotation sets (validated on the way in) and writing them through :mod:`newsgold.output`.

An annotation set is either a directory of ``<doc_id>.json`` files (gold, annotation passes) or
a JSON Lines file (predictions).  Both load into ``{doc_id: DocAnnotation}``.
"""

from __future__ import annotations

from pathlib import Path

from newsgold.align import annotation_from_raw
from newsgold.jsonio import read_json
from newsgold.output import write_files
from newsgold.schema import DocAnnotation, Entity, Target, dumps_doc, dumps_line
from newsgold.validate import Context, ValidationError, read_path, validate_entities, validate_targets

AnnotationSet = dict[str, DocAnnotation]


def load_entities(path: Path | str) -> list[Entity]:
    path = Path(path)
    problems = validate_entities(path)
    if problems:
        raise ValidationError(problems)
    return [Entity.from_dict(d) for d in read_json(path)]


def load_targets(path: Path | str) -> list[Target]:
    path = Path(path)
    problems = validate_targets(path)
    if problems:
        raise ValidationError(problems)
    return [Target.from_dict(d) for d in read_json(path)]


def load_annotations(path: Path | str, ctx: Context) -> AnnotationSet:
    """Load and validate a gold directory, a single ``.json`` document or a ``.jsonl`` file."""
    # spans given as text (predictions) are aligned to their document here (newsgold.align)
    # (a clean JSON Lines line is decoded straight into its DocAnnotation: newsgold.bulkread)
    docs, problems = read_path(Path(path), ctx, build=lambda raw: annotation_from_raw(raw, ctx.docs[raw["doc_id"]].text), typed=_same)
    if problems:
        raise ValidationError(problems)
    return {doc.doc_id: doc for doc in docs}


def _same(doc: DocAnnotation) -> DocAnnotation:
    return doc


def write_annotation_dir(annotations: AnnotationSet, directory: Path, overwrite: bool = False) -> list[Path]:
    """One ``<doc_id>.json`` per document, all or nothing (see :func:`newsgold.output.write_files`)."""
    directory = Path(directory)
    files = {directory / f"{doc_id}.json": dumps_doc(doc) for doc_id, doc in sorted(annotations.items())}
    return write_files(files, overwrite=overwrite)


def write_jsonl(annotations: AnnotationSet, path: Path, overwrite: bool = False) -> list[Path]:
    text = "".join(dumps_line(doc) + "\n" for _, doc in sorted(annotations.items()))
    return write_files({Path(path): text}, overwrite=overwrite)
