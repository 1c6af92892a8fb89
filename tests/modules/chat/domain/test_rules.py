from __future__ import annotations

from modules.chat.domain.messages import direct_key, draft_problems
from modules.chat.domain.throttle import TokenBucket


def test_token_bucket_allows_a_burst_then_the_rate():
    bucket = TokenBucket(rate=2, burst=3)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.take(0.4) is False  # 0.8 tokens
    assert bucket.take(0.5) is True  # 1.0 token
    assert [bucket.take(100.0) for _ in range(4)] == [True, True, True, False]  # never above the burst


def test_direct_key_is_the_same_from_both_sides():
    assert direct_key(5, 3) == direct_key(3, 5) == "direct:3:5"


def test_draft_rules():
    assert draft_problems(client_id="ok-1:a.b_c", body="hi") == []
    assert draft_problems(client_id="", body="hi")
    assert draft_problems(client_id="a" * 65, body="hi")
    assert draft_problems(client_id="ok", body="   ")
    assert draft_problems(client_id="ok", body="x" * 4001)
