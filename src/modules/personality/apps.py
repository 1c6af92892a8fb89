from django.apps import AppConfig


class PersonalityConfig(AppConfig):
    name = "modules.personality"
    label = "personality"
    verbose_name = "Personality questionnaire"
