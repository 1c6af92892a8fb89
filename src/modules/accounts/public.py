"""What other modules and the entry points may use from accounts."""

from modules.accounts.auth import AccessTokenAuth, actor_of
from modules.accounts.repositories.offers import (
    FriendOffer,
    account_created_at,
    display_names,
    email_of,
    friend_offer,
)
from modules.accounts.services.demo import demo_accounts_ensure, demo_friend_ids

__all__ = [
    "AccessTokenAuth",
    "FriendOffer",
    "account_created_at",
    "actor_of",
    "demo_accounts_ensure",
    "demo_friend_ids",
    "display_names",
    "email_of",
    "friend_offer",
]
