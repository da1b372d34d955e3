"""Every path through wagtail-localize keeps page permissions per locale, the moderation workflow and snippet rights."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from demo.loader import FILES_DIR
from home.models import DataProtectionNotice, StandardPage
from news.models import NewsPage
from programmes.models import ProgrammePage
from tests.factories import signed_in_with_second_factor
from tests.site.test_editors import translator, user_in

pytestmark = pytest.mark.django_db


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def refused(response):
    """Wagtail answers a denied admin request with 403 to scripts and with a redirect to its dashboard to people."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def submit_page(client, page, *language_codes):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [locale(code).pk for code in language_codes]})


def test_a_translator_cannot_create_pages_in_other_languages_from_its_own(client, django_user_model):
    nb_home = Page.objects.get(depth=2, locale__language_code="nb")
    own = nb_home.add_child(instance=StandardPage(title="Kun på norsk", slug="kun-pa-norsk", locale=locale("nb")))
    client.force_login(translator("nb", django_user_model))
    assert refused(submit_page(client, own, "pl", "en"))
    assert list(Page.objects.filter(translation_key=own.translation_key)) == [own.page_ptr]


def aliased_news():
    return NewsPage.objects.get(slug="seminarium-z-dzierzoniowa", locale__language_code="pl")


def test_a_translator_cannot_turn_an_alias_of_another_language_into_a_translation(client, django_user_model):
    source = aliased_news()
    client.force_login(translator("nb", django_user_model))
    response = submit_page(client, source, "en")
    assert response.status_code == 200 and "locales" in response.context["form"].errors
    assert source.get_translation(locale("en")).alias_of_id == source.pk


def test_the_form_accepts_only_the_languages_the_translator_may_publish(client, django_user_model):
    source = aliased_news()
    client.force_login(translator("nb", django_user_model))
    form_page = client.get(reverse("wagtail_localize:submit_page_translation", args=[source.pk]))
    assert list(form_page.context["form"].fields["locales"].queryset) == [locale("nb")]
    mixed = submit_page(client, source, "nb", "en")
    assert mixed.status_code == 200 and mixed.context["form"].errors
    assert source.get_translation(locale("en")).alias_of_id == source.pk
    assert source.get_translation(locale("nb")).alias_of_id == source.pk
    assert submit_page(client, source, "nb").status_code == 302
    assert source.get_translation(locale("nb")).alias_of_id is None


def test_an_editor_cannot_publish_a_translation_by_submitting_it(client, django_user_model):
    source = aliased_news()
    client.force_login(user_in("Redaktorzy", django_user_model))
    assert refused(submit_page(client, source, "en"))
    assert source.get_translation(locale("en")).alias_of_id == source.pk


@pytest.fixture
def english_translation(translate_page):
    source = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    english = translate_page(source, locale("en"), {source.title: "Public services monitoring system"})
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=locale("en"))
    return english, translation


def edit_title(client, translation, title):
    segment = StringSegment.objects.get(source=translation.source, string__data=translation.source.object_repr)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, f"value={title}", content_type="application/x-www-form-urlencoded")


def update(client, source, publish):
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return client.post(url, {"publish_translations": "on"} if publish else {})


def test_an_editor_cannot_publish_an_english_page_past_moderation(client, django_user_model, english_translation):
    english, translation = english_translation
    client.force_login(user_in("Redaktorzy", django_user_model))
    assert edit_title(client, translation, "Changed without moderation").status_code in (200, 201)  # a draft string
    assert refused(update(client, translation.source, publish=True))
    english.refresh_from_db()
    assert english.title == "Public services monitoring system"
    assert update(client, translation.source, publish=False).status_code == 302  # refreshing the strings is editing


def test_a_moderator_updates_and_publishes_translations(
    client, django_user_model, english_translation, django_capture_on_commit_callbacks
):
    english, translation = english_translation
    signed_in_with_second_factor(client, user_in("Moderatorzy", django_user_model))
    assert edit_title(client, translation, "Public services monitoring").status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        assert update(client, translation.source, publish=True).status_code == 302
    english.refresh_from_db()
    assert english.title == "Public services monitoring"


def test_a_translator_cannot_update_or_translate_snippets_it_has_no_right_to(client, django_user_model, translate_page):
    source = DataProtectionNotice.objects.get(locale__language_code="pl", purpose="newsletter")
    english = translate_page(source, locale("en"), {source.consent_text: "I agree."})
    DataProtectionNotice.objects.filter(locale=locale("nb")).delete()
    client.force_login(translator("en", django_user_model))
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    assert refused(update(client, translation_source, publish=True))
    assert refused(update(client, translation_source, publish=False))
    snippet_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "dataprotectionnotice", source.pk]
    )
    assert refused(client.post(snippet_url, {"locales": [locale("nb").pk]}))
    english.refresh_from_db()
    assert english.consent_text == "I agree."
    assert not DataProtectionNotice.objects.filter(locale=locale("nb")).exists()


def test_a_translator_cannot_turn_a_translation_back_into_an_alias_elsewhere(
    client, django_user_model, english_translation
):
    english, _translation = english_translation
    client.force_login(user_in("Redaktorzy", django_user_model))
    assert refused(client.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk])))
    english.refresh_from_db()
    assert english.alias_of_id is None and english.title == "Public services monitoring system"


def test_a_translator_publishes_in_its_tree_but_neither_deletes_nor_moves_there(client, django_user_model):
    nb_news = aliased_news().get_translation(locale("nb"))
    nb_translator = translator("nb", django_user_model)
    assert nb_news.permissions_for_user(nb_translator).can_publish()
    client.force_login(nb_translator)
    assert refused(client.post(reverse("wagtailadmin_pages:delete", args=[nb_news.pk])))
    destination = nb_news.get_parent().get_parent()
    assert refused(client.post(reverse("wagtailadmin_pages:move_confirm", args=[nb_news.pk, destination.pk])))
    bulk_delete = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={nb_news.pk}"
    assert refused(client.post(bulk_delete))
    nb_news.refresh_from_db()
    assert Page.objects.filter(pk=nb_news.pk, path=nb_news.path).exists()


def test_a_moderator_still_deletes_in_a_translated_tree(client, django_user_model):
    nb_news = aliased_news().get_translation(locale("nb"))
    signed_in_with_second_factor(client, user_in("Moderatorzy", django_user_model))
    client.post(reverse("wagtailadmin_pages:delete", args=[nb_news.pk]))
    assert not Page.objects.filter(pk=nb_news.pk).exists()


def test_translators_upload_into_their_collection_and_not_into_private_ones(client, django_user_model):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Zarząd")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    client.force_login(translator("nb", django_user_model))

    def upload(collection, title):
        pdf = SimpleUploadedFile("uttalelse.pdf", (FILES_DIR / "uttalelse-vannforsyning-uc-130.pdf").read_bytes())
        return client.post("/admin/documents/add/", {"title": title, "file": pdf, "collection": collection.pk})

    for collection in (private, root, Collection.objects.get(name="Tłumaczenia")):
        upload(collection, f"Uttalelse ({collection.name})")
    # Wagtail puts an upload into the one collection the uploader may add to, whichever was asked for.
    uploaded = Document.objects.filter(title__startswith="Uttalelse (")
    assert uploaded.count() == 3
    assert set(uploaded.values_list("collection__name", flat=True)) == {"Tłumaczenia"}
