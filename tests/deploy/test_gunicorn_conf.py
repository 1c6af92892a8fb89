"""deploy/gunicorn.conf.py: the choices the HTTP figures in docs/performance.md depend on."""

from __future__ import annotations

import gc
import runpy
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"


def test_workers_get_their_own_listening_socket_and_are_rarely_recycled(monkeypatch):
    for name in ("WEB_REUSE_PORT", "WEB_MAX_REQUESTS", "WEB_THREADS"):
        monkeypatch.delenv(name, raising=False)
    conf = runpy.run_path(str(CONF))
    assert conf["worker_class"] == "gthread"
    assert conf["reuse_port"] is True
    assert conf["max_requests"] >= 100_000
    monkeypatch.setenv("WEB_REUSE_PORT", "false")
    assert runpy.run_path(str(CONF))["reuse_port"] is False


def test_a_booted_worker_freezes_its_start_up_objects():
    post_worker_init = runpy.run_path(str(CONF))["post_worker_init"]
    gc.unfreeze()
    try:
        post_worker_init(worker=None)
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
