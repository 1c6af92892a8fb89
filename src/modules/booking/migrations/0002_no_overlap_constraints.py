"""No double booking, enforced by PostgreSQL itself.

Exclusion constraints over half-open ranges `[start, end)`: two holding sessions (booked or in
progress) of the same friend, or of the same user, cannot overlap; back-to-back ones can.
SQLite has no EXCLUDE, so there the service-level check (under a transaction) is the only
guard, and the concurrency tests run on PostgreSQL only.
"""

from django.db import migrations

CONSTRAINTS = [
    ("booking_session_friend_no_overlap", "friend_id"),
    ("booking_session_user_no_overlap", "user_id"),
]


def add_constraints(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for name, column in CONSTRAINTS:
        schema_editor.execute(
            f"ALTER TABLE booking_session ADD CONSTRAINT {name} EXCLUDE USING gist "
            f"({column} WITH =, tstzrange(start, \"end\", '[)') WITH &&) "
            "WHERE (status IN ('booked', 'in_progress'))"
        )


def drop_constraints(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _ in CONSTRAINTS:
        schema_editor.execute(f"ALTER TABLE booking_session DROP CONSTRAINT IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("booking", "0001_initial")]
    operations = [migrations.RunPython(add_constraints, drop_constraints)]
