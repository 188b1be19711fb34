"""Connect a newsgold ML backend to a project, and ask Label Studio to call it.

Connecting is idempotent: earlier newsgold backends of the project (described as
:data:`DESCRIPTION`, e.g. from a previous ``annotate --model`` on another port) are removed, so
the project has one backend, the running one.  The backend is titled with its model version
(``quotes@4``): Label Studio selects a project's pre-annotations by a backend title or a stored
model version, and both are then the same.  The project is set to evaluate predictions
automatically and to show them: opening a task without a prediction makes Label Studio call
``/predict`` and show the suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgold.labelstudio.client import Client, LSError

DESCRIPTION = "newsgold ML backend (ls serve-model)"


@dataclass(frozen=True)
class Connected:
    backend_id: int
    removed: tuple[int, ...]  # earlier newsgold backends deleted


def connect_backend(client: Client, project_id: int, url: str, model_version: str, timeout: float = 100.0) -> Connected:
    """Register the backend at ``url`` with the project (Label Studio checks /health and /setup)."""
    with client.errors(f"listing the ML backends of project {project_id}"):
        existing = list(client.sdk.ml.list(project=project_id))
    removed = []
    for backend in existing:
        if backend.description == DESCRIPTION or backend.url == url:
            with client.errors(f"removing the earlier ML backend {backend.id} ({backend.url})"):
                client.sdk.ml.delete(id=backend.id)
            removed.append(backend.id)
    with client.errors(f"connecting the ML backend {url} to project {project_id}"):
        created = client.sdk.ml.create(
            project=project_id,
            url=url,
            title=model_version,
            description=DESCRIPTION,
            is_interactive=False,
            auto_update=True,
            timeout=timeout,
        )
    state = str(getattr(created, "state", "") or "")
    if state.endswith(("ER", "DI")) or state.upper() in ("ERROR", "DISCONNECTED"):
        raise LSError(
            f"Label Studio could not reach the ML backend at {url} (state {state}): {getattr(created, 'error_message', '') or 'no message'}"
        )
    with client.errors(f"enabling predictions of {model_version} on project {project_id}"):
        client.sdk.projects.update(
            id=project_id, evaluate_predictions_automatically=True, show_collab_predictions=True, model_version=model_version
        )
    return Connected(created.id, tuple(removed))


def retrieve_predictions(client: Client, project_id: int, task_ids: list[int] | None = None) -> Any:
    """The Data Manager's "Retrieve Predictions" on all tasks (or these): Label Studio calls the backend."""
    selected: dict[str, Any] = {"all": True, "excluded": []} if task_ids is None else {"all": False, "included": task_ids}
    with client.errors(f"retrieving predictions for project {project_id}"):
        return client.sdk.actions.create(id="retrieve_tasks_predictions", project=project_id, selected_items=selected)
