"""Bounded contexts. Each module meets the others only through its `public` module."""
