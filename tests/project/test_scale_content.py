"""The scale content: many pages in bulk, a fifth translated, searchable, and loaded only once."""

import os

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from documents.models import PdfText, PositionDocumentPage
from news.models import NewsPage
from newsletter import ratelimit

pytestmark = pytest.mark.django_db


def test_scale_content_is_complete_translated_in_part_and_loaded_once(client):
    call_command("load_scale_content", news=20, documents=5, events=5, verbosity=0)
    polish = NewsPage.objects.filter(locale__language_code="pl", slug__startswith="skala-")
    assert polish.count() == 20
    for source in polish:
        versions = {version.locale.language_code: version for version in source.get_translations()}
        assert set(versions) == {"en", "nb"}
        number = int(source.slug.rsplit("-", 1)[1])
        translated = number % 5 == 0
        assert (versions["nb"].alias_of_id is None) == translated
        assert (versions["nb"].title != source.title) == translated
    assert client.get(polish.first().url).status_code == 200
    norwegian = NewsPage.objects.get(locale__language_code="nb", slug="skala-aktualnosc-00005")
    assert client.get(norwegian.url).status_code == 200

    documents = PositionDocumentPage.objects.filter(locale__language_code="pl", slug__startswith="skala-")
    assert PdfText.objects.filter(document__in=documents.values("document")).count() == 5

    # Indexed for search: a word only in the scale content finds it.
    response = client.get("/pl/szukaj/", {"q": polish.get(slug="skala-aktualnosc-00007").title.split(":")[0]})
    assert "skala-aktualnosc" in response.content.decode()

    before = NewsPage.objects.count()
    call_command("load_scale_content", news=20, documents=5, events=5, verbosity=0)
    assert NewsPage.objects.count() == before


@pytest.fixture
def redis_cache(settings):
    """The production cache: shared by all web processes, atomic counters."""
    settings.CACHES = {"default": {"BACKEND": "caching.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}
    cache.clear()
    yield cache
    cache.clear()


@pytest.mark.skipif("REDIS_URL" not in os.environ, reason="needs a Redis server: .ci/run sets REDIS_URL")
def test_page_cache_and_rate_limit_work_on_redis(redis_cache, monkeypatch):
    client = Client()
    assert client.get("/pl/aktualnosci/")["X-Page-Cache"] == "miss"
    assert client.get("/pl/aktualnosci/")["X-Page-Cache"] == "hit"
    news = NewsPage.objects.filter(locale__language_code="pl").order_by("pk").first()
    news.title = "Tytuł zmieniony przy Redisie"
    news.save_revision().publish()
    assert "Tytuł zmieniony przy Redisie" in client.get("/pl/aktualnosci/").content.decode()

    monkeypatch.setattr(ratelimit, "SIGN_UPS_PER_HOUR", 2)
    statuses = [client.post("/pl/newsletter/", {"email": f"r{n}@example.org", "consent": "on"}).status_code
                for n in range(3)]  # fmt: skip
    assert statuses == [302, 302, 429]


@pytest.mark.skipif("REDIS_URL" not in os.environ, reason="needs a Redis server: .ci/run sets REDIS_URL")
def test_redis_cache_reuses_one_client(redis_cache):
    client = redis_cache._cache.get_client()
    redis_cache.set("reused", 1)
    assert redis_cache.get("reused") == 1
    assert redis_cache._cache.get_client(write=True) is client
