"""Notifications: people's devices, and an outbox that delivers push (and email) once each.

Other modules call `public.notify(...)` inside their transaction; the row commits with their
change, and a Celery task delivers it after commit. A stable `key` makes notifying twice
about the same thing a no-op.
"""
