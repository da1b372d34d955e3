"""The translators' to-do list: per language, the pages not yet translated and the translations
whose Polish source has changed since they were last brought up to date, newest change first."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
NEVER = datetime.min.replace(tzinfo=UTC)  # sorts pages that were never edited last


@dataclass(frozen=True)
class ToDo:
    title: str
    language: str
    state: str
    source_changed_at: datetime | None
    # Where the translator goes: a view's name, the page it takes and a query string. The URL is
    # made for the rows shown only: a language can have thousands of untranslated pages.
    view_name: str
    page_id: int
    query: str = ""

    @property
    def url(self):
        return reverse(self.view_name, args=[self.page_id]) + self.query


def untranslated(language_code):
    """Rows, not pages: with the scale content's 20,000 aliases, building pages took seconds. A Polish page
    never published (an "add page" form left half-filled is saved as a draft) is not yet for translating."""
    ever_published = Q(alias_of__live=True) | Q(alias_of__first_published_at__isnull=False)
    aliases = Page.objects.filter(ever_published, alias_of__locale__language_code=settings.LANGUAGE_CODE).exclude(
        locale__language_code=settings.LANGUAGE_CODE
    )
    if language_code:
        aliases = aliases.filter(locale__language_code=language_code)
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    languages = {pk: locale.get_display_name() for pk, locale in locales.items()}
    state = _("Not translated")
    source = ("alias_of_id", "alias_of__title", "alias_of__latest_revision_created_at", "alias_of__last_published_at")
    rows = aliases.values_list("locale_id", *source)
    for locale_id, source_id, title, revised_at, published_at in rows:
        yield ToDo(
            title=title,
            language=languages[locale_id],
            state=state,
            source_changed_at=revised_at or published_at,
            # wagtail-localize's "Translate this page" for this language
            view_name="wagtail_localize:submit_page_translation",
            page_id=source_id,
            query=f"?select_locale={locales[locale_id].language_code}",
        )


def out_of_date(language_code):
    translations = Translation.objects.filter(enabled=True, source__locale__language_code=settings.LANGUAGE_CODE)
    if language_code:
        translations = translations.filter(target_locale__language_code=language_code)
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in translations.select_related("source", "target_locale")
    }
    changed_sources = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            translation_key__in=[key for key, _locale in translations],
        )
    }
    targets = Page.objects.filter(
        translation_key__in=changed_sources, locale_id__in={locale for _key, locale in translations}
    )
    for target in targets.select_related("locale"):
        translation = translations.get((target.translation_key, target.locale_id))
        source = changed_sources[target.translation_key]
        source_changed_at = source.latest_revision_created_at or source.last_published_at
        if translation and source_changed_at and source_changed_at > translation.source.last_updated_at:
            yield ToDo(
                title=target.title,
                language=target.locale.get_display_name(),
                state=_("Polish source changed"),
                source_changed_at=source_changed_at,
                # wagtail-localize's translation editor, which offers to sync with the new source
                view_name="wagtailadmin_pages:edit",
                page_id=target.pk,
            )


def translation_todo(language_code=None):
    rows = [*untranslated(language_code), *out_of_date(language_code)]
    return sorted(rows, key=lambda row: row.source_changed_at or NEVER, reverse=True)


class TranslationToDoView(ReportView):
    page_title = _("Translators' to-do list")
    header_icon = "doc-empty-inverse"
    index_url_name = "translation_todo"
    index_results_url_name = "translation_todo_results"
    results_template_name = "translations/translation_todo_results.html"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Page"), get_url=lambda row: row.url),
        Column("language", label=_("Language")),
        Column("state", label=_("State")),
        DateColumn("source_changed_at", label=_("Polish source changed")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SUBMIT_TRANSLATION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        language_code = self.request.GET.get("language")
        known = dict(settings.LANGUAGES)
        return translation_todo(language_code if language_code in known else None)
