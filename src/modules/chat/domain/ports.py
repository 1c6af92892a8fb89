"""What chat needs from the outside world, as Protocols (adapters implement them)."""

from __future__ import annotations

from core.ports.presence import PresenceStore

__all__ = ["PresenceStore"]
