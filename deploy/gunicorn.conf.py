"""gunicorn for the HTTP API (config.wsgi). Why gthread: see README, "Performance"."""

import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
worker_class = "gthread"
# One process per core; threads overlap the database round trips.
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
# Keep-alive must outlast the router's idle upstream connections.
keepalive = int(os.environ.get("WEB_KEEPALIVE", "75"))
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak cannot take one down at peak.
max_requests = 10000
max_requests_jitter = 1000
accesslog = "-"
# No query string in the access log: tokens and emails can travel there.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
