"""The independent baseline for the HTTP benchmark: a bare Django Ninja project.

What `django-admin startproject` gives (its default apps and middleware, production-like
DEBUG off) plus one Ninja endpoint, and nothing of HumanLink's. bench/http_me.py serves it with
the same gunicorn configuration as the real API, so `/api/users/me` ÷ this endpoint is the cost
of HumanLink's own stack (auth, middleware, database) over what the framework itself costs.
"""
