# Renewal reminders are notifications now (kind "billing"). Each existing reminder becomes the
# notification with the key the new code uses, so an announcement that was already sent is
# never sent again; one still unsent on some channel is queued for the outbox to finish.

from django.db import migrations


def reminders_to_outbox(apps, schema_editor):
    Reminder = apps.get_model("billing", "Reminder")
    Notification = apps.get_model("notifications", "Notification")
    for r in Reminder.objects.all().iterator():
        done = r.push_sent_at is not None and r.email_sent_at is not None
        outcomes = {"email": "sent"} if r.email_sent_at else {}
        Notification.objects.get_or_create(
            key=f"billing:{r.key}",
            defaults={
                "user_id": r.user_id,
                "kind": "billing",
                "title": r.title,
                "body": r.body,
                "data": {"event": r.kind},
                "send_email": True,
                "push": r.push_sent_at is None,  # a push already sent is not repeated
                "status": "sent" if done else "pending",
                "outcomes": outcomes,
                "next_attempt_at": None if done else r.created_at,
                "sent_at": r.push_sent_at or r.email_sent_at,
            },
        )


class Migration(migrations.Migration):

    dependencies = [
        ("billing", "0002_invoice_give_back"),
        ("notifications", "0003_preferences_quiet_hours_channels"),
    ]

    operations = [
        migrations.RunPython(reminders_to_outbox, migrations.RunPython.noop),
        migrations.DeleteModel(
            name="Reminder",
        ),
    ]
