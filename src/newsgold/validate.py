"""Validation of annotation files: every problem, each naming file, line, item and field.

Validation works on the raw JSON (read by the strict :mod:`newsgold.jsonio`) before any typed
object is built, so bad input always ends in a list of :class:`Problem` and never in a
traceback.  The shape is checked by the layers' typed (msgspec) form, which is fast; only an
object it rejects goes through the JSON Schema, which lists every problem in it.  Gold files (a directory of
``<doc_id>.json``) must reference known entity ids; prediction files (JSON Lines) may name
speakers and claimants in free text, since an extractor has no entity registry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.corpus import Document, load_documents
from newsgold.errors import NewsgoldError
from newsgold.expected import known_ids, one_of_shapes
from newsgold.item_paths import field_path, huge_ints, item_label
from newsgold.jsonio import JsonFiles, JsonReadError, read_json_both
from newsgold.layers import registry
from newsgold.schema import schema_validator
from newsgold.workspace import shown

if TYPE_CHECKING:
    from newsgold.workspace import Workspace


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    item: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        parts = [where]
        if self.item:
            parts.append(self.item)
        if self.field:
            parts.append(f"field {self.field}")
        return ": ".join(parts) + f": {self.message}"


class ValidationError(NewsgoldError):
    """Raised by loaders when input is invalid; carries every problem found."""

    def __init__(self, problems: Sequence[Problem], what: str | None = None):
        self.problems = list(problems)
        self.what = what  # the set the problems are in, as the user named it (None: "the input")
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Context:
    """What references resolve against: documents, entity ids and names, target ids."""

    docs: dict[str, Document]
    entity_ids: set[str] = field(default_factory=set)
    target_ids: set[str] = field(default_factory=set)
    entities_file: str = "annotations/entities.json"  # named in messages about unknown entities
    check_entities: bool = True  # False: no registry to check against (workspace-free scoring without --entities)
    layers: tuple[str, ...] | None = None  # the layers gold and passes must annotate (a workspace's `layers`); None: all


def _excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    snippet = text[start:end]
    return repr(snippet if len(snippet) <= width else snippet[: width - 1] + "…")


class _DocChecker:
    """Semantic checks for one parsed document object (after the JSON Schema passed): item ids
    across layers here, everything else by each layer's ``check`` with the helpers below."""

    def __init__(self, raw: dict[str, Any], ctx: Context, file: str, line: int | None, strict_refs: bool):
        self.raw, self.ctx, self.file, self.line, self.strict = raw, ctx, file, line, strict_refs
        self.problems: list[Problem] = []
        self._ids: dict[str, set[str]] = {}

    def ids(self, layer: str) -> set[str]:
        """The item ids of one layer of this document (computed once)."""
        if layer not in self._ids:
            self._ids[layer] = {x["id"] for x in self.raw.get(layer) or []}
        return self._ids[layer]

    def add(self, path: Sequence[Any], message: str) -> None:
        self.problems.append(Problem(self.file, message, self.line, item_label(self.raw, path), field_path(path) or None))

    def run(self) -> list[Problem]:
        doc = self.ctx.docs.get(self.raw["doc_id"])
        if doc is None:
            self.add(["doc_id"], f"unknown doc_id {self.raw['doc_id']!r} (known: {known_ids(self.ctx.docs)})")
            return self.problems
        text = doc.text
        if self.strict:
            for name in registry.names() if self.ctx.layers is None else self.ctx.layers:
                if name not in self.raw:
                    self.add(
                        [name], "layer missing (gold and annotation passes must annotate every layer of the workspace; use [] for none)"
                    )
        seen_ids: dict[str, str] = {}
        for layer in registry:
            for i, item in enumerate(self.raw.get(layer.name) or [] if layer.has_ids else []):
                if item["id"] in seen_ids:
                    self.add([layer.name, i, "id"], f"duplicate id {item['id']!r} (also used by a {seen_ids[item['id']]})")
                seen_ids.setdefault(item["id"], layer.noun)
        for layer in registry:
            layer.check(self, self.raw.get(layer.name) or [], text)
        return self.problems

    def entity(self, path: list[Any], value: str | None) -> None:
        if value is not None and self.strict and self.ctx.check_entities and value not in self.ctx.entity_ids:
            self.add(path, f"unknown entity {value!r} (not an id in {self.ctx.entities_file})")

    def span(self, text: str, path: list[Any], span: Sequence[int]) -> bool:
        start, end = span
        if not start < end:
            self.add(path, f"start {start} must be less than end {end}")
            return False
        if end > len(text):
            self.add(path, f"span [{start}, {end}] outside the text (length {len(text)})")
            return False
        return True

    def fragments(self, text: str, path: list[Any], frags: Sequence[Sequence[int]]) -> None:
        ok = [self.span(text, [*path, j], f) for j, f in enumerate(frags)]
        for j in range(1, len(frags)):
            if ok[j] and ok[j - 1] and frags[j][0] < frags[j - 1][1]:
                relation = "overlap" if frags[j][0] >= frags[j - 1][0] else "are not sorted"
                self.add(
                    [*path, j],
                    f"fragments {list(frags[j - 1])} {_excerpt(text, *frags[j - 1])} and {list(frags[j])} "
                    f"{_excerpt(text, *frags[j])} {relation}: fragments must be sorted and disjoint",
                )


