"""Sessions pending payment hold their time too: the no-overlap constraints cover them.

Re-creates the two exclusion constraints of 0002 with 'pending_payment' in their condition
(PostgreSQL only, as before).
"""

from django.db import migrations, models

import modules.booking.domain.sessions

CONSTRAINTS = [
    ("booking_session_friend_no_overlap", "friend_id"),
    ("booking_session_user_no_overlap", "user_id"),
]


def _recreate(schema_editor, statuses):
    if schema_editor.connection.vendor != "postgresql":
        return
    held = ", ".join(f"'{s}'" for s in statuses)
    for name, column in CONSTRAINTS:
        schema_editor.execute(f"ALTER TABLE booking_session DROP CONSTRAINT IF EXISTS {name}")
        schema_editor.execute(
            f"ALTER TABLE booking_session ADD CONSTRAINT {name} EXCLUDE USING gist "
            f"({column} WITH =, tstzrange(start, \"end\", '[)') WITH &&) "
            f"WHERE (status IN ({held}))"
        )


def hold_pending(apps, schema_editor):
    _recreate(schema_editor, ["pending_payment", "booked", "in_progress"])


def release_pending(apps, schema_editor):
    _recreate(schema_editor, ["booked", "in_progress"])


class Migration(migrations.Migration):
    dependencies = [("booking", "0002_no_overlap_constraints")]
    operations = [
        migrations.AlterField(
            model_name="session",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending_payment", "Pending_Payment"),
                    ("booked", "Booked"),
                    ("in_progress", "In_Progress"),
                    ("completed", "Completed"),
                    ("cancelled", "Cancelled"),
                    ("no_show_user", "No_Show_User"),
                    ("no_show_friend", "No_Show_Friend"),
                ],
                default=modules.booking.domain.sessions.SessionStatus["BOOKED"],
                max_length=16,
            ),
        ),
        migrations.RunPython(hold_pending, release_pending),
    ]
