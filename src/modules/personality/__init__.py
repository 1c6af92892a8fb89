"""Personality: the versioned questionnaire and each person's answers (read only by the owner and matching)."""
