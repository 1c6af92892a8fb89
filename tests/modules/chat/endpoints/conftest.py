"""Shared set-up for the socket tests (WebsocketCommunicator under anyio)."""

from __future__ import annotations

import pytest
from asgiref.sync import SyncToAsync
from django.db import connections

from modules.chat.api.writer import close_writers


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(autouse=True)
def _close_socket_test_connections(request):
    yield
    if request.node.get_closest_marker("anyio") is None:
        return
    # The consumers' database work ran in asgiref's single worker thread; close that
    # thread's connection so the test database can be dropped at the end.
    SyncToAsync.single_thread_executor.submit(connections.close_all).result()
    # The message writer's lanes (PostgreSQL) hold their own connections on their own threads.
    close_writers()
