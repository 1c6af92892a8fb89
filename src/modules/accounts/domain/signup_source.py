"""Where a sign-up came from, as one label reports can group by (pure rules)."""

from __future__ import annotations

from urllib.parse import urlparse

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
MAX_LABEL = 100


def source_label(*, utm_source: str, referrer: str) -> str:
    """utm_source when the link carried one, else the referrer's host, else "direct"."""
    label = utm_source.strip().lower()
    if not label and referrer:
        host = (urlparse(referrer).hostname or "").lower()
        label = host.removeprefix("www.")
    return (label or "direct")[:MAX_LABEL]
