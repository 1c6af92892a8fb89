"""Deployment artefacts: a complete real production configuration passes Django's deploy checks
and an unsafe one is refused by every way the service starts (manage.py, WSGI, ASGI, Celery); the
compose files are valid and wire the processes as designed; .env.example documents every setting."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.firebase_credentials import write_firebase_credentials

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def firebase_credentials(tmp_path_factory) -> Path:
    return write_firebase_credentials(tmp_path_factory.mktemp("firebase") / "service-account.json")


@pytest.fixture
def production_env(firebase_credentials) -> dict[str, str]:
    """A complete real production configuration: the real adapters, pointed at local stand-ins
    (an S3 endpoint, Stripe API base and SMTP server on 127.0.0.1 that starting never calls)."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "JWT_SIGNING_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "api.humanlink.app",
        "CSRF_TRUSTED_ORIGINS": "https://api.humanlink.app",
        "DATABASE_URL": "postgres://humanlink:secret@db.internal:5432/humanlink",
        "REDIS_URL": "redis://redis.internal:6379/0",
        "MEDIA_BACKEND": "s3",
        "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(30),
        "AWS_S3_BUCKET": "humanlink-media",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9",
        "PAYMENTS_BACKEND": "stripe",
        "STRIPE_SECRET_KEY": "sk_test_" + secrets.token_hex(12),
        "STRIPE_WEBHOOK_SECRET": "whsec_" + secrets.token_hex(16),
        "STRIPE_API_BASE": "http://127.0.0.1:9",
        "RTC_BACKEND": "agora",
        "AGORA_APP_ID": secrets.token_hex(16),
        "AGORA_APP_CERTIFICATE": secrets.token_hex(16),
        "AGORA_CUSTOMER_ID": "customer",
        "AGORA_CUSTOMER_SECRET": secrets.token_hex(16),
        "RECORDING_S3_ACCESS_KEY": "AKIARECORDER",
        "RECORDING_S3_SECRET_KEY": secrets.token_urlsafe(30),
        "PUSH_BACKEND": "firebase",
        "FIREBASE_CREDENTIALS_FILE": str(firebase_credentials),
        "EMAIL_URL": "smtp+tls://mailer:secret@127.0.0.1:2525",
    }


