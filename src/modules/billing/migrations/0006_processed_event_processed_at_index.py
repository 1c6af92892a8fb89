from django.db import migrations, models

from kit.schema import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY: the table keeps taking writes

    dependencies = [
        ('billing', '0005_analytics_indexes'),
    ]

    operations = [
        AddIndexConcurrently(
            model_name='processedevent',
            index=models.Index(fields=['processed_at'], name='processed_event_processed_at'),
        ),
    ]
