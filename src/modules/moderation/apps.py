from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "modules.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from modules.moderation import handlers

        handlers.connect()
