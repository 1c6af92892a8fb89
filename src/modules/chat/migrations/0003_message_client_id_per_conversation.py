"""Idempotency keys are scoped to the conversation: (conversation, sender, client id).

Under the old (sender, client id) key a client id reused in another conversation was answered
with the first conversation's message and nothing was stored where it was sent. Every existing
row stays valid: unique per sender implies unique per conversation and sender.
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0002_conversation_closed"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The new key first: resends are never without a constraint in between.
        migrations.AddConstraint(
            model_name="message",
            constraint=models.UniqueConstraint(
                fields=("conversation", "sender", "client_id"), name="chat_message_client_id_unique_per_conversation"
            ),
        ),
        migrations.RemoveConstraint(model_name="message", name="chat_message_client_id_unique"),
    ]
