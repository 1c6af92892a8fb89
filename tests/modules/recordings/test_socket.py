"""Both participants' open chat sockets see a recording start and stop, without asking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.db import connections

from core.identity import Actor, Role
from modules.recordings.services import recordings as services
from tests.clock import NOW
from tests.modules.chat.factories import Socket, access_token
from tests.modules.recordings.factories import live_session

pytestmark = [pytest.mark.anyio, pytest.mark.django_db(transaction=True)]


async def test_both_sockets_hear_the_recording_start_and_stop(fakes):
    session = await database_sync_to_async(live_session)()
    user = Actor(user_id=session.user_id, role=Role.USER)
    friend = Actor(user_id=session.friend_id, role=Role.FRIEND)
    a = await Socket.open(access_token(session.user), resume={})
    b = await Socket.open(access_token(session.friend), resume={})

    consent = database_sync_to_async(services.recording_consent)
    await consent(actor=user, session_id=session.pk, now=NOW, recorder=fakes.recorder, rtc=fakes.rtc)
    await consent(actor=friend, session_id=session.pk, now=NOW, recorder=fakes.recorder, rtc=fakes.rtc)
    await database_sync_to_async(services.recording_stop)(
        actor=friend, session_id=session.pk, now=NOW, recorder=fakes.recorder, media=fakes.media, retention=timedelta(1)
    )
    for socket in (a, b):
        events = await socket.collect("recording", 3)
        assert [e["state"] for e in events] == ["requested", "recording", "ready"]
        assert {e["session_id"] for e in events} == {session.pk}
        assert events[1]["user_consented"]
        assert events[1]["friend_consented"]
    await a.close()
    await b.close()
    # The services ran in the sync worker thread: let go of its connection before teardown.
    await database_sync_to_async(connections.close_all)()
