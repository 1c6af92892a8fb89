from django.conf import settings
from django.db import migrations, models

from kit.schema import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY: the table keeps taking writes

    dependencies = [
        ('notifications', '0003_preferences_quiet_hours_channels'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        AddIndexConcurrently(
            model_name='notification',
            index=models.Index(fields=['created_at'], name='notification_created'),
        ),
    ]
