"""The registry of annotation layers: the one place that lists them.

>>> [layer.name for layer in registry]
['quotes', 'claims', 'stances']

Order is registration order, and it is the order of keys in annotation files, of sections in
reports and of results pushed to Label Studio.  ``register`` a :class:`Layer` to add one (a
plugin or a test can, without editing newsgold); ``unregister`` takes it out again.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgold.layers.base import Layer

# Per-row scoring hooks of span layers, retired when scoring moved to per-corpus arrays: a plug-in that still
# defines one would have it ignored, so registering it is refused instead.
RETIRED_HOOKS = {"doc_start": "doc_head", "matched_row": "pair_counts", "unmatched_row": "pair_counts", "doc_end": "doc_tail"}


class Registry:
    def __init__(self) -> None:
        self._layers: dict[str, Layer] = {}
        self.version = 0  # bumped on every change: caches derived from the layers key on it

    def register(self, layer: Layer) -> Layer:
        if not layer.name or layer.name in self._layers:
            raise ValueError(f"layer name {layer.name!r} is empty or already registered")
        retired = [f"{old} (now {new})" for old, new in RETIRED_HOOKS.items() if hasattr(layer, old)]
        if retired:
            raise ValueError(f"layer {layer.name!r} defines scoring hooks newsgold no longer calls: {', '.join(retired)}")
        self._layers[layer.name] = layer
        self.version += 1
        return layer

    def unregister(self, name: str) -> None:
        del self._layers[name]
        self.version += 1

    def __iter__(self) -> Iterator[Layer]:
        return iter(list(self._layers.values()))

    def __contains__(self, name: object) -> bool:
        return name in self._layers

    def __getitem__(self, name: str) -> Layer:
        return self._layers[name]

    def get(self, name: str) -> Layer | None:
        return self._layers.get(name)

    def names(self) -> tuple[str, ...]:
        return tuple(self._layers)


registry = Registry()
register = registry.register
unregister = registry.unregister

from newsgold.layers import claims, quotes, stances  # noqa: E402  (after the registry: they may import it)

register(quotes.LAYER)
register(claims.LAYER)
register(stances.LAYER)

__all__ = ["Layer", "Registry", "register", "registry", "unregister"]