def shape_problems(raw: Any, file: str, line: int | None = None) -> list[Problem]:
    """Problems of shape (what the JSON Schema says): typed check first, the schema on failure."""
    from newsgold.layers.typed import check

    typed = check(raw)
    if typed is None:
        return []
    validator = schema_validator("annotation")
    problems = []
    for err in sorted(validator.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path))):
        path = list(err.absolute_path)
        item = item_label(raw, path) if isinstance(raw, dict) else None
        message = err.message
        if err.validator == "enum":
            message = f"{err.instance!r} is not one of {', '.join(map(repr, err.validator_value))}"
        elif err.validator == "oneOf":
            message = f"{err.instance!r} is not valid here (expected {one_of_shapes(err.validator_value)})"
        problems.append(Problem(file, message, line, item, field_path(path) or None))
    if not problems and typed != "no typed form":  # the two forms disagree: never accept silently
        problems.append(Problem(file, typed, line))
    return problems


def check_object(raw: Any, ctx: Context, file: str, line: int | None = None, strict_refs: bool = True) -> list[Problem]:
    """Every problem of one document object: schema first, then offsets and references."""
    problems = [  # (str() of one raised: a plug-in's 10**5000 offset was "failed on document …: ValueError")
        Problem(
            file,
            f"an integer of {bits} bits (over 4,000 digits)",
            line,
            item_label(raw, path) if isinstance(raw, dict) else None,
            field_path(path) or None,
        )
        for path, bits in huge_ints(raw)
    ]
    if problems:
        return problems
    problems = shape_problems(raw, file, line)
    if problems:  # and the well-formed items' offsets and references: a wrong label hid a span past the text
        return problems + (usable_item_problems(raw, ctx, file, strict_refs, line) if isinstance(raw, dict) else [])
    return _DocChecker(raw, ctx, file, line, strict_refs).run()


def usable_item_problems(raw: dict[str, Any], ctx: Context, file: str, strict_refs: bool = True, line: int | None = None) -> list[Problem]:
    """The offset and reference problems (overlaps, spans past the text, unknown ids) of the
    items of ``raw`` that have the right shape, the others left out: so a converter that found
    problems of its own still reports these in the same pass.  Paths name the original items."""
    import re

    usable: dict[str, Any] = {k: v for k, v in raw.items() if k not in registry}
    kept: dict[str, list[int]] = {}
    ids: dict[str, set[str]] = {}
    for layer in registry:
        items = raw.get(layer.name)
        if not isinstance(items, list):
            continue
        ids[layer.name] = {x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)}
        kept[layer.name] = [i for i, x in enumerate(items) if not shape_problems({"doc_id": "x", layer.name: [x]}, file)]
        usable[layer.name] = [items[i] for i in kept[layer.name]]
    if shape_problems(usable, file):
        return []
    checker = _DocChecker(usable, ctx, file, line, strict_refs)
    checker._ids = ids
    out = []
    for p in checker.run():
        m = re.match(r"(\w+)\[(\d+)\]", p.field or "")
        if m and m.group(1) in kept:
            i = kept[m.group(1)][int(m.group(2))]
            field = f"{m.group(1)}[{i}]{p.field[m.end() :]}"  # type: ignore[index]
            p = Problem(p.file, p.message, p.line, item_label(raw, [m.group(1), i]), field)
        out.append(p)
    return out


