"""Settings come from the environment; production passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-0123456789",
    "DJANGO_ALLOWED_HOSTS": "claims.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "EMAIL_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deployment_checks_without_warnings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_debug():
    result = _manage("check", **PRODUCTION, DJANGO_DEBUG="true")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be off" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DJANGO_DEBUG", "perhaps", "DJANGO_DEBUG must be a boolean"),
        ("EMAIL_PORT", "twenty-five", "EMAIL_PORT must be an integer"),
        ("REMINDER_FOLLOW_UP_DAYS", "7,soon", "REMINDER_FOLLOW_UP_DAYS must be a comma-separated"),
        ("DATABASE_URL", "nosuchdb://x", "DATABASE_URL"),
        ("CACHE_URL", "memcached://x", "CACHE_URL must be a redis:// URL"),
        ("DJANGO_ENV", "staging", "DJANGO_ENV must be"),
        ("REMINDER_SEND_DEADLINE_SECONDS", "900", "must be shorter than REMINDER_LEASE_SECONDS"),
        ("DJANGO_NUM_PROXIES", "-1", "DJANGO_NUM_PROXIES must be at least 0"),
        ("DJANGO_NUM_PROXIES", "one", "DJANGO_NUM_PROXIES must be an integer"),
    ],
)
def test_a_malformed_variable_is_named_in_the_error(variable, value, message):
    result = _manage("check", **{variable: value})
    assert result.returncode != 0
    assert message in result.stderr
    assert "ImproperlyConfigured" in result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "0"),
        ({"DJANGO_BEHIND_PROXY": "true"}, "1"),
        ({"DJANGO_BEHIND_PROXY": "true", "DJANGO_NUM_PROXIES": "2"}, "2"),
    ],
)
def test_the_api_trusts_forwarded_addresses_only_from_the_configured_proxies(env, expected):
    code = "from rest_framework.settings import api_settings; print(api_settings.NUM_PROXIES)"
    result = _manage("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected
