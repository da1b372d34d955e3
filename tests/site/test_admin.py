"""Editors can open the create and edit forms of every page type in the Wagtail admin."""

import re

import pytest

from django.urls import reverse

from news.models import NewsPage
from programmes.models import ProgrammePage
from tests.content.test_pages import PAGE_TYPES, page_in
from tests.content.test_tree import ALLOWED_CHILDREN

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_edit_form_opens(admin_client, model):
    page = page_in(model, "pl")
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        (parent, child)
        for parent, children in ALLOWED_CHILDREN.items()
        if parent in PAGE_TYPES
        for child in sorted(children, key=lambda model: model.__name__)  # the same order in every process
    ],
    ids=lambda model: model.__name__,
)
def test_create_form_opens_where_the_page_type_belongs(admin_client, parent, child):
    parent_page = page_in(parent, "pl")
    url = reverse("wagtailadmin_pages:add", args=[child._meta.app_label, child._meta.model_name, parent_page.pk])
    response = admin_client.get(url)
    if child.max_count_per_parent and child.objects.child_of(parent_page).exists():
        assert response.status_code == 302  # one index of each kind per home page
    else:
        assert response.status_code == 200


def test_news_form_offers_only_programmes_of_its_language(admin_client):
    news = page_in(NewsPage, "pl")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode()
    choices = set(re.findall(r'name="related_programmes" value="(\d+)"', html))
    polish = ProgrammePage.objects.filter(locale__language_code="pl").values_list("pk", flat=True)
    assert choices == {str(pk) for pk in polish}
