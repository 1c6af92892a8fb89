"""Booking: friends' availability, sessions booked on it, their lifecycle and joining."""
