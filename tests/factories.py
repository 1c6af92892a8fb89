"""Shared factories (module-specific ones live in tests/modules/<name>/factories.py)."""
