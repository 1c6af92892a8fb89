from django.db import migrations, models


def close_blocked_pairs(apps, schema_editor):
    """Blocks made before conversations could be closed close them now, like new blocks do."""
    Block = apps.get_model("matching", "Block")
    Conversation = apps.get_model("chat", "Conversation")
    keys = {
        f"direct:{min(a, b)}:{max(a, b)}" for a, b in Block.objects.values_list("blocker_id", "blocked_id").iterator()
    }
    keys = sorted(keys)
    for start in range(0, len(keys), 500):
        Conversation.objects.filter(key__in=keys[start : start + 500]).update(closed=True)


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0001_initial"),
        ("matching", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="conversation",
            name="closed",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(close_blocked_pairs, migrations.RunPython.noop),
    ]
