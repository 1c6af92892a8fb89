"""moderation: suspensions and the audit log of staff actions (trust and safety)."""