def _problem(e: JsonReadError) -> Problem:
    return Problem(e.file, e.reason + (f" (column {e.column})" if e.column is not None else ""), e.line)


def _parse_json(path: Path) -> tuple[Any, Any, list[Problem]]:  # the value, with integers exact (or None), or the problem
    try:
        return *read_json_both(path, shown(path)), []
    except JsonReadError as e:
        return None, None, [_problem(e)]


def validate_doc_file(path: Path, ctx: Context) -> list[Problem]:
    """A gold or annotation-pass file ``<doc_id>.json``: strict references, every layer present."""
    return read_doc_file(path, ctx)[1]


def read_doc_file(path: Path, ctx: Context) -> tuple[Any, list[Problem]]:
    """The document object of ``<doc_id>.json`` and its problems (the object only when none)."""
    raw, exact, problems = _parse_json(path)
    if problems:
        return None, problems
    name = shown(path)
    problems = check_object(raw, ctx, name, strict_refs=True)
    if problems and exact is not None:  # worded from the integers as written
        problems = check_object(exact, ctx, name, strict_refs=True)
    if not problems and raw["doc_id"] != path.stem:
        problems.append(Problem(name, f"doc_id {raw['doc_id']!r} does not match the file name {path.name!r}", field="doc_id"))
    return (None if problems else raw), problems


def validate_jsonl(path: Path, ctx: Context, strict_refs: bool = False) -> list[Problem]:
    """A prediction file: one document object per line, each doc_id at most once."""
    return read_jsonl(path, ctx, strict_refs, build=_nothing)[1]


def _nothing(raw: Any) -> None: ...  # build for validation only: nothing kept


def read_jsonl(
    path: Path,
    ctx: Context,
    strict_refs: bool = False,
    check_docs: bool = True,
    build: Callable[[Any], Any] | None = None,
    typed: Callable[[Any], Any] | None = None,
) -> tuple[list[Any], list[Problem]]:
    """The document objects of a prediction file and every problem in it (one pass);
    ``check_docs=False``: shape only, for stored files read without their documents.
    ``build`` turns each valid object into what is kept (the typed annotation), line by line, so
    a large file is never held twice; returning None keeps nothing (validation only).
    ``typed``: what to keep of a clean line's DocAnnotation; then lines are decoded in bulk
    (:mod:`newsgold.bulkread`) and only the others go through ``build`` (validation only,
    ``build=_nothing``, is always in bulk)."""
    from newsgold.bulkread import read_lines

    return read_lines(path, ctx, strict_refs, check_docs, build, typed, validate_only=build is _nothing)


def _validate_registry(path: Path, kind: str) -> list[Problem]:
    raw, _, problems = _parse_json(path)
    if problems:
        return problems
    name = shown(path)
    validator = schema_validator(kind)
    for err in validator.iter_errors(raw):
        problems.append(Problem(name, err.message, field=field_path(err.absolute_path) or None))
    if problems:
        return problems
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        if item["id"] in seen:
            problems.append(Problem(name, f"duplicate id {item['id']!r} (also at [{seen[item['id']]}])", item=f"[{i}]", field="id"))
        seen.setdefault(item["id"], i)
    return problems


def validate_entities(path: Path) -> list[Problem]:
    return _validate_registry(path, "entities")


def validate_targets(path: Path) -> list[Problem]:
    return _validate_registry(path, "targets")


def validate_corpus(path: Path) -> list[Problem]:
    """Each document's text matches its recorded sha256 and length."""
    name = shown(path)
    try:
        docs = load_documents(path)
    except JsonReadError as e:
        return [_problem(e)]
    except (OSError, TypeError) as e:
        return [Problem(name, f"cannot load corpus: {e}")]
    problems = []
    for doc in docs.values():
        if doc.sha256 != doc.text_sha256:
            problems.append(
                Problem(name, f"text sha256 {doc.text_sha256} differs from recorded {doc.sha256}", item=doc.doc_id, field="sha256")
            )
        if doc.n_chars != len(doc.text):
            problems.append(Problem(name, f"text has {len(doc.text)} characters, recorded {doc.n_chars}", item=doc.doc_id, field="n_chars"))
    return problems


