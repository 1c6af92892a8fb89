"""A random but reproducible platform history for the analytics tests: people signing up from
several sources, sessions in every state, cancellations by either side, ledger lines, premium
payments, payouts, ratings and messages, spread over a window around the reported range."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from allauth.account.models import EmailAddress

from core.identity import Role
from modules.accounts.models import FriendProfile, SignupSource, User
from modules.billing.models import LedgerEntry, Payout, PremiumPayment, Subscription
from modules.booking.models import Session, SessionTransition
from modules.chat.models import Conversation, Message
from modules.feedback.models import Rating
from modules.matching.models import MatchDecision
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion
from tests.modules.billing.factories import PlanFactory

WINDOW_START = datetime(2030, 3, 1, tzinfo=UTC)
WINDOW_END = datetime(2030, 6, 3, tzinfo=UTC)
SOURCES = ["google", "newsletter", "partner", None]  # None: no SignupSource row ("direct")
STATUSES = ["booked", "in_progress", "completed", "completed", "cancelled", "no_show_user", "no_show_friend"]
SUB_STATES = ["trialing", "active", "past_due", "canceled", "incomplete"]


@dataclass
class History:
    users: list[User]
    friends: list[User]


def _at(rng: random.Random) -> datetime:
    span = (WINDOW_END - WINDOW_START).total_seconds()
    return WINDOW_START + timedelta(seconds=int(rng.random() * span))


def populate(seed: int, *, users: int = 40, friends: int = 5, sessions: int = 150) -> History:
    rng = random.Random(seed)
    people = User.objects.bulk_create(
        [User(email=f"a{seed}-{i}@example.com", role=Role.USER, date_joined=_at(rng)) for i in range(users)]
    )
    helpers = User.objects.bulk_create(
        [User(email=f"f{seed}-{i}@example.com", role=Role.FRIEND, date_joined=_at(rng)) for i in range(friends)]
    )
    # A staff member who signed up in the range: not part of the funnel.
    User.objects.create(email=f"m{seed}@example.com", role=Role.MANAGER, date_joined=WINDOW_START + timedelta(days=40))
    FriendProfile.objects.bulk_create([FriendProfile(user=f, weekly_capacity=rng.choice([0, 5, 10])) for f in helpers])

    version = QuestionnaireVersion.objects.order_by("number").first() or QuestionnaireVersion.objects.create(
        number=999, questions=[], is_current=False
    )
    plan = PlanFactory()
    for i, u in enumerate(people):
        source = rng.choice(SOURCES)
        if source:
            SignupSource.objects.create(user=u, source=source, utm_source=source, created_at=u.date_joined)
        if rng.random() < 0.7:
            EmailAddress.objects.create(user=u, email=u.email, verified=rng.random() < 0.8, primary=True)
        if rng.random() < 0.6:
            QuestionnaireAnswers.objects.create(user=u, version=version, answers=[])
        for f in rng.sample(helpers, rng.randint(0, min(2, len(helpers)))):
            MatchDecision.objects.create(
                user=u, friend=f, decision=rng.choice(["accepted", "declined", "passed"]), decided_at=_at(rng)
            )
        for k in range(rng.choice([0, 0, 1, 2])):
            trial_end = rng.choice([None, _at(rng)])
            period_end = rng.choice([None, _at(rng) + timedelta(days=rng.randint(0, 60))])
            Subscription.objects.create(
                user=u,
                plan=plan,
                stripe_subscription_id=f"sub_{seed}_{i}_{k}",
                status=rng.choice(SUB_STATES),
                current_period_end=period_end,
                trial_end=trial_end,
                synced_at=WINDOW_END,
            )

    # Sessions in distinct two-hour slots (exclusion constraints forbid overlaps), 30-90 minutes.
    slots = rng.sample(range(int((WINDOW_END - WINDOW_START) / timedelta(hours=2))), sessions)
    rows = []
    for slot in slots:
        start = WINDOW_START + timedelta(hours=2 * slot)
        rows.append(
            Session(
                user=rng.choice(people),
                friend=rng.choice(helpers),
                session_type=rng.choice(["text", "voice", "video"]),
                start=start,
                end=start + timedelta(minutes=rng.choice([30, 45, 60, 90])),
                status=rng.choice([*STATUSES, "pending_payment"]),
                price_minor=rng.choice([1000, 3000]),
            )
        )
    made = Session.objects.bulk_create(rows)
    transitions = []
    for s in made:
        if s.status == "cancelled":
            actor = rng.choice([s.user_id, s.friend_id, None])
            at = s.start - timedelta(hours=rng.choice([1, 23, 25, 100, 200, 400]))
            transitions.append(
                SessionTransition(session=s, from_status="booked", to_status="cancelled", actor_id=actor, at=at)
            )
    SessionTransition.objects.bulk_create(transitions)

    ledger, premium, payouts, ratings = [], [], [], []
    for n, s in enumerate(made):
        if s.status == "completed":
            for account, amount in (("revenue", -s.price_minor), ("friend", s.price_minor - 200), ("fees", 200)):
                ledger.append(
                    LedgerEntry(
                        journal=f"earning:{s.pk}",
                        entry_key=f"earning:session:{s.pk}",
                        account=account,
                        friend_id=s.friend_id,
                        amount_minor=amount,
                        currency=rng.choice(["usd", "eur"]),
                        kind="earning",
                        session_id=s.pk,
                        available_at=s.end,
                        created_at=s.end + timedelta(minutes=rng.randint(0, 3000)),
                    )
                )
            if rng.random() < 0.7:
                ratings.append(
                    Rating(
                        session_id=s.pk,
                        rater_id=s.user_id,
                        ratee_id=s.friend_id,
                        rater_side="user",
                        stars=rng.randint(1, 5),
                        counted=True,
                        created_at=s.end + timedelta(hours=rng.randint(0, 100)),
                    )
                )
            if rng.random() < 0.3:
                ratings.append(
                    Rating(
                        session_id=s.pk,
                        rater_id=s.friend_id,
                        ratee_id=s.user_id,
                        rater_side="friend",
                        stars=rng.randint(1, 5),
                        counted=False,
                        created_at=s.end + timedelta(hours=1),
                    )
                )
            if rng.random() < 0.2:
                ledger.append(
                    LedgerEntry(
                        journal=f"refund:{s.pk}",
                        entry_key=f"refund:session:{s.pk}",
                        account="friend",
                        friend_id=s.friend_id,
                        amount_minor=-rng.randint(100, 800),
                        currency="usd",
                        kind=rng.choice(["refund", "chargeback"]),
                        session_id=s.pk,
                        available_at=s.end,
                        created_at=_at(rng),
                    )
                )
        if rng.random() < 0.3:
            created = _at(rng)
            premium.append(
                PremiumPayment(
                    session_id=s.pk,
                    user_id=s.user_id,
                    friend_id=s.friend_id,
                    amount_minor=s.price_minor,
                    currency=rng.choice(["usd", "eur"]),
                    status=rng.choice([c.value for c in PremiumPayment.Status]),
                    stripe_payment_intent_id=f"pi_{seed}_{n}",
                    refunded_minor=rng.choice([0, 0, 500]),
                    disputed=rng.random() < 0.2,
                    expires_at=created + timedelta(minutes=30),
                    created_at=created,
                    updated_at=created,
                )
            )
    for n in range(20):
        created = _at(rng)
        payouts.append(
            Payout(
                friend=rng.choice(helpers),
                amount_minor=rng.randint(1000, 9000),
                currency=rng.choice(["usd", "eur"]),
                status=rng.choice(["pending", "paid", "failed"]),
                idempotency_key=f"po_{seed}_{n}",
                created_at=created,
            )
        )
    LedgerEntry.objects.bulk_create(ledger)
    PremiumPayment.objects.bulk_create(premium)
    Payout.objects.bulk_create(payouts)
    Rating.objects.bulk_create(ratings)

    conversations = Conversation.objects.bulk_create(
        [Conversation(kind="direct", key=f"direct:{seed}:{i}") for i in range(6)]
    )
    messages = []
    for c in conversations:
        for seq in range(1, rng.randint(0, 25) + 1):
            messages.append(
                Message(
                    conversation=c,
                    seq=seq,
                    sender=rng.choice(people + helpers),
                    client_id=f"c{seq}",
                    body="hello",
                    created_at=_at(rng),
                )
            )
    Message.objects.bulk_create(messages)
    return History(users=people, friends=helpers)
