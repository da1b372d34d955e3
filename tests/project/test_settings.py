"""Production settings take every secret from the environment and stop when one is missing."""

import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connection

from wagtail.models import Locale

from config.settings.base import database

COMPLETE_ENVIRONMENT = {
    "SECRET_KEY": "a-long-random-production-secret-for-this-test-only",
    "ALLOWED_HOSTS": "miasta.example.org",
    "DATABASE_URL": "postgres://miasta@127.0.0.1:5432/miasta",
}


def run_with_production_settings(environment, *arguments):
    env = {key: value for key, value in os.environ.items() if key not in COMPLETE_ENVIRONMENT}
    env.update(environment, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(  # noqa: S603  (our own interpreter and fixed arguments)
        [sys.executable, *arguments], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=False
    )


def load_production_settings(environment):
    script = "import django; django.setup(); from django.conf import settings; print(settings.ALLOWED_HOSTS)"
    return run_with_production_settings(environment, "-c", script)


def test_deploy_checks_pass_with_a_complete_environment():
    environment = dict(COMPLETE_ENVIRONMENT, SECRET_KEY="k" * 20 + "-a-long-and-varied-Secret-key-0123456789")
    result = run_with_production_settings(environment, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr


def test_production_settings_load_from_a_complete_environment():
    result = load_production_settings(COMPLETE_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert "miasta.example.org" in result.stdout


@pytest.mark.parametrize("missing", sorted(COMPLETE_ENVIRONMENT))
def test_production_settings_name_the_missing_variable(missing):
    environment = {key: value for key, value in COMPLETE_ENVIRONMENT.items() if key != missing}
    result = load_production_settings(environment)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_base_settings_are_secure_by_default():
    from config.settings import base

    assert base.DEBUG is False
    assert not hasattr(base, "SECRET_KEY")
    assert base.ALLOWED_HOSTS == []


def test_one_language_list_serves_django_and_wagtail():
    assert [code for code, _name in settings.LANGUAGES] == ["pl", "en", "nb"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.LANGUAGE_CODE == "pl"
    assert settings.WAGTAIL_I18N_ENABLED


def test_gunicorn_configuration_loads_the_production_site():
    result = run_with_production_settings(
        COMPLETE_ENVIRONMENT, "-m", "gunicorn", "--check-config", "-c", "config/gunicorn.py", "config.wsgi"
    )
    assert result.returncode == 0, result.stderr


def test_a_web_process_is_warm_before_its_first_request():
    """config.wsgi compiles the URL patterns for every language and the site's templates, imports the
    cache's client and freezes what it loaded out of garbage collection, without connecting to
    anything (gunicorn forks the workers afterwards)."""
    script = """
import gc
import sys
from config.wsgi import application
from django.db import connection
from django.template import engines
from django.urls import get_resolver
loader = engines["django"].engine.template_loaders[0]
print(sorted(get_resolver()._reverse_dict), "redis" in sys.modules, connection.connection is None,
      "components/news_item.html" in {key.split(":")[0] for key in loader.get_template_cache},
      gc.get_freeze_count() > 10_000)
"""
    result = run_with_production_settings(dict(COMPLETE_ENVIRONMENT, REDIS_URL="redis://127.0.0.1:1/0"), "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["['en',", "'nb',", "'pl']", "True", "True", "True", "True"]


def test_postgresql_connections_plan_without_merge_joins_prepare_statements_and_keep_the_url_options():
    config = database("postgres://miasta@db.example.org:5432/miasta?sslmode=require")
    prepared = {"server_side_binding": True, "prepare_threshold": 5}
    assert config["OPTIONS"] == {"sslmode": "require", "options": "-c enable_mergejoin=off", **prepared}
    # SQLite's are its own: shared by the web processes and the task worker (config/settings/base.py).
    sqlite = database("sqlite:////tmp/miasta.sqlite3")["OPTIONS"]
    assert sqlite == {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a setting of PostgreSQL's planner")
def test_the_database_connection_has_the_planner_setting():
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_mergejoin")
        assert cursor.fetchone() == ("off",)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements of PostgreSQL")
def test_a_query_asked_again_and_again_is_prepared_on_the_connection():
    for _attempt in range(6):
        list(Locale.objects.filter(language_code="nb"))
    prepared = prepared_statements()
    assert any('FROM "wagtailcore_locale"' in statement for statement in prepared), prepared


def prepared_statements():
    """The SQL of the statements PostgreSQL keeps prepared for this connection."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return {statement for (statement,) in cursor.fetchall()}


def test_development_links_follow_the_port_make_run_serves_on():
    script = (
        "import django; django.setup(); from django.urls import reverse; from core.addresses import absolute_url; "
        "print(absolute_url(reverse('newsletter:subscribe')))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "PORT": "8601"}
    done = subprocess.run(  # noqa: S603  (our own interpreter and fixed arguments)
        [sys.executable, "-c", script], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "http://127.0.0.1:8601/pl/newsletter/"


def test_development_mail_is_printed_and_kept_as_a_file_to_open(settings, tmp_path, capsys):
    settings.EMAIL_BACKEND = "core.mail.ConsoleAndFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    EmailMessage("Confirm your sign-up", "http://127.0.0.1:8601/pl/zapisy/potwierdz/", to=["ola@example.org"]).send()
    [kept] = tmp_path.iterdir()
    assert "Confirm your sign-up" in capsys.readouterr().out and "/pl/zapisy/potwierdz/" in kept.read_text()
