# History pages filter by conversation and page by id; built CONCURRENTLY so a large
# chat_message keeps taking writes while the index builds.

from django.db import migrations, models

from kit.schema import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("chat", "0004_analytics_indexes"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="message",
            index=models.Index(fields=["conversation", "id"], name="chat_message_history"),
        ),
    ]
