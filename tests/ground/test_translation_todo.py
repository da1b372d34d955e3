"""Translators see what is left to translate, and what the Polish editors changed since."""

import pytest

from django.urls import reverse

from wagtail_localize.synctree import create_aliases_for_new_page

from news.models import NewsPage
from programmes.models import ProgrammePage
from tests.site.test_editors import translator, user_in

pytestmark = pytest.mark.django_db


def todo_html(client, **parameters):
    response = client.get(reverse("translation_todo"), parameters)
    assert response.status_code == 200
    return response.content.decode()


def test_untranslated_pages_are_listed_with_a_link_to_translate_them(client, django_user_model):
    client.force_login(translator("nb", django_user_model))
    html = todo_html(client, language="nb")
    zabrze = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    assert zabrze.title in html
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[zabrze.pk]) + "?select_locale=nb"
    assert translate_url.replace("&", "&amp;") in html
    translated = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    assert f">{translated.title}<" not in html  # translated and up to date


def test_translation_whose_source_changed_is_listed_first(client, django_user_model):
    source = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    source.lead = "Nowe terminy szkoleń SMUP."
    source.save_revision().publish()
    client.force_login(translator("nb", django_user_model))
    html = todo_html(client, language="nb")
    norwegian = ProgrammePage.objects.get(translation_key=source.translation_key, locale__language_code="nb")
    assert norwegian.title in html
    assert html.index(norwegian.title) < html.index("EMPIRIE „Miasto cyfrowe” w Zabrzu")
    assert reverse("wagtailadmin_pages:edit", args=[norwegian.pk]) in html


def test_editors_without_translation_rights_do_not_see_it(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    assert client.get(reverse("translation_todo")).status_code in (302, 403)
    client.force_login(user_in("Redaktorzy", django_user_model))
    assert client.get(reverse("translation_todo")).status_code == 200


def test_a_polish_page_never_published_is_not_for_translating_yet(client, django_user_model):
    programme = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    draft = programme.add_child(instance=NewsPage(title="Porzucony szkic", slug="porzucony-szkic", live=False))
    draft.save_revision()  # an "add page" form left half-filled, given its aliases as the admin gives them
    create_aliases_for_new_page(draft)
    assert NewsPage.objects.filter(alias_of=draft, locale__language_code="nb").exists()
    client.force_login(translator("nb", django_user_model))
    assert "Porzucony szkic" not in todo_html(client, language="nb")
    draft.save_revision().publish()
    assert "Porzucony szkic" in todo_html(client, language="nb")
