"""Inter-annotator agreement of a Label Studio project, computed by our scoring engine.

The community edition has no agreement API, and its notion of agreement is not ours anyway:
the project is exported, each annotator's annotations become an annotation set (validated as
a pull validates them), and :func:`newsgold.scoring.agreement.agreement` compares them, so the
figures equal ``newsgold agreement`` run on the same sets pulled to disk.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsgold.corpus import Document
from newsgold.labelstudio.client import Client, LSError
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.pull import collect
from newsgold.schema import Entity
from newsgold.scoring.agreement import AgreementReport, agreement


def project_agreement(client: Client, title: str, docs: Mapping[str, Document], entities: list[Entity], vocab: Vocab) -> AgreementReport:
    """Agreement between the annotators of project ``title`` (pairwise on the tasks both annotated)."""
    project = client.project(title)
    pulled = collect(client.export(project.id), docs, vocab)
    if len(pulled.sets) < 2:
        who = ", ".join(pulled.sets) or "nobody"
        raise LSError(f"agreement needs at least two annotators; project {title!r} has annotations by {who}")
    return agreement(pulled.sets, docs, entities)
