from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "modules.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self) -> None:
        from modules.privacy import handlers

        handlers.connect()
