from django.apps import AppConfig


class EntrypointsConfig(AppConfig):
    name = "entrypoints"
    label = "entrypoints"
    verbose_name = "HumanLink entry points"

    def ready(self) -> None:
        from entrypoints import tasks  # noqa: F401  (registers the Celery tasks the TaskQueue names)
        from entrypoints.container import get_container

        # Build the composition root once and wire it into the modules' dependency hooks.
        get_container()
