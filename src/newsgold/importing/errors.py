"""Why an import was refused: each error names the source file, the line (or row), the field.

Nothing is written when one is raised: every source is read and checked before the one write
of ``corpus/data/documents.jsonl``.
"""

from __future__ import annotations

from newsgold.errors import NewsgoldError
from newsgold.validate import Problem, ValidationError


class SourceError(NewsgoldError):
    """A document of a source that cannot be imported (subclasses say why)."""

    def __init__(
        self,
        file: str,
        message: str,
        *,
        line: int | None = None,
        row: int | None = None,
        field: str | None = None,
        item: str | None = None,
        remedy: str | None = None,
    ):
        self.file, self.line, self.row, self.field, self.item = file, line, row, field, item
        self.detail = message
        where = file + (f":{line}" if line is not None else "") + (f": row {row}" if row is not None else "")
        parts = [where]
        if item:
            parts.append(item)
        if field:
            parts.append(f"field {field}")
        super().__init__(": ".join(parts) + f": {message}", remedy=remedy)


class UnknownSourceError(SourceError):
    """A path that is none of the kinds ``import`` reads (or does not exist)."""


class EmptySourceError(SourceError):
    """A source file that holds no document at all (empty, or a header only): a mistake, not a no-op."""


class InvalidUtf8Error(SourceError):
    """Bytes that are not UTF-8 (the byte offset is in the message)."""


class ByteOrderMarkRefused(SourceError):
    """A UTF-8 byte order mark: it would become the first character of the text and shift every offset."""


class NulCharacterRefused(SourceError):
    """A NUL character in a text (a sign of UTF-16 or binary data)."""


class MissingFieldError(SourceError):
    """A record without the text field (or the ``--id-field``)."""


class BadRecordError(SourceError):
    """A record that is not an object of fields (malformed JSON, a text that is not a string)."""


class EmptyTextError(SourceError):
    """A document whose text is empty or only whitespace."""


class DuplicateIdError(SourceError):
    """Two new documents with the same doc_id."""


class ChangedTextRefused(SourceError):
    """A new text for a doc_id the corpus already has: its annotations' offsets would break."""


class HtmlExtraMissingError(SourceError):
    """An HTML page given without the optional extra ``newsgold[html]`` (trafilatura) installed."""


class UndecodablePageError(SourceError):
    """A saved page whose bytes are not in its declared (or the default UTF-8) encoding, or an unknown charset."""


class BadPageError(SourceError):
    """A page file that cannot be read as a page at all (a damaged ``.html.gz``)."""


class SourceErrors(ValidationError):
    """Several files of a folder refused at once, each a problem naming its file (printed as
    ``validate`` prints its problems)."""

    def __init__(self, errors: list[SourceError]):
        self.errors = errors
        super().__init__([Problem(e.file, e.detail, line=e.line, item=e.item, field=e.field) for e in errors])
