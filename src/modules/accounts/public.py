"""What other modules and the entry points may use from accounts."""

from typing import Any

from core import events
from core.identity import Actor
from kit.transactions import after_commit
from modules.accounts import dependencies
from modules.accounts.auth import AccessTokenAuth, actor_of
from modules.accounts.domain.avatar import avatar_key_owned_by
from modules.accounts.domain.emails import REFUSAL_CODES as EMAIL_REFUSAL_CODES
from modules.accounts.domain.emails import mailbox_of
from modules.accounts.identity.adapters import login_locked_out
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
from modules.accounts.repositories.stats import do_not_sell_user_ids, signup_cohort_view, weekly_capacities
from modules.accounts.services import staff as staff_services
from modules.accounts.services.avatar import avatar_url
from modules.accounts.services.demo import demo_accounts_ensure, demo_friend_ids, demo_user_id

__all__ = [
    "EMAIL_REFUSAL_CODES",
    "AccessTokenAuth",
    "FriendListing",
    "FriendOffer",
    "PersonBasics",
    "account_created_at",
    "account_deactivate",
    "account_reactivate",
    "active_friend_listings",
    "actor_of",
    "avatar_key_owned_by",
    "avatar_link",
    "demo_accounts_ensure",
    "demo_friend_ids",
    "demo_user_id",
    "display_names",
    "do_not_sell_user_ids",
    "email_of",
    "friend_offer",
    "login_locked_out",
    "mailbox_of",
    "people_basics",
    "person_basics",
    "personal_data_export",
    "personal_media_keys",
    "signup_cohort_view",
    "weekly_capacities",
]


def avatar_link(avatar_key: str) -> str | None:
    """A short-lived link to show this avatar (None without one); valid for 10 minutes."""
    return avatar_url(avatar_key=avatar_key, storage=dependencies.media_storage())


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_media_keys(user_id: int) -> list[str]:
    """Keys of the person's files in the media store, for their export archive."""
    return _personal_data.media_keys_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Pseudonymise the account for good: no email, name, avatar, password, sign-in or tokens.

    Call inside the erasure's transaction; open sockets close and the avatar objects are deleted
    after it commits. Idempotent."""
    prefix = _personal_data.erase(user_id)
    events.publish(events.AccountDeactivated(user_id=user_id))
    storage = dependencies.media_storage()
    after_commit(lambda: storage.delete_prefix(prefix=prefix))


def account_deactivate(*, actor: Actor, user_id: int, reason: str) -> None:
    """Staff take an account off the platform (staff rules apply: only admins touch staff accounts)."""
    staff_services.user_deactivate(actor=actor, user_id=user_id, reason=reason)


def account_reactivate(*, actor: Actor | None, user_id: int, reason: str) -> None:
    """Let an account in again: by staff (rules apply), or by the system (actor None)."""
    if actor is None:
        staff_services.account_reactivate(user_id)
    else:
        staff_services.user_reactivate(actor=actor, user_id=user_id, reason=reason)
