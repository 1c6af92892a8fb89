"""gunicorn for the HTTP API (config.wsgi). Why gthread: see README, "Performance"."""

import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
worker_class = "gthread"
# One process per core; threads overlap the database round trips.
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
# Each worker accepts on its own SO_REUSEPORT socket and the kernel spreads new connections over
# them. On one shared socket the first worker to wake took almost all of a burst of keep-alive
# connections (49 of 50 under the bench) and kept them: one core served everything, the other
# idled (README, "Performance").
reuse_port = os.environ.get("WEB_REUSE_PORT", "true").lower() == "true"
# Keep-alive must outlast the router's idle upstream connections.
keepalive = int(os.environ.get("WEB_KEEPALIVE", "75"))
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak cannot take one down at peak; but rarely: a
# worker boots in ~1.75 s of CPU (Django, Ninja, every URLconf) and drops its keep-alive
# connections when it goes. Every 10,000 requests that was ~175 µs per request, more than the
# bare endpoint costs, and a burst of errors and slow requests every few seconds under load.
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "500000"))
max_requests_jitter = max_requests // 10
accesslog = "-"
# No query string in the access log: tokens and emails can travel there.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")


def post_worker_init(worker):
    """Take the app's start-up objects out of the garbage collector's sight.

    A full collection walks every object the process holds: after Django, Ninja and every URLconf
    are imported that is ~190,000 objects and 150 ms with the GIL held, during which the worker
    answers nobody. That was the p99 under load (README, "Performance"). Start-up objects live as
    long as the process, so they are frozen; the collector keeps working on what requests create.
    """
    import gc

    from django.urls import get_resolver

    _ = get_resolver().url_patterns  # import every URLconf and view now, not on the first request
    gc.collect()
    gc.freeze()
