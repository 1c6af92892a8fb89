"""A small in-process event bus, so modules can react to each other without importing each other.

A module publishes a fact ("a friend's availability changed"); interested modules subscribe
at start-up (in their handlers.py, connected from their AppConfig.ready). Handlers run
synchronously in the publisher's transaction; anything slow or external must be deferred by the
handler itself (kit.transactions.after_commit). Payloads are typed: closed sets of values are
core enums (tests/architecture/test_event_payloads.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, TypeVar

from core.identity import Role
from core.sessions import PaymentOutcome, SessionSide, SessionStatus, SessionType

E = TypeVar("E")


@dataclass(frozen=True)
class AnswersChanged:
    user_id: int


@dataclass(frozen=True)
class FriendOfferChanged:
    friend_id: int


@dataclass(frozen=True)
class AvailabilityChanged:
    friend_id: int


@dataclass(frozen=True)
class AccountDeactivated:
    user_id: int


@dataclass(frozen=True)
class RoleChanged:
    user_id: int
    role: Role


@dataclass(frozen=True)
class AccountReactivated:
    user_id: int


@dataclass(frozen=True)
class QuestionnairePublished:
    """A new question set is current: answers to older versions no longer count."""

    version: int


@dataclass(frozen=True)
class ProfileChanged:
    """Languages or timezone (what matching reads from a profile) may have changed."""

    user_id: int


@dataclass(frozen=True)
class MessageReported:
    """Someone reported a chat message (chat owns reports; support queues them as safety tickets)."""

    report_id: int
    message_id: int
    reporter_id: int
    reason: str
    note: str


@dataclass(frozen=True)
class StaffActed:
    """A staff member did something to someone else's account or content: the audit log records it.

    Published inside the action's transaction, so the record exists exactly when the action does."""

    actor_id: int
    action: str  # e.g. "account.suspend", "rating.hide"
    target_type: str  # e.g. "user", "rating"
    target_id: int
    reason: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class ErasureRequested:
    """A person proved who they are and asked to be erased (accounts checks; privacy carries it out)."""

    user_id: int
    requested_at: datetime


@dataclass(frozen=True)
class FriendRated:
    """A friend's rating aggregate, as the feedback module computed it (it owns the ratings)."""

    friend_id: int
    average: float
    count: int


@dataclass(frozen=True)
class ContactRequested:
    """Someone is about to contact someone (book them, open a chat). A subscriber may veto it
    by raising a domain error; the caller's transaction then rolls back."""

    from_user_id: int
    to_user_id: int


@dataclass(frozen=True)
class ContactBlocked:
    """`blocker_id` blocked `blocked_id`: from now on neither may contact the other (chat closes
    their direct conversation). Published inside matching's transaction."""

    blocker_id: int
    blocked_id: int


@dataclass(frozen=True)
class ContactUnblocked:
    """The last block between two people was lifted (published only when neither blocks the
    other any more, so a subscriber can reopen what the blocks closed)."""

    user_id: int
    other_id: int


@dataclass(frozen=True)
class MatchAccepted:
    """A user accepted a friend as a match: they can now talk (chat opens their conversation)."""

    user_id: int
    friend_id: int


@dataclass(frozen=True)
class SessionBooked:
    session_id: int
    user_id: int
    friend_id: int


@dataclass(frozen=True)
class SessionStatusChanged:
    """Booking moved a session (from "" when it was created: see `created`). Published inside booking's
    transaction: a handler that raises refuses the change (e.g. billing, when a plan has no
    included session left)."""

    session_id: int
    user_id: int
    friend_id: int
    session_type: SessionType
    start: datetime
    price_minor: int
    currency: str
    from_status: SessionStatus | Literal[""]
    to_status: SessionStatus
    by_side: SessionSide
    late: bool = False  # a user's change after the cancellation deadline
    # The `by_side` person is leaving (erasure, suspension): cancelled as if by them, but the
    # other side is told without their name.
    departure: bool = False

    @property
    def created(self) -> bool:
        """The session was just booked (it had no status before)."""
        return self.from_status == ""


@dataclass(frozen=True)
class MarketingConsentChanged:
    """A person opted in to marketing or withdrew (published inside accounts' transaction).

    The consent is the legal basis; notifications follows it with the marketing channels."""

    user_id: int
    granted: bool


@dataclass(frozen=True)
class SessionRescheduled:
    """A participant moved a booked session (published inside booking's transaction)."""

    session_id: int
    user_id: int
    friend_id: int
    session_type: SessionType
    from_start: datetime
    to_start: datetime
    by_side: SessionSide  # USER or FRIEND


@dataclass(frozen=True)
class RematchRequested:
    """A user passed over their suggestions and asked for new ones (matching records why).
    Published inside matching's transaction; feedback asks its exit survey."""

    user_id: int
    rematch_id: int


@dataclass(frozen=True)
class SubscriptionCancelled:
    """A subscription was cancelled (now, or at the end of its period): billing saw it change from
    running to cancelled in Stripe's copy. Published inside billing's sync transaction, once per change."""

    user_id: int
    subscription_id: int


@dataclass(frozen=True)
class PremiumPaymentSettled:
    """Billing settled the one-off payment of a session pending payment: confirm it or release it."""

    session_id: int
    outcome: PaymentOutcome

    @property
    def succeeded(self) -> bool:
        return self.outcome == PaymentOutcome.SUCCEEDED


@dataclass(frozen=True)
class EventSeatPaymentSettled:
    """Billing settled the one-off payment of a group-event seat pending payment: confirm it or release it."""

    seat_id: int
    outcome: PaymentOutcome

    @property
    def succeeded(self) -> bool:
        return self.outcome == PaymentOutcome.SUCCEEDED


_handlers: dict[type, list[Callable[[Any], None]]] = defaultdict(list)


def subscribe(event_type: type[E], handler: Callable[[E], None]) -> None:
    if handler not in _handlers[event_type]:
        _handlers[event_type].append(handler)


def publish(event: object) -> None:
    for handler in list(_handlers.get(type(event), ())):
        handler(event)


def unsubscribe_all() -> None:
    """For tests that need a clean bus."""
    _handlers.clear()
