"""Email addresses in one normal form: the mailbox that mail delivery will actually reach.

Two spellings that land in the same mailbox must be one account (and one free trial). Mail is
sent by Django, which turns the domain into its ASCII form with Python's IDNA codec (IDNA 2003
nameprep: case folding, NFKC, and *deleting* invisible characters such as U+200B). So
`a@example.com` and `a@example.com` + U+200B reach the same mailbox; so do `a@BÜCHER.de`,
`a@xn--bcher-kva.de` and a domain typed in full-width letters. The normal form applies exactly
that mapping to the domain (kept readable: the Unicode form of its IDNA labels), lower-cases
the whole address (addresses are case-insensitive here, as the database's unique index already
says) and refuses what is not deliverable.

- `normal_email` is for addresses someone wants to use (sign-up, email change): invisible,
  format and control characters are refused rather than silently dropped, and so are
  addresses longer than SMTP allows (254 characters; 64 for the local part).
- `mailbox_of` never refuses: it is the same mapping, for looking an address up (login,
  password reset, the trial key) and for addresses stored before this rule existed.
  Whenever `normal_email(x)` succeeds, `mailbox_of(x) == normal_email(x)`.

Pure: standard library only.
"""

from __future__ import annotations

import unicodedata

MAX_EMAIL_LENGTH = 254  # RFC 5321: a path is at most 256 octets, angle brackets included
MAX_LOCAL_PART_LENGTH = 64

# Stable codes of the refusals, for clients (and the HTTP edge, which answers them with 422).
EMAIL_TOO_LONG = "email_too_long"
EMAIL_INVISIBLE_CHARACTERS = "email_invisible_characters"
EMAIL_NOT_DELIVERABLE = "email_not_deliverable"
REFUSAL_CODES = frozenset({EMAIL_TOO_LONG, EMAIL_INVISIBLE_CHARACTERS, EMAIL_NOT_DELIVERABLE})

# Unicode categories that never belong in an address: controls, format characters (U+200B..U+200F,
# U+2060.., U+FEFF, bidi controls, soft hyphen), surrogates, private use, unassigned, and spaces.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
# Default_Ignorable_Code_Point (Unicode DerivedCoreProperties) outside those categories: fillers
# and joiners that render as nothing (Hangul fillers, variation selectors, the grapheme joiner...).
_IGNORABLE_RANGES = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0x1D173, 0x1D17A),
    (0xE0100, 0xE01EF),
)


class EmailRefused(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_invisible(char: str) -> bool:
    if unicodedata.category(char) in _REFUSED_CATEGORIES:
        return True
    point = ord(char)
    return any(low <= point <= high for low, high in _IGNORABLE_RANGES)


def _split(address: str) -> tuple[str, str]:
    local, at, domain = address.rpartition("@")
    return (local, domain) if at else ("", address)


def _ascii_domain(domain: str) -> str:
    """The domain as mail delivery sends it (Django's `punycode()` is this codec), lower-cased."""
    return domain.rstrip(".").encode("idna").decode("ascii").lower()


def _readable_domain(ascii_domain: str) -> str:
    return ascii_domain.encode("ascii").decode("idna")


def normal_email(raw: str) -> str:
    """The form an address is stored and compared in; EmailRefused if it cannot be used."""
    address = raw.strip()
    if any(is_invisible(char) for char in address):
        raise EmailRefused(
            EMAIL_INVISIBLE_CHARACTERS, "The address contains invisible or control characters; type it again."
        )
    if len(address) > MAX_EMAIL_LENGTH:
        raise EmailRefused(EMAIL_TOO_LONG, f"An email address has at most {MAX_EMAIL_LENGTH} characters.")
    local, domain = _split(address)
    local = unicodedata.normalize("NFKC", local).lower()
    if not local or not domain or not local.isascii():
        raise EmailRefused(EMAIL_NOT_DELIVERABLE, "This address cannot receive email from us.")
    try:
        ascii_domain = _ascii_domain(domain)
        readable = _readable_domain(ascii_domain)
    except UnicodeError as exc:
        raise EmailRefused(EMAIL_NOT_DELIVERABLE, "The domain of this address is not valid.") from exc
    if any(is_invisible(char) for char in readable):
        # Nameprep can map a visible character to a space or a control (U+00A8 → " ̈"): no mailbox.
        raise EmailRefused(EMAIL_NOT_DELIVERABLE, "The domain of this address is not valid.")
    if len(local) > MAX_LOCAL_PART_LENGTH:
        raise EmailRefused(EMAIL_TOO_LONG, f"The part before @ has at most {MAX_LOCAL_PART_LENGTH} characters.")
    normal = f"{local}@{readable}"
    # Both the form we store and the form we send must fit.
    if max(len(normal), len(local) + 1 + len(ascii_domain)) > MAX_EMAIL_LENGTH:
        raise EmailRefused(EMAIL_TOO_LONG, f"An email address has at most {MAX_EMAIL_LENGTH} characters.")
    return normal


def mailbox_of(raw: str) -> str:
    """The mailbox an address reaches, never refusing: invisible characters are dropped (as mail
    delivery drops them from the domain), the rest is `normal_email`'s mapping."""
    address = "".join(char for char in raw.strip() if not is_invisible(char))
    local, domain = _split(address)
    local = unicodedata.normalize("NFKC", local).lower()
    try:
        domain = _readable_domain(_ascii_domain(domain))
    except UnicodeError:
        domain = unicodedata.normalize("NFKC", domain).lower().rstrip(".")
    return f"{local}@{domain}" if local else domain
