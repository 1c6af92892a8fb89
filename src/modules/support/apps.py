from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "modules.support"
    label = "support"
    verbose_name = "Support"

    def ready(self) -> None:
        from modules.support import handlers

        handlers.connect()
