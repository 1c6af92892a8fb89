"""The Django admin: every model is there, staff roles decide access, money and history rows are
read-only, personal data is for admins only, and list pages cost constant SQL."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from modules.accounts.models import User
from modules.billing.models import LedgerEntry, Payout, PremiumPayment, ProcessedEvent, ProviderRequest
from modules.booking.models import Session, SessionTransition
from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from modules.notifications.models import Notification
from modules.personality.models import QuestionnaireAnswers
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db
_seq = itertools.count(1)


def _project_models():
    return [m for m in apps.get_models() if m.__module__.startswith("modules.")]


def _changelist(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(role="admin", is_staff=True))
    return client


@pytest.fixture
def manager_client(client):
    client.force_login(UserFactory(role="manager", is_staff=True))
    return client


def test_every_model_of_every_module_is_registered():
    missing = [m.__name__ for m in _project_models() if m not in admin.site._registry]
    assert not missing, f"not in the Django admin: {missing}"


# What managers may not even look at in the admin site.
ADMINS_ONLY = {"moderation.AuditEntry"}


@pytest.mark.parametrize("model", _project_models(), ids=lambda m: m.__name__)
def test_each_list_opens_for_admins_and_managers_and_for_nobody_else(client, model):
    url = _changelist(model)
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(UserFactory(role="user", is_staff=True))  # a staff flag without a staff role
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(role="manager", is_staff=True))
    assert client.get(url).status_code == (403 if model._meta.label in ADMINS_ONLY else 200)
    client.force_login(UserFactory(role="admin", is_staff=True))
    assert client.get(url).status_code == 200


READ_ONLY = [LedgerEntry, Payout, PremiumPayment, ProcessedEvent, ProviderRequest, Session, SessionTransition, Message]


@pytest.mark.parametrize("model", READ_ONLY, ids=lambda m: m.__name__)
def test_money_events_and_history_are_read_only_even_for_admins(admin_client, model):
    model_admin = admin.site._registry[model]
    request = admin_client.get(_changelist(model)).wsgi_request
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    add_url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    assert admin_client.post(add_url, {}).status_code == 403


def test_ledger_rows_cannot_be_changed_through_the_change_form(admin_client):
    friend = FriendFactory()
    entry = LedgerEntry.objects.create(
        journal="j", entry_key="k", account="friend", friend=friend, amount_minor=100, currency="usd",
        kind="earning", available_at=NOW, created_at=NOW,
    )  # fmt: skip
    url = reverse("admin:billing_ledgerentry_change", args=[entry.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert b'name="_save"' not in page.content
    admin_client.post(url, {"amount_minor": 999999})
    entry.refresh_from_db()
    assert entry.amount_minor == 100


def test_emails_are_shown_to_admins_and_hidden_from_managers(client):
    person = UserFactory(email="private.person@example.com")
    url = _changelist(type(person))
    client.force_login(UserFactory(role="admin", is_staff=True))
    assert b"private.person@example.com" in client.get(url).content
    client.force_login(UserFactory(role="manager", is_staff=True))
    listing = client.get(url)
    assert b"private.person@example.com" not in listing.content
    assert b"private.person@example.com" not in client.get(url, {"q": "private.person"}).content
    change = client.get(reverse("admin:accounts_user_change", args=[person.pk]))
    assert change.status_code == 200
    assert b"private.person@example.com" not in change.content


def test_message_text_is_for_admins_only(client):
    user, friend = UserFactory(), FriendFactory()
    conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    message = Message.objects.create(
        conversation_id=conversation, seq=1, sender=friend, client_id="c1", body="a very private sentence",
        created_at=NOW,
    )  # fmt: skip
    url = reverse("admin:chat_message_change", args=[message.pk])
    client.force_login(UserFactory(role="manager", is_staff=True))
    assert b"a very private sentence" not in client.get(url).content
    client.force_login(UserFactory(role="admin", is_staff=True))
    assert b"a very private sentence" in client.get(url).content


def test_questionnaire_answers_never_show_their_content(admin_client):
    from tests.modules.matching.factories import answer

    person = UserFactory()
    answer(person)
    row = QuestionnaireAnswers.objects.get(user=person)
    page = admin_client.get(reverse("admin:personality_questionnaireanswers_change", args=[row.pk]))
    assert page.status_code == 200
    first_key = row.answers[0]["question"]
    assert first_key.encode() not in page.content


def _response(response):
    return response


def _listed(response) -> int:
    return len(response.context["cl"].result_list)


def _sessions(n: int) -> None:
    for _ in range(n):
        SessionFactory(user=UserFactory(), friend=FriendFactory(), start=NOW + timedelta(hours=next(_seq)))


def _ledger(n: int) -> None:
    for _ in range(n):
        i = next(_seq)
        LedgerEntry.objects.create(
            journal=f"j{i}", entry_key=f"k{i}", account="friend", friend=FriendFactory(), amount_minor=i,
            currency="usd", kind="earning", available_at=NOW, created_at=NOW,
        )  # fmt: skip


def _notifications(n: int) -> None:
    for _ in range(n):
        Notification.objects.create(user=UserFactory(), key=f"n{next(_seq)}", kind="k", title="t", body="b")


def _messages(n: int) -> None:
    for _ in range(n):
        user, friend = UserFactory(), FriendFactory()
        conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
        Message.objects.create(
            conversation_id=conversation, seq=1, sender=friend, client_id=f"m{next(_seq)}", body="hi", created_at=NOW
        )


def _friends(n: int) -> None:
    for _ in range(n):
        FriendFactory()


@pytest.mark.parametrize(
    ("model", "add", "params"),
    [
        (Session, _sessions, {}),
        (LedgerEntry, _ledger, {}),
        (Notification, _notifications, {}),
        (Message, _messages, {}),
        (User, _friends, {"role__exact": "friend"}),
    ],
    ids=["sessions", "ledger", "notifications", "messages", "users"],
)
@pytest.mark.parametrize("who", ["admin", "manager"])
def test_list_pages_cost_the_same_sql_with_one_row_and_fifty(client, model, add, params, who):
    client.force_login(UserFactory(role=who, is_staff=True))
    url = _changelist(model)
    client.get(url)  # the first request warms per-process caches (content types, sessions)
    assert_constant_queries(lambda: client.get(url, params), add, count=_listed, body=_response, many=50)
