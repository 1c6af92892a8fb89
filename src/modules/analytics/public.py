"""What other modules may use from analytics."""

from __future__ import annotations

from modules.accounts.public import do_not_sell_user_ids

__all__ = ["third_party_shareable"]


def third_party_shareable(user_ids: list[int]) -> list[int]:
    """The given people less those who asked not to have their data sold or shared (CCPA).

    Any export of per-person data to a third party (an ad network, a data broker, a marketing
    tool) must pass its audience through here; today there is none, and the staff reports carry
    no per-person rows."""
    excluded = do_not_sell_user_ids()
    return [u for u in user_ids if u not in excluded]
