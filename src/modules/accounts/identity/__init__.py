"""Sign-in plumbing for allauth headless: the token strategy, the adapters, the signals."""
