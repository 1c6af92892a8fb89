"""Deployment artefacts: production settings pass Django's deploy checks, the compose file is
valid and wires the processes as designed, and .env.example documents every setting."""

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

ROOT = Path(__file__).resolve().parents[2]


def _production_env(**overrides: str) -> dict[str, str]:
    env = {
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
    }
    env.update(overrides)
    return env


def _check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # A subprocess: settings are read once per process, and these differ from the test run's.
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = _check_deploy(_production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_catches_a_weak_secret_key():
    # The check above can fail: the same run with a short key is refused.
    result = _check_deploy(_production_env(SECRET_KEY="too-short"))
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


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


@pytest.fixture(scope="module")
def compose_config() -> dict:
    command = _compose_command()
    # Validate with an empty environment, as on a fresh checkout without .env.
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}
    quiet = subprocess.run(
        [*command, "-f", "docker-compose.yml", "config", "-q"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert quiet.returncode == 0, quiet.stderr
    full = subprocess.run(
        [*command, "-f", "docker-compose.yml", "config"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return yaml.safe_load(full.stdout)


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
