"""Per-document stores kept flat (one byte string, a temporary file, arrays), not as a Python
object each, so memory does not grow with the corpus: used by scoring and runs alike, and
depending on neither."""