def validate_path(path: Path, ctx: Context) -> list[Problem]:
    """Dispatch on what the path is: a directory of gold files, a .json file or a .jsonl file."""
    if path.name == "entities.json" and path.is_file():
        return validate_entities(path)
    if path.name == "targets.json" and path.is_file():
        return validate_targets(path)
    return read_path(path, ctx, build=_nothing)[1]


def read_path(
    path: Path, ctx: Context, build: Callable[[Any], Any] | None = None, typed: Callable[[Any], Any] | None = None
) -> tuple[list[Any], list[Problem]]:
    """The document objects of a gold directory, one ``.json`` or a ``.jsonl`` file, and every
    problem in them, read once (the loaders build typed annotations from the objects); a run directory: its predictions."""
    path = path / "predictions.jsonl" if (path / "manifest.json").is_file() and (path / "predictions.jsonl").is_file() else path
    if path.is_dir():
        suite = (path / "summary.json").is_file() and not (path / "manifest.json").exists()  # its summary.json read as gold: schema errors
        runs = sorted(p.name for p in path.iterdir() if (p / "predictions.jsonl").is_file()) if suite else []
        if runs:
            return [], [
                Problem(
                    shown(path),
                    f"a suite run directory, not one run: name one of its runs ({', '.join(runs)}), e.g. {shown(path / runs[0])}",
                )
            ]
        files = JsonFiles(path)
        if not files:
            return [], [Problem(shown(path), "no *.json annotation files in directory")]
        if typed is not None or build is _nothing:  # clean files in bulk (newsgold.bulkread)
            from newsgold.bulkread import read_files

            return read_files(files, ctx, None if build is _nothing else build, typed)
        raws, problems = [], []
        for f in files:
            raw, found = read_doc_file(f, ctx)
            if raw is not None:
                raws.append(raw if build is None else build(raw))
            problems += found
        return raws, problems
    if not path.exists():
        return [], [Problem(shown(path), "no such file or directory")]
    if path.suffix == ".jsonl":
        return read_jsonl(path, ctx, build=build, typed=typed)
    raw, problems = read_doc_file(path, ctx)
    return ([] if raw is None else [raw if build is None else build(raw)]), problems


def validate_all(ws: Workspace) -> list[Problem]:
    """A whole workspace: corpus, registries, gold and annotation passes.

    Partial gold is normal: documents without a gold file are simply not scored (see
    :func:`gold_coverage`).  A registry the workspace does not have (a layer that needs none) is
    not an error; references to it are.
    """
    from newsgold.workspace_config import WorkspaceConfigError

    try:
        ws.config  # noqa: B018  # newsgold.toml parses (or is absent)
        problems = []
    except WorkspaceConfigError as e:
        rest = str(e).split(":", 1)[-1]  # "newsgold.toml:LINE: message" or "newsgold.toml: message"
        line, _, message = rest.partition(": ")
        at = int(line) if line.isdigit() else None
        problems = [Problem(shown(ws.root / "newsgold.toml"), message if at else rest.lstrip(), line=at)]
    problems += validate_corpus(ws.documents_file)
    problems += [
        p for f, check in ((ws.entities_file, validate_entities), (ws.targets_file, validate_targets)) if f.exists() for p in check(f)
    ]
    if problems:
        return problems
    ctx = ws.context()
    if any(ws.gold_dir.glob("*.json")):
        problems += validate_path(ws.gold_dir, ctx)
    for annotator in ws.pass_dirs():
        problems += validate_path(annotator, ctx)
    return problems


def gold_coverage(ws: Workspace) -> tuple[int, int]:
    """(documents with a gold file, documents in the corpus)."""
    docs = ws.documents
    return sum(1 for d in docs if (ws.gold_dir / f"{d}.json").is_file()), len(docs)
