"""What other modules and the entry points may use from accounts."""

from modules.accounts.auth import AccessTokenAuth, actor_of
from modules.accounts.repositories.contacts import contact_email
from modules.accounts.repositories.offers import FriendOffer, account_created_at, display_names, friend_offer
from modules.accounts.services.demo import demo_accounts_ensure

__all__ = [
    "AccessTokenAuth",
    "FriendOffer",
    "account_created_at",
    "actor_of",
    "contact_email",
    "demo_accounts_ensure",
    "display_names",
    "friend_offer",
]
