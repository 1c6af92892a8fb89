"""feedback: ratings of completed sessions (and, next, surveys)."""