# What docker-compose.yml used to run in production: every fake, no webhook secret, console email.
THE_OLD_COMPOSE_DEFAULTS = {
    "MEDIA_BACKEND": "fake",
    "PAYMENTS_BACKEND": "fake",
    "RTC_BACKEND": "fake",
    "PUSH_BACKEND": "fake",
    "EMAIL_SENDER_BACKEND": "django",
    "STRIPE_WEBHOOK_SECRET": "",
    "EMAIL_URL": "",
}


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    # A subprocess: settings are read once per process, and these differ from the test run's.
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return _run(env, sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING")


def test_a_complete_real_production_configuration_passes_check_deploy(production_env):
    result = _check_deploy(production_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_refuses_what_compose_used_to_run(production_env):
    result = _check_deploy({**production_env, **THE_OLD_COMPOSE_DEFAULTS})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    for setting in ("MEDIA_BACKEND", "PAYMENTS_BACKEND", "RTC_BACKEND", "PUSH_BACKEND"):
        assert f"humanlink.E001) {setting}=fake" in output
    assert "humanlink.E002" in output  # empty webhook secret
    assert "humanlink.E003" in output  # console email


def test_every_checking_command_refuses_not_only_check_deploy(production_env):
    # `migrate` (the compose start-up step) and `runserver` check like plain `check` does.
    result = _run({**production_env, "PAYMENTS_BACKEND": "fake"}, sys.executable, "manage.py", "check")
    assert result.returncode != 0
    assert "humanlink.E001) PAYMENTS_BACKEND=fake" in result.stdout + result.stderr


def test_check_deploy_catches_a_weak_secret_key(production_env):
    # Django's own deploy checks still run: the same configuration with a short key is refused.
    result = _check_deploy({**production_env, "SECRET_KEY": "too-short"})
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


@pytest.mark.parametrize("module", ["config.wsgi", "config.asgi"])
def test_the_servers_entry_modules_refuse_to_load_unsafe_production(production_env, module):
    # gunicorn and uvicorn import these and run no system checks themselves.
    load = f"import {module}; print('loaded')"
    refused = _run({**production_env, "MEDIA_BACKEND": "fake"}, sys.executable, "-c", load)
    assert refused.returncode != 0
    assert "Refusing to start with DJANGO_ENV=production" in refused.stderr
    assert "humanlink.E001) MEDIA_BACKEND=fake" in refused.stderr
    started = _run(production_env, sys.executable, "-c", load)
    assert (started.returncode, started.stdout.strip()) == (0, "loaded"), started.stderr


@pytest.mark.parametrize("process", ["worker", "beat"])
def test_celery_refuses_to_start_unsafe_production(production_env, process, tmp_path):
    env = {**production_env, "EMAIL_URL": "", "CELERY_BROKER_URL": "memory://"}
    command = [sys.executable, "-m", "celery", "-A", "config", process, "--loglevel=ERROR"]
    if process == "worker":
        command += ["--pool=solo"]
    else:
        command += [f"--schedule={tmp_path / 'beat-schedule'}"]
    result = _run(env, *command)
    assert result.returncode != 0
    assert "humanlink.E003" in result.stderr


def test_make_run_is_one_process_as_the_readme_says():
    # The fakes keep their state (Checkout sessions, intents, uploads) in process memory: a second
    # worker would not know the checkout the first one created.
    makefile = (ROOT / "Makefile").read_text()
    run_recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    assert "uvicorn config.asgi:application" in run_recipe
    assert "--workers" not in run_recipe
    assert "`make run` is single-process by design" in (ROOT / "README.md").read_text()


# Read by settings.py but set by tools, not by whoever deploys.
NOT_SETTINGS = {"PYTEST_XDIST_WORKER"}


def _settings_variables() -> set[str]:
    text = (ROOT / "config" / "settings.py").read_text()
    return set(re.findall(r"\benv\.\w+\(\s*\"([A-Z][A-Z0-9_]*)\"", text)) - NOT_SETTINGS


def test_env_example_documents_every_setting():
    example = (ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", example, re.MULTILINE))
    variables = _settings_variables()
    assert len(variables) > 20  # the pattern still finds what settings.py reads
    assert sorted(variables - documented) == []
    # Each variable carries a comment line right above it.
    lines = example.splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^[A-Z][A-Z0-9_]*=", line):
            assert lines[index - 1].startswith("#"), f"{line.split('=')[0]} has no comment"


def _compose_command() -> list[str]:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    pytest.skip("neither `docker compose` nor `docker-compose` is installed: compose file not validated")


# What a real deployment's .env must give docker-compose.yml (values here are made up).
COMPOSE_REQUIRED = {
    "POSTGRES_PASSWORD": "pg-" + secrets.token_hex(12),
    "SECRET_KEY": secrets.token_urlsafe(64),
    "JWT_SIGNING_KEY": secrets.token_urlsafe(48),
    "ALLOWED_HOSTS": "api.humanlink.app",
    "PUBLIC_BASE_URL": "https://api.humanlink.app",
    "FRONTEND_URL": "https://app.humanlink.app",
    "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(30),
    "AWS_S3_BUCKET": "humanlink-media",
    "AWS_S3_REGION": "eu-west-1",
    "STRIPE_SECRET_KEY": "sk_live_" + secrets.token_hex(12),
    "STRIPE_WEBHOOK_SECRET": "whsec_" + secrets.token_hex(16),
    "AGORA_APP_ID": secrets.token_hex(16),
    "AGORA_APP_CERTIFICATE": secrets.token_hex(16),
    "FIREBASE_CREDENTIALS_PATH": "set by the fixture",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.humanlink.app:587",
    "DEFAULT_FROM_EMAIL": "HumanLink <no-reply@humanlink.app>",
}
# Recording credentials: compose passes them through empty, since RECORDINGS_ENABLED=false is a
# valid deployment; with recordings on, the application's production check refuses them empty.
RECORDING_SETTINGS = {
    "AGORA_CUSTOMER_ID": "customer",
    "AGORA_CUSTOMER_SECRET": secrets.token_hex(16),
    "RECORDING_S3_ACCESS_KEY": "AKIARECORDER",
    "RECORDING_S3_SECRET_KEY": secrets.token_urlsafe(30),
}
# Optional integrations, off while empty (an empty client id disables the sign-in provider).
OPTIONAL_SECRETS = {"GOOGLE_CLIENT_SECRET", "X_CLIENT_SECRET", "SENTRY_DSN"}


@pytest.fixture(scope="module")
def compose_env(firebase_credentials, tmp_path_factory) -> dict[str, str]:
    return {**COMPOSE_REQUIRED, **RECORDING_SETTINGS, "FIREBASE_CREDENTIALS_PATH": str(firebase_credentials)}


@pytest.fixture(scope="module")
def compose(tmp_path_factory):
    """`docker compose -f <file> config <args>` with exactly the given environment."""
    command = _compose_command()
    # An empty --env-file: a developer's own .env must not change what is validated.
    empty_env_file = tmp_path_factory.mktemp("compose") / "empty.env"
    empty_env_file.write_text("")
    base = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}

    def run(file: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--env-file", str(empty_env_file), "-f", file, "config", *args],
            cwd=ROOT,
            env={**base, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )

    return run


@pytest.fixture(scope="module")
def compose_config(compose, compose_env) -> dict:
    full = compose("docker-compose.yml", compose_env)
    assert full.returncode == 0, full.stderr
    return yaml.safe_load(full.stdout)


def test_compose_refuses_to_start_without_each_required_setting(compose, compose_env):
    # Nothing set, as on a fresh checkout without .env: refused, not started on defaults.
    assert compose("docker-compose.yml", {}, "-q").returncode != 0
    # Each one missing alone is named; an empty value counts as missing (`:?`).
    for name in COMPOSE_REQUIRED:
        result = compose("docker-compose.yml", {k: v for k, v in compose_env.items() if k != name}, "-q")
        assert result.returncode != 0, f"compose starts without {name}"
        assert f"set {name}" in result.stderr, result.stderr
    empty = compose("docker-compose.yml", {**compose_env, "STRIPE_WEBHOOK_SECRET": ""}, "-q")
    assert (empty.returncode, "set STRIPE_WEBHOOK_SECRET" in empty.stderr) == (1, True), empty.stderr


def test_compose_runs_the_real_providers_with_no_empty_secret(compose_config):
    secret_like = re.compile(r"SECRET|PASSWORD|_KEY|CERTIFICATE|CREDENTIALS|DSN|EMAIL_URL")
    for name in ("migrate", "web", "ws", "worker", "beat"):
        environment = compose_config["services"][name]["environment"]
        assert environment["DJANGO_ENV"] == "production"
        assert {
            key: environment[key] for key in ("MEDIA_BACKEND", "PAYMENTS_BACKEND", "RTC_BACKEND", "PUSH_BACKEND")
        } == {
            "MEDIA_BACKEND": "s3",
            "PAYMENTS_BACKEND": "stripe",
            "RTC_BACKEND": "agora",
            "PUSH_BACKEND": "firebase",
        }
        empty = sorted(
            k for k, v in environment.items() if secret_like.search(k) and not v and k not in OPTIONAL_SECRETS
        )
        assert empty == [], f"{name} has empty secrets: {empty}"
    assert (
        compose_config["services"]["postgres"]["environment"]["POSTGRES_PASSWORD"]
        == COMPOSE_REQUIRED["POSTGRES_PASSWORD"]
    )


def test_compose_mounts_the_firebase_credentials_file_read_only(compose_config, compose_env):
    web = compose_config["services"]["web"]
    target = web["environment"]["FIREBASE_CREDENTIALS_FILE"]
    [mount] = [v for v in web["volumes"] if (v["target"] if isinstance(v, dict) else v.split(":")[1]) == target]
    if isinstance(mount, dict):
        assert (mount["source"], mount.get("read_only")) == (compose_env["FIREBASE_CREDENTIALS_PATH"], True)
    else:
        assert mount == f"{compose_env['FIREBASE_CREDENTIALS_PATH']}:{target}:ro"


def test_the_environment_compose_gives_the_app_passes_check_deploy(compose_config, compose_env):
    """The resolved production environment of the web service, as is (only the credentials file
    path mapped back to the host, where the mount comes from), passes the production guard."""
    environment = {k: str(v) for k, v in compose_config["services"]["web"]["environment"].items()}
    environment["FIREBASE_CREDENTIALS_FILE"] = compose_env["FIREBASE_CREDENTIALS_PATH"]
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        **environment,
    }
    result = _check_deploy(env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_dev_runs_the_offline_all_fake_stack_with_nothing_set(compose):
    result = compose("compose.dev.yml", {})
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    app = services["app"]
    environment = app["environment"]
    assert environment["DJANGO_ENV"] == "development"
    # Development defaults: every provider fake, console email (nothing set that would change it).
    assert not {k for k in environment if k.endswith("_BACKEND") or k in ("EMAIL_URL", "REDIS_URL")}
    # One app process, like `make run`: the fakes keep their state in its memory.
    assert set(services) == {"postgres", "app"}
    assert "uvicorn config.asgi:application" in _command(app)
    assert "--workers" not in _command(app)


def _command(service: dict) -> str:
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else command


def test_compose_runs_each_process_from_the_app_image(compose_config):
    services = compose_config["services"]
    assert {"postgres", "redis", "web", "ws", "worker", "beat", "router"} <= set(services)
    assert "gunicorn config.wsgi:application" in _command(services["web"])
    assert "uvicorn config.asgi:application" in _command(services["ws"])
    assert "celery -A config worker" in _command(services["worker"])
    assert "celery -A config beat" in _command(services["beat"])
    for name in ("web", "ws", "worker", "beat"):
        assert services[name]["image"] == services["web"]["image"]
        assert services[name]["environment"]["DJANGO_ENV"] == "production"
    gunicorn_conf = (ROOT / "deploy" / "gunicorn.conf.py").read_text()
    assert 'worker_class = "gthread"' in gunicorn_conf


def test_router_sends_ws_to_uvicorn_and_the_rest_to_gunicorn(compose_config):
    router = compose_config["services"]["router"]
    mounts = " ".join(str(v) if isinstance(v, str) else str(v.get("source", "")) for v in router["volumes"])
    assert "deploy/nginx.conf" in mounts
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    ws_block = re.search(r"location /ws/ \{(.*?)\n        \}", conf, re.DOTALL).group(1)
    rest_block = re.search(r"location / \{(.*?)\n        \}", conf, re.DOTALL).group(1)
    assert "proxy_pass http://ws;" in ws_block
    assert "Upgrade $http_upgrade" in ws_block
    assert "proxy_pass http://web;" in rest_block
    assert "server ws:8001" in conf
    assert "server web:8000" in conf


def test_dockerfile_installs_the_package_and_runs_unprivileged():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("#")
    assert "FROM python:3.11-slim" in dockerfile
    assert "pip install -r /tmp/requirements.txt" in dockerfile
    user_lines = [line for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert user_lines
    assert user_lines[-1] != "USER root"


def test_the_http_bench_serves_a_production_configuration_that_starts():
    # bench/http_me.py measures the app under DJANGO_ENV=production: it must pass the guard.
    from bench import http_me as bench

    env = bench.server_env("postgres://postgres@127.0.0.1:5432/bench")
    result = _run(env, sys.executable, "manage.py", "check")
    assert result.returncode == 0, result.stdout + result.stderr
