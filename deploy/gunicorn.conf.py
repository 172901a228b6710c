"""gunicorn settings for vreemdelingenrecht.be: `gunicorn -c deploy/gunicorn.conf.py`.

Everything can be overridden from the environment (GUNICORN_*). Sync workers: the
application is CPU- and database-bound, pages come from the Redis page cache, and
gunicorn sits behind nginx, which buffers slow clients."""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# (2 x cores) + 1 is gunicorn's own advice; on the 2-core hosts that is 5.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"

# Load the application once in the master, then fork: less memory, faster restarts,
# and an import error stops the master at once instead of looping worker restarts.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"

# A request that takes more than 30 s is a bug (the slow work runs in db_worker).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle workers now and then (memory growth), not all at the same moment.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))

# Only nginx on this host may set X-Forwarded-*.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
proc_name = "vreemdelingenrecht"


def post_fork(server, worker):
    # Database connections are opened per worker, never shared across the fork.
    from django.db import connections

    for connection in connections.all():
        connection.close()
