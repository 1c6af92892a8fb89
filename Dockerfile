# The one application image: web (gunicorn), ws (uvicorn), worker and beat (celery) all run it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN groupadd --system app && useradd --system --gid app --home-dir /app --no-create-home app

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml ./
COPY src ./src
RUN pip install .

COPY config ./config
COPY manage.py ./
COPY deploy ./deploy
ENV PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=config.settings \
    DJANGO_ENV=production

# Static files are baked into the image and served by whitenoise. collectstatic needs no
# secrets, so it runs with development settings at build time.
RUN DJANGO_ENV=development python manage.py collectstatic --no-input -v 0 && chown -R app:app /app/staticfiles

USER app
EXPOSE 8000 8001
CMD ["gunicorn", "config.wsgi:application", "--config", "deploy/gunicorn.conf.py"]
