"""The fixed "now" tests run at (a Monday morning, far enough ahead to be in the future)."""

from datetime import UTC, datetime

NOW = datetime(2030, 6, 3, 6, 0, tzinfo=UTC)
