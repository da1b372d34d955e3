"""Editors submit for moderation, moderators publish, and the workflow applies to the whole tree."""

import json
import re
from html import unescape

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.models import Locale, Page, Workflow

from core.blocks import BaseStreamBlock
from news.models import NewsPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db


def user_in(group_name, django_user_model):
    user = django_user_model.objects.create_user(f"{group_name.lower()}-user", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_create_and_edit_but_do_not_publish(django_user_model):
    editor = user_in("Redaktorzy", django_user_model)
    programme = ProgrammePage.objects.get(slug="rozwoj-lokalny", locale__language_code="pl")
    permissions = programme.permissions_for_user(editor)
    assert permissions.can_add_subpage()
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert editor.has_perm("wagtailadmin.access_admin")


def test_moderators_publish(django_user_model):
    moderator = user_in("Moderatorzy", django_user_model)
    news = NewsPage.objects.filter(locale__language_code="pl").first()
    assert news.permissions_for_user(moderator).can_publish()


def test_moderation_workflow_covers_every_page():
    workflow = Workflow.objects.get(name="Akceptacja moderatora")
    assert workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderatorzy"]
    for page in Page.objects.filter(depth=2):
        assert page.get_workflow() == workflow


def test_editors_can_upload_and_choose_images_and_documents():
    granted = set(
        Group.objects.get(name="Redaktorzy").collection_permissions.values_list("permission__codename", flat=True)
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= granted


def translator(language_code, django_user_model):
    return user_in(f"Tłumacze {language_code.upper()}", django_user_model)


def test_translator_cannot_edit_polish_pages(client, django_user_model):
    client.force_login(translator("nb", django_user_model))
    polish = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    edit_url = reverse("wagtailadmin_pages:edit", args=[polish.pk])
    # Wagtail answers a denied request with 403 to scripts, and with a message on its dashboard to people.
    assert client.get(edit_url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    refused = client.post(edit_url, {"title": "Zmienione", "slug": "smup", "action-publish": "1"}, follow=True)
    assert refused.redirect_chain == [("/admin/", 302)]
    assert [message.level_tag for message in refused.context["messages"]] == ["error"]
    assert ProgrammePage.objects.get(pk=polish.pk).title == polish.title
    assert not polish.permissions_for_user(translator("en", django_user_model)).can_edit()


def test_translator_publishes_in_its_own_language_only(django_user_model):
    nb_translator = translator("nb", django_user_model)
    nb_page = ProgrammePage.objects.get(slug="smup", locale__language_code="nb")
    en_page = ProgrammePage.objects.get(slug="smup", locale__language_code="en")
    assert nb_page.permissions_for_user(nb_translator).can_publish()
    assert not en_page.permissions_for_user(nb_translator).can_edit()


def test_translator_publishes_a_translation_through_the_admin(
    client, django_user_model, django_capture_on_commit_callbacks, translate_page
):
    nb = Locale.objects.get(language_code="nb")
    source = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    norwegian_title = "Overvåkingssystem for offentlige tjenester (SMUP)"
    draft = translate_page(source, nb, {source.title: norwegian_title}, publish=False)
    assert ProgrammePage.objects.get(pk=draft.pk).has_unpublished_changes  # saved as a draft only
    client.force_login(translator("nb", django_user_model))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
    assert response.status_code == 302
    published = ProgrammePage.objects.get(pk=draft.pk)
    assert published.title == norwegian_title
    assert published.live and not published.has_unpublished_changes and not published.alias_of_id


def test_the_polish_admin_names_the_workflow_in_a_sentence_that_reads(client, django_user_model):
    """Wagtail's Polish said "Wyślij do Akceptacja moderatora"; our catalogue corrects it (home.admin_wording)."""
    client.force_login(user_in("Redaktorzy", django_user_model))
    programme = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[programme.pk])).content.decode()
    assert "Przekaż do procesu „Akceptacja moderatora”" in html
    assert "Wyślij do Akceptacja" not in html


def test_a_new_news_item_opens_on_an_empty_paragraph(client, django_user_model):
    client.force_login(user_in("Redaktorzy", django_user_model))
    programme = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    html = client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", programme.pk])).content.decode()
    body = html[html.index('<div id="body" data-block') :]
    value, _errors = json.loads(unescape(re.search(r'data-w-block-arguments-value="([^"]*)"', body)[1]))
    assert [block["type"] for block in value] == ["paragraph"]


def test_an_empty_paragraph_is_dropped_on_save_not_refused():
    block = BaseStreamBlock()
    body = block.to_python([{"type": "paragraph", "value": "<p></p>"}, {"type": "heading", "value": "Program szkoleń"}])
    assert [child.block_type for child in block.clean(body)] == ["heading"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python([{"type": "heading", "value": ""}]))
