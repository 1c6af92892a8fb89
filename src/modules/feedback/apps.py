from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "modules.feedback"
    label = "feedback"
    verbose_name = "Feedback"

    def ready(self) -> None:
        from modules.feedback import handlers

        handlers.connect()
