"""The one guard every module's `dependencies.py` needs."""

from __future__ import annotations

from typing import Any

from dependency_injector.wiring import Provide


def wired(value: Any, *, port: str, module: str) -> Any:
    """The provider's value, or a loud error if the module was never wired to the container.

    Without it an unwired module would pass a `Provide[...]` marker around as if it were a port."""
    if isinstance(value, Provide):
        raise RuntimeError(f"{module} is not wired to the container ({port})")
    return value
