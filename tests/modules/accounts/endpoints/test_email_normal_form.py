"""One mailbox, one account: sign-up, email change and login use the address's normal form
(modules/accounts/domain/emails.py); addresses that cannot be delivered are refused with 422."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

from modules.accounts.models import User
from tests.modules.accounts.endpoints.auth_helpers import AUTH, login, post, signup, signup_and_verify

pytestmark = pytest.mark.django_db

ZWSP = "\u200b"


def test_an_invisible_character_does_not_make_a_second_account_for_the_same_mailbox(client):
    signup_and_verify(client, "a@example.com")
    outbox = len(mail.outbox)

    response = signup(client, f"a@example.com{ZWSP}")

    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "email_invisible_characters"
    assert [tuple(e["loc"]) for e in body["errors"]] == [("body", "email")]
    assert list(User.objects.values_list("email", flat=True)) == ["a@example.com"]
    assert len(mail.outbox) == outbox  # nothing was sent to the look-alike


@pytest.mark.parametrize("spelling", ["A@EXAMPLE.COM", "a@ｅｘａｍｐｌｅ.com"])
def test_other_spellings_of_a_registered_mailbox_are_that_account(client, spelling):
    signup_and_verify(client, "a@example.com")
    cache.clear()  # allauth mails one address at most every 10 s

    response = signup(client, spelling)

    # As for any taken address: no account is created and nothing tells a stranger it exists.
    assert response.status_code == 401
    assert User.objects.count() == 1
    assert EmailAddress.objects.count() == 1


def test_a_new_address_is_stored_in_its_normal_form(client):
    signup_and_verify(client, "Ann@BÜCHER.de")
    assert User.objects.get().email == "ann@bücher.de"
    assert EmailAddress.objects.get().email == "ann@bücher.de"
    # ... and reached through any spelling of the same mailbox.
    for spelling in ("ann@xn--bcher-kva.de", "ANN@BÜCHER.DE"):
        assert login(client, spelling).status_code == 200, spelling


def test_an_account_stored_before_normalisation_still_signs_in_as_typed(client):
    user = User.objects.create_user("old@example.com", "correct-horse-battery-9")
    User.objects.filter(pk=user.pk).update(email="old@xn--bcher-kva.de")  # the stored form back then
    EmailAddress.objects.create(user=user, email="old@xn--bcher-kva.de", verified=True, primary=True)
    assert login(client, "old@xn--bcher-kva.de").status_code == 200


def _address_of_length(length):
    """A syntactically valid address (labels of at most 63 characters) exactly this long."""
    local, labels = "a" * 64, []
    room = length - len(local) - 1 - len(".com")
    while room > 0:
        label = "b" * min(63, room)
        if room - len(label) == 1:  # never leave room for a lone dot
            label = label[:-1]
        labels.append(label)
        room -= len(label) + 1
    return f"{local}@{'.'.join(labels)}.com"


@pytest.mark.parametrize("length", [255, 300, 400])
def test_addresses_longer_than_254_characters_are_refused_and_nothing_is_stored(client, length):
    address = _address_of_length(length)
    assert len(address) == length
    for _ in range(2):  # the second attempt used to be a 500
        response = signup(client, address)
        assert response.status_code == 422, response.content
        assert response["Content-Type"].startswith("application/problem+json")
        assert {tuple(e["loc"]) for e in response.json()["errors"]} == {("body", "email")}
    assert not User.objects.exists()
    assert not EmailAddress.objects.exists()


def test_the_longest_deliverable_address_signs_up_whole(client):
    address = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".com"
    assert len(address) == 254
    signup_and_verify(client, address)
    assert User.objects.get().email == address


def test_email_change_refuses_invisible_characters_and_stores_the_normal_form(client):
    meta = signup_and_verify(client, "b@example.com")
    token = meta["session_token"]

    refused = post(client, f"{AUTH}/account/email", {"email": f"new@example.com{ZWSP}"}, session_token=token)
    assert refused.status_code == 422, refused.content
    assert refused.json()["code"] == "email_invisible_characters"

    added = post(client, f"{AUTH}/account/email", {"email": "New@ＥＸＡＭＰＬＥ.com"}, session_token=token)
    assert added.status_code == 200, added.content
    # The code to confirm it goes to the address in its normal form (it is verified by code, then stored).
    assert mail.outbox[-1].to == ["new@example.com"]
    assert "new@example.com" in added.content.decode()


def test_respelling_the_address_does_not_reset_the_failed_login_count(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "", "login_failed": "3/5m/key"}
    signup_and_verify(client, "c@example.com")
    for spelling in ("c@example.com", f"c@example.com{ZWSP}", "C@ｅｘａｍｐｌｅ.com"):
        assert login(client, spelling, "wrong-password-123").status_code == 400

    # The right password now: the mailbox has used up its failed attempts, whatever the spelling.
    refused = login(client, "c@example.com")
    assert refused.status_code in (400, 429), refused.content
    assert refused.json()["code"] in ("too_many_login_attempts", "rate_limited")
