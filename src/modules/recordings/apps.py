from django.apps import AppConfig


class RecordingsConfig(AppConfig):
    name = "modules.recordings"
    label = "recordings"
    verbose_name = "Recordings"
