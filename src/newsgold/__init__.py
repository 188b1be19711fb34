"""newsgold: a gold-annotated news corpus for quotes, claims and stance, and the tools to score
extractors against it.

The public API is re-exported here; modules behind it are implementation detail.  Nothing heavy
(datasets, scikit-learn, the Label Studio SDK) is imported at package import time.
"""

from newsgold.corpus import Document, corpus_hash, load_corpus, load_documents
from newsgold.schema import (
    DOCUMENT_HOLDER,
    Claim,
    DocAnnotation,
    Entity,
    Quote,
    Source,
    Stance,
    Target,
)
from newsgold.store import (
    load_annotations,
    load_entities,
    load_gold,
    load_targets,
    write_annotation_dir,
    write_jsonl,
)
from newsgold.validate import Problem, ValidationError

__version__ = "0.1.0"

__all__ = [
    "DOCUMENT_HOLDER",
    "Claim",
    "DocAnnotation",
    "Document",
    "Entity",
    "Problem",
    "Quote",
    "Source",
    "Stance",
    "Target",
    "ValidationError",
    "__version__",
    "corpus_hash",
    "load_annotations",
    "load_corpus",
    "load_documents",
    "load_entities",
    "load_gold",
    "load_targets",
    "write_annotation_dir",
    "write_jsonl",
]
