from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "modules.matching"
    label = "matching"
    verbose_name = "Matching"

    def ready(self) -> None:
        from modules.matching import handlers

        handlers.connect()
