from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "modules.analytics"
    label = "analytics"
    verbose_name = "Analytics"
