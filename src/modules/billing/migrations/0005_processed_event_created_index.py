from django.db import migrations, models

from kit.schema import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY: the table keeps taking writes

    dependencies = [
        ('billing', '0004_event_seats'),
    ]

    operations = [
        AddIndexConcurrently(
            model_name='processedevent',
            index=models.Index(fields=['created'], name='processed_event_created'),
        ),
    ]
