"""Entry points: HTTP API, ASGI app, Celery tasks, management commands, and the
composition root (container.py) that wires real or fake adapters into the modules."""
