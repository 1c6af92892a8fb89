"""What other modules (booking, matching, events) and the entry points may use from chat."""

from modules.chat.services.conversations import conversation_ensure_direct, conversation_ensure_group

__all__ = ["conversation_ensure_direct", "conversation_ensure_group"]
