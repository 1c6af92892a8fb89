from django.apps import AppConfig
from django.core import checks


class EntrypointsConfig(AppConfig):
    name = "entrypoints"
    label = "entrypoints"
    verbose_name = "HumanLink entry points"

    def ready(self) -> None:
        from entrypoints import tasks  # noqa: F401  (registers the Celery tasks the TaskQueue names)
        from entrypoints.container import get_container
        from entrypoints.production_checks import TAG, check_production_settings

        # Build the composition root once and wire it into the modules' dependency hooks.
        get_container()
        # Not a deploy-only check: every command that runs checks (migrate, runserver) refuses too.
        checks.register(check_production_settings, checks.Tags.security, TAG)
