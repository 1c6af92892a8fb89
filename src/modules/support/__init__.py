"""support: help tickets from users and friends, reports of people, sessions and messages, one staff queue."""
