"""Editors submit for moderation, moderators publish, and the workflow applies to the whole tree."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page, Workflow

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
