from __future__ import annotations

from datetime import timedelta

from modules.booking.models import Session
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory


def live_session(*, session_type: str = "video", status: str = "in_progress", **kwargs) -> Session:
    """A session in progress at tests.clock.NOW (started ten minutes ago, fifty to go)."""
    return SessionFactory(
        user=kwargs.pop("user", None) or UserFactory(),
        friend=kwargs.pop("friend", None) or FriendFactory(),
        session_type=session_type,
        status=status,
        start=NOW - timedelta(minutes=10),
        end=NOW + timedelta(minutes=50),
        **kwargs,
    )
