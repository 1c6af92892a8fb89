"""Demo history for `make run`, so the staff reports (/api/admin/stats) have something to show:
sign-ups from several sources over the last two months with their consents and funnel steps,
past sessions in every outcome with who cancelled and when, the ledger lines and ratings of the
completed ones, and a conversation's messages. Only past, finished sessions: nothing here holds
anyone's time.

Idempotent: it does nothing once the history exists (the demo leads are its marker).
"""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db.models import F
from django.utils import timezone

from modules.accounts.models import Consent, Profile, SignupSource, User
from modules.billing.models import LedgerEntry
from modules.booking.models import Session, SessionTransition
from modules.chat.models import Conversation, Message
from modules.chat.public import conversation_ensure_direct
from modules.feedback.models import Rating
from modules.matching.models import MatchDecision
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion

LEADS = 16
SOURCES = ["google", "newsletter", "partner.example", "direct"]
OUTCOMES = ["completed", "completed", "completed", "cancelled", "completed", "no_show_user", "no_show_friend"]


def demo_history_ensure(friend_ids: list[int]) -> list[str]:
    if not friend_ids or User.objects.filter(email="lead0@demo.humanlink.local").exists():
        return ["exists  demo history"]
    now = timezone.now().replace(microsecond=0)
    version = QuestionnaireVersion.objects.filter(is_current=True).first()
    leads = []
    for n in range(LEADS):
        joined = now - timedelta(days=3 + n * 3, hours=n)
        user = User.objects.create_user(f"lead{n}@demo.humanlink.local", None, date_joined=joined)
        Profile.objects.filter(user=user).update(display_name=f"Lead {n}")
        source = SOURCES[n % len(SOURCES)]
        SignupSource.objects.create(
            user=user, source=source, utm_source="" if source == "direct" else source, created_at=joined
        )
        for kind in ("terms", "privacy"):
            Consent.objects.create(user=user, kind=kind, granted=True, version="2026-01", source="signup", at=joined)
        Consent.objects.create(user=user, kind="marketing", granted=n % 3 == 0, source="signup", at=joined)
        if n % 4 != 3:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        if version is not None and n % 2 == 0:
            QuestionnaireAnswers.objects.create(user=user, version=version, answers=[])
        if n % 3 == 0:
            MatchDecision.objects.get_or_create(
                user=user,
                friend_id=friend_ids[n % len(friend_ids)],
                defaults={"decision": "accepted", "decided_at": joined},
            )
        leads.append(user)

    people = [*leads[::2], *User.objects.filter(email="user@demo.humanlink.local")]
    made = 0
    for day in range(1, 57):
        user, friend_id = people[day % len(people)], friend_ids[day % len(friend_ids)]
        start = (now - timedelta(days=day)).replace(hour=9 + day % 8, minute=0, second=0)
        status = OUTCOMES[day % len(OUTCOMES)]
        session = Session.objects.create(
            user=user,
            friend_id=friend_id,
            session_type=["video", "voice", "text"][day % 3],
            start=start,
            end=start + timedelta(minutes=30 if day % 2 else 60),
            status=status,
            price_minor=2500,
            currency="usd",
        )
        SessionTransition.objects.create(session=session, to_status="booked", actor=user, at=start - timedelta(days=4))
        if status == "cancelled":
            by = user.pk if day % 2 else friend_id
            SessionTransition.objects.create(
                session=session,
                from_status="booked",
                to_status="cancelled",
                actor_id=by,
                reason="demo history",
                at=start - timedelta(hours=6 if day % 4 else 72),
            )
        elif status != "booked":
            SessionTransition.objects.create(session=session, from_status="booked", to_status=status, at=session.end)
        if status == "completed":
            for account, amount in (("revenue", -2500), ("friend", 2000), ("fees", 500)):
                LedgerEntry.objects.create(
                    journal=f"earning:session:{session.pk}",
                    entry_key=f"earning:session:{session.pk}",
                    account=account,
                    friend_id=friend_id,
                    amount_minor=amount,
                    currency="usd",
                    kind="earning",
                    session_id=session.pk,
                    available_at=session.end + timedelta(days=7),
                    created_at=session.end,
                )
            Rating.objects.create(
                session_id=session.pk,
                rater=user,
                ratee_id=friend_id,
                rater_side="user",
                stars=3 + day % 3,
                counted=True,
                created_at=session.end + timedelta(hours=2),
            )
        made += 1

    # A conversation with some history; its sequence moves past the inserted messages.
    demo_user = people[-1]
    conversation_id = conversation_ensure_direct(user_id=demo_user.pk, friend_id=friend_ids[0])
    conversation = Conversation.objects.get(pk=conversation_id)
    base = conversation.last_seq
    for i in range(30):
        Message.objects.create(
            conversation=conversation,
            seq=base + i + 1,
            sender_id=demo_user.pk if i % 2 else friend_ids[0],
            client_id=f"demo-history-{i}",
            body=["How was your week?", "Busy, but good!", "Same time next week?"][i % 3],
            created_at=now - timedelta(days=30 - i, hours=2),
        )
    Conversation.objects.filter(pk=conversation_id).update(last_seq=F("last_seq") + 30)
    return [f"created demo history: {LEADS} sign-ups, {made} past sessions, 30 messages"]
