"""What other modules and the entry points may use from accounts."""

from typing import Any

from django.db import transaction

from core import events
from modules.accounts import dependencies
from modules.accounts.auth import AccessTokenAuth, actor_of
from modules.accounts.repositories import personal_data as _personal_data
from modules.accounts.repositories.directory import (
    FriendListing,
    PersonBasics,
    active_friend_listings,
    people_basics,
    person_basics,
)
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
    "FriendListing",
    "FriendOffer",
    "PersonBasics",
    "account_created_at",
    "active_friend_listings",
    "actor_of",
    "demo_accounts_ensure",
    "demo_friend_ids",
    "display_names",
    "email_of",
    "friend_offer",
    "people_basics",
    "person_basics",
    "personal_data_export",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Pseudonymise the account for good: no email, name, avatar, password, sign-in or tokens.

    Call inside the erasure's transaction; open sockets close and the avatar objects are deleted
    after it commits. Idempotent."""
    prefix = _personal_data.erase(user_id)
    events.publish(events.AccountDeactivated(user_id=user_id))
    storage = dependencies.media_storage()
    transaction.on_commit(lambda: storage.delete_prefix(prefix=prefix))
