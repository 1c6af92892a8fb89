from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "modules.booking"
    label = "booking"
    verbose_name = "Booking"

    def ready(self) -> None:
        from modules.booking import handlers

        handlers.connect()
