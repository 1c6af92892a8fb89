# The one application image: web (gunicorn), ws (uvicorn), worker and beat (celery) all run it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN groupadd --system app && useradd --system --gid app --home-dir /app --no-create-home app

# Dependencies first, from pyproject.toml alone, so a code change does not reinstall them:
# this layer is rebuilt only when the pinned list changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt

# The code is imported from the source tree (no package install step to redo).
COPY src ./src
COPY config ./config
COPY manage.py ./
COPY deploy ./deploy
ENV PYTHONPATH=/app/src:/app \
    DJANGO_SETTINGS_MODULE=config.settings \
    DJANGO_ENV=production

# Static files are baked into the image and served by whitenoise. collectstatic needs no
# secrets, so it runs with development settings at build time.
RUN DJANGO_ENV=development python manage.py collectstatic --no-input -v 0 && chown -R app:app /app/staticfiles

USER app
EXPOSE 8000 8001
CMD ["gunicorn", "config.wsgi:application", "--config", "deploy/gunicorn.conf.py"]
