from django.apps import AppConfig


class GroupEventsConfig(AppConfig):
    # Not "events": core.events is the name of the domain-event bus.
    name = "modules.group_events"
    label = "group_events"
    verbose_name = "Group events"

    def ready(self) -> None:
        from modules.group_events import handlers

        handlers.connect()
