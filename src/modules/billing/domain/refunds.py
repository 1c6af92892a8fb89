"""What a cancelled or failed session gives back, following booking's cancellation policy.

Friend or staff cancels, or the friend does not turn up: the user gets everything back (the
included session, or a full refund of a premium payment). The user cancels in time: the
same. The user cancels late (after the friend's notice deadline) or does not turn up: nothing.
"""

from __future__ import annotations

from enum import StrEnum

from core.sessions import SessionSide


class GiveBack(StrEnum):
    FULL = "full"
    NONE = "none"


def on_cancellation(*, by_side: SessionSide, late: bool) -> GiveBack:
    if by_side == SessionSide.USER and late:
        return GiveBack.NONE
    return GiveBack.FULL


def on_no_show(*, absent_side: SessionSide) -> GiveBack:
    return GiveBack.FULL if absent_side == SessionSide.FRIEND else GiveBack.NONE
