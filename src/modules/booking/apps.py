from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "modules.booking"
    label = "booking"
    verbose_name = "Booking"

    def ready(self) -> None:
        from modules.booking.services.payments import subscribe_to_billing

        subscribe_to_billing()
