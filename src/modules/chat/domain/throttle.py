"""Token bucket: `rate` tokens per second refill, up to `burst`; each action costs one."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    rate: float
    burst: int
    tokens: float = field(init=False)
    updated_at: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.tokens = float(self.burst)

    def take(self, now: float, cost: float = 1.0) -> bool:
        """Spend `cost` tokens at monotonic time `now`; False (and nothing spent) if there are not enough."""
        if self.updated_at is not None:
            self.tokens = min(float(self.burst), self.tokens + (now - self.updated_at) * self.rate)
        self.updated_at = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False
