from django.apps import AppConfig


class ChatConfig(AppConfig):
    name = "modules.chat"
    label = "chat"
    verbose_name = "Chat"

    def ready(self) -> None:
        from core import events
        from modules.chat.services import blocks
        from modules.chat.services.sockets import on_account_deactivated

        events.subscribe(events.AccountDeactivated, on_account_deactivated)
        blocks.subscribe_all()
