from django.apps import AppConfig


class ChatConfig(AppConfig):
    name = "modules.chat"
    label = "chat"
    verbose_name = "Chat"

    def ready(self) -> None:
        from modules.chat import handlers

        handlers.connect()
