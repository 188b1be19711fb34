"""Inter-annotator agreement of a Label Studio project, computed by our scoring engine.

The community edition has no agreement API, and its notion of agreement is not ours anyway:
the project is exported, each annotator's annotations become an annotation set (validated as
a pull validates them), and :func:`newsgold.scoring.agreement.agreement` compares them, so the
figures equal ``newsgold agreement`` run on the same sets pulled to disk.

With ``with_model``, the project's predictions (one set per model version) are compared with
each annotator as well: those pairs sit next to the annotator pairs (``model:<version>`` in the
matrix), so anchoring on the pre-annotations is visible.  Alphas stay annotator-only.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsgold.corpus import Document
from newsgold.labelstudio.client import Client, LSError
from newsgold.labelstudio.config import Vocab
from newsgold.labelstudio.pull import collect
from newsgold.schema import Entity
from newsgold.scoring.agreement import AgreementReport, agreement

MODEL_PREFIX = "model:"


def project_agreement(
    client: Client, title: str, docs: Mapping[str, Document], entities: list[Entity], vocab: Vocab, with_model: bool | str = False
) -> AgreementReport:
    """Agreement between the annotators of project ``title`` (pairwise on the tasks both annotated).

    ``with_model``: True (every model version on the tasks) or one model version.
    """
    project = client.project(title)
    tasks = client.export(project.id)
    pulled = collect(tasks, docs, vocab)
    if not with_model:
        if len(pulled.sets) < 2:
            who = ", ".join(pulled.sets) or "nobody"
            raise LSError(f"agreement needs at least two annotators; project {title!r} has annotations by {who}")
        return agreement(pulled.sets, docs, entities)
    version = None if with_model is True else with_model
    models = collect(tasks, docs, vocab, predictions=True, model_version=version).sets
    if not models:
        raise LSError(
            f"project {title!r} has no predictions{f' of model version {version!r}' if version else ''}: "
            "connect a model (`newsgold annotate --model SPEC`) and open or retrieve tasks first"
        )
    if not pulled.sets:
        raise LSError(f"project {title!r} has no submitted annotations to compare the model with")
    annotators = sorted(pulled.sets)
    if len(annotators) >= 2:
        report = agreement(pulled.sets, docs, entities)
    else:
        report = AgreementReport(list(annotators), [])
    for name in sorted(models):
        label = f"{MODEL_PREFIX}{name}"
        for annotator in annotators:
            report.pairs.extend(agreement({annotator: pulled.sets[annotator], label: models[name]}, docs, entities).pairs)
        report.annotators.append(label)
    return report
