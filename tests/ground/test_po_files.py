"""Translators can work offline: export a page's strings as a PO file, translate it, import it, publish."""

import io

import polib
import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation

from news.models import NewsPage
from tests.site.test_editors import translator

pytestmark = pytest.mark.django_db

NORWEGIAN = {
    "EMPIRIE „Miasto cyfrowe” w Zabrzu": "EMPIRIE «Den digitale byen» i Zabrze",
    "miasto-cyfrowe-w-zabrzu": "den-digitale-byen-i-zabrze",
    "Galeria": "Galleri",
}


def test_po_round_trip_translates_the_norwegian_page(client, django_user_model, django_capture_on_commit_callbacks):
    source = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    nb = Locale.objects.get(language_code="nb")
    client.force_login(translator("nb", django_user_model))
    # "Translate this page" on the Norwegian alias
    started = client.post(reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [nb.pk]})
    assert started.status_code == 302
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=nb)

    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    assert {entry.msgid for entry in po} >= set(NORWEGIAN)
    for entry in po:
        entry.msgstr = NORWEGIAN.get(entry.msgid, entry.msgid.replace("Abstrakcyjna ilustracja", "Abstrakt bilde"))

    upload = io.BytesIO(str(po).encode())
    upload.name = "zabrze-nb.po"
    imported = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert imported.status_code == 302
    assert translation.get_progress() == (len(po), len(po))

    target = source.get_translation(nb)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    published = NewsPage.objects.get(pk=target.pk)
    assert published.title == "EMPIRIE «Den digitale byen» i Zabrze"
    assert published.url == "/nb/programmer/empirie/den-digitale-byen/den-digitale-byen-i-zabrze/"
    assert not published.alias_of_id
    html = client.get(published.url).content.decode()
    assert "<h1>EMPIRIE «Den digitale byen» i Zabrze</h1>" in html
    assert "Galleri" in html and "untranslated-notice" not in html
