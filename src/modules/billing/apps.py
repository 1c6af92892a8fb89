from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "modules.billing"
    label = "billing"
    verbose_name = "Billing"

    def ready(self) -> None:
        from modules.billing.services.reactions import subscribe_to_booking

        # Billing reacts to booking's facts (booked, cancelled, completed) through the event bus.
        subscribe_to_booking()
