"""One normal form per mailbox: what mail delivery reaches, refusing what cannot be delivered."""

from __future__ import annotations

import pytest
from django.core.mail.message import sanitize_address
from hypothesis import given
from hypothesis import strategies as st

from modules.accounts.domain.emails import (
    EMAIL_INVISIBLE_CHARACTERS,
    EMAIL_NOT_DELIVERABLE,
    EMAIL_TOO_LONG,
    EmailRefused,
    mailbox_of,
    normal_email,
)

_CJK_LABEL = "".join(chr(0x4E00 + i * 37) for i in range(15))
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u3164", "\ufe0f", "\u0000"]


@pytest.mark.parametrize(
    "spelling",
    [
        "ann@example.com",
        "Ann@EXAMPLE.com",
        " ann@example.com ",
        "ann@ｅｘａｍｐｌｅ.com",  # full-width letters: the same domain once normalised
        "ann@example。com",  # an ideographic full stop separates labels too
        "ann@example.com.",  # the root's dot
    ],
)
def test_spellings_of_one_mailbox_have_one_normal_form(spelling):
    assert normal_email(spelling) == "ann@example.com"
    assert mailbox_of(spelling) == "ann@example.com"


def test_an_internationalised_domain_is_kept_readable_and_equals_its_ascii_form():
    assert normal_email("Ann@BÜCHER.de") == normal_email("ann@xn--bcher-kva.de") == "ann@bücher.de"


@pytest.mark.parametrize("char", INVISIBLE)
@pytest.mark.parametrize("where", ["end", "local", "domain"])
def test_invisible_characters_are_refused_but_looked_up_as_the_mailbox_they_reach(char, where):
    spelled = {
        "end": f"ann@example.com{char}",
        "local": f"an{char}n@example.com",
        "domain": f"ann@exam{char}ple.com",
    }[where]
    with pytest.raises(EmailRefused) as refused:
        normal_email(spelled)
    assert refused.value.code == EMAIL_INVISIBLE_CHARACTERS
    assert mailbox_of(spelled) == "ann@example.com"


def test_mail_delivery_reaches_the_normal_forms_mailbox():
    # What Django actually puts in the envelope for the invisible spelling is the plain address.
    assert sanitize_address("ann@example.com\u200b", "utf-8") == "ann@example.com"
    assert sanitize_address(normal_email("ann@BÜCHER.de"), "utf-8") == "ann@xn--bcher-kva.de"


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("a" * 243 + "@example.com", EMAIL_TOO_LONG),  # 255 characters
        ("a" * 65 + "@example.com", EMAIL_TOO_LONG),
        ("ann@" + ".".join([_CJK_LABEL] * 7) + ".cn", EMAIL_TOO_LONG),  # 118 as typed, 258 as sent
        ("ann@", EMAIL_NOT_DELIVERABLE),
        ("@example.com", EMAIL_NOT_DELIVERABLE),
        ("ann@example..com", EMAIL_NOT_DELIVERABLE),
        ("änn@example.com", EMAIL_NOT_DELIVERABLE),  # our mail cannot address a non-ASCII local part
        ("0@\u00a8.com", EMAIL_NOT_DELIVERABLE),  # IDNA maps it to a space and a combining mark
    ],
)
def test_undeliverable_addresses_are_refused(address, code):
    with pytest.raises(EmailRefused) as refused:
        normal_email(address)
    assert refused.value.code == code


def test_the_longest_deliverable_address_is_accepted():
    address = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".com"
    assert len(address) == 254
    assert normal_email(address) == address


addresses = st.builds(
    lambda local, domain, tld: f"{local}@{domain}.{tld}",
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    st.sampled_from(["com", "de", "CO", "ｃｏｍ"]),
)


@given(addresses)
def test_the_normal_form_is_stable_and_the_lookup_agrees_with_it(address):
    try:
        normal = normal_email(address)
    except EmailRefused:
        return
    assert normal_email(normal) == normal
    assert mailbox_of(address) == normal
    assert mailbox_of(normal) == normal


@given(addresses, st.sampled_from(INVISIBLE), st.integers(min_value=0, max_value=40))
def test_an_invisible_character_anywhere_reaches_the_same_mailbox(address, char, at):
    at = min(at, len(address))
    assert mailbox_of(address[:at] + char + address[at:]) == mailbox_of(address)
