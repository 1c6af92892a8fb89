"""The ports accounts uses, resolved from the composition root by dependency-injector wiring.

The string markers name the container's providers, so this module never imports entrypoints;
`entrypoints.container.get_container()` wires it at start-up, and tests override the providers.
"""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.ports.media import MediaStorage


@inject
def media_storage(storage: MediaStorage = Provide["media"]) -> MediaStorage:
    if isinstance(storage, Provide):  # not wired: fail loudly instead of passing a marker around
        raise RuntimeError("modules.accounts.dependencies is not wired to the container")
    return storage
