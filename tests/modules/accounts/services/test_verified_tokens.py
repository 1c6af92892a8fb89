"""The verified-token cache: a hit is as good as a fresh check, and never outlives the token."""

from __future__ import annotations

import time

from modules.accounts.auth import VerifiedTokens


def test_expired_claims_are_not_served_from_the_cache():
    cache = VerifiedTokens()
    cache.put("token-a", {"exp": time.time() + 60, "user_id": 1})
    cache.put("token-b", {"exp": time.time() - 1, "user_id": 2})
    assert cache.get("token-a")["user_id"] == 1
    assert cache.get("token-b") is None
    assert cache.get("token-b-but-different") is None


def test_the_cache_is_bounded_and_keeps_the_recently_used():
    cache = VerifiedTokens(size=2)
    future = time.time() + 60
    cache.put("a", {"exp": future})
    cache.put("b", {"exp": future})
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("c", {"exp": future})
    assert cache.get("b") is None
    assert cache.get("a") is not None
    assert cache.get("c") is not None
