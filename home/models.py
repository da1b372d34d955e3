"""The site's own pages and settings: the home page, standard pages, the accessibility statement, the contact
details and the data-protection notice."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.indexing import AnalysedTextMixin
from core.languages import LANGUAGE_NAMES
from core.pages import ANALYSED_TEXT_FIELDS, ContentPage, KnownRestrictionsMixin
from documents.models import PositionDocumentPage
from events.models import EventPage
from news.models import NewsPage
from programmes.models import ProgrammePage


class HomePage(ContentPage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "programmes.ProgrammeIndexPage",
        "news.NewsIndexPage",
        "documents.DocumentIndexPage",
        "events.EventIndexPage",
        "news.MultimediaPage",
        "home.StandardPage",
        "home.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The home page in the active language, as Wagtail's: routing starts from it on every request.
        Wagtail asks the database for the active locale and then the translation; the site's home
        page kept by caching.sites knows its live translations already."""
        translations = getattr(self, "live_translations", None)
        if translations is None:
            return super().localized
        try:
            return translations.get(get_supported_content_language_variant(get_language()), self)
        except LookupError:  # not a language of the site: Wagtail's answer too
            return self

    def route(self, request, path_components):
        """The deepest page whose URL starts the requested path, in one query instead of two per tree level.

        That page then routes the rest, as it would in Wagtail's walk down the tree: a feed/ or ics/ of a
        routable page, or a 404 (its children were looked up already). Live checks are the page's own.
        """
        prefixes = [self.url_path + "".join(f"{part}/" for part in path_components[:depth])
                    for depth in range(1, len(path_components) + 1)]  # fmt: skip
        deepest = (
            # slug is indexed; url_path, which decides, is not.
            Page.objects.filter(slug__in=path_components, url_path__in=prefixes, path__startswith=self.path)
            .order_by("-depth")
            .first()
            if prefixes
            else None
        )
        if deepest is None:
            return super().route(request, path_components)
        remaining = path_components[deepest.depth - self.depth :]
        return deepest.specific.route(request, remaining)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.listed_in(self.locale_id).cards()[:6]
        context["latest_documents"] = PositionDocumentPage.objects.listed_in(self.locale_id).cards()[:4]
        context["upcoming_events"] = EventPage.objects.listed_in(self.locale_id).cards().upcoming()[:3]
        context["programmes"] = ProgrammePage.objects.top_level_of(self)
        return context


class StandardPage(ContentPage):
    """About us, the privacy notice, the accessibility statement."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class AccessibilityStatementPage(KnownRestrictionsMixin, AnalysedTextMixin, Page):
    """The accessibility statement ("deklaracja dostępności") with the elements the Polish technical
    conditions (version 2.0) ask for; the template gives each its required id."""

    class Status(models.TextChoices):
        COMPLIANT = "compliant", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NON_COMPLIANT = "non-compliant", _("not compliant")

    entity_name = models.CharField(_("name of the public body"), max_length=255)
    site_url = models.URLField(_("address of the website"))
    published_on = models.DateField(_("date the website was published"))
    updated_on = models.DateField(_("date of the last major update"))
    status = models.CharField(_("compliance status"), max_length=20, choices=Status.choices, default=Status.PARTIAL)
    non_compliance = RichTextField(_("what is not accessible, and why"), blank=True, features=RICH_TEXT_FEATURES)
    prepared_on = models.DateField(_("date the statement was prepared"))
    contact_person = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40)
    procedure = RichTextField(_("how to ask for accessibility and complain"), features=RICH_TEXT_FEATURES)
    architecture = RichTextField(_("accessibility of the buildings"), features=RICH_TEXT_FEATURES)
    mobile_apps = RichTextField(_("mobile applications"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("entity_name"), FieldPanel("site_url")], heading=_("Introduction")),
        MultiFieldPanel(
            [FieldPanel("published_on"), FieldPanel("updated_on"), FieldPanel("prepared_on")], heading=_("Dates")
        ),
        FieldPanel("status"),
        FieldPanel("non_compliance"),
        MultiFieldPanel(
            [FieldPanel("contact_person"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("procedure"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    # Names, addresses and dates read the same in every language.
    override_translatable_fields = [
        SynchronizedField("contact_person"),
        SynchronizedField("contact_phone"),
    ]
    search_fields = Page.search_fields + ANALYSED_TEXT_FIELDS
    search_detail_fields = ("entity_name", "contact_person")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def text_of_body(self):
        sections = (self.non_compliance, self.procedure, self.architecture, self.mobile_apps)
        return " ".join(strip_tags(section) for section in sections)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details that read the same in every language."""

    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    data_protection_email = models.EmailField(_("data protection officer's e-mail"), blank=True)
    privacy_page = models.ForeignKey(
        Page,
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in the visitor's language where it is translated"),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("data_protection_email"), FieldPanel("privacy_page")], heading=_("Privacy")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("linkedin_url"), FieldPanel("x_url")],
            heading=_("Social media"),
        ),
    ]

    @property
    def social_links(self):
        """(name, address) of each social profile the association has."""
        profiles = [
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in profiles if url]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class DataProtectionNotice(TranslatableMixin, models.Model):
    """A consent sentence and the data controller's notice: the newsletter's (in the footer) or the event sign-ups'."""

    class Purpose(models.TextChoices):
        NEWSLETTER = "newsletter", _("newsletter")
        SIGN_UPS = "sign_ups", _("sign-ups for events")

    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices, default=Purpose.NEWSLETTER)
    consent_text = models.TextField(_("consent text"))
    notice = RichTextField(_("data controller's notice"), features=RICH_TEXT_FEATURES)

    panels = [FieldPanel("purpose"), FieldPanel("consent_text"), FieldPanel("notice")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("data protection notice")
        verbose_name_plural = _("data protection notices")

    def __str__(self):
        return str(_("Data protection notice: {purpose} ({language})")).format(
            purpose=self.get_purpose_display(), language=self.locale.get_display_name()
        )

    @classmethod
    def for_language(cls, purpose, language_code):
        """The notice in the visitor's language, else the Polish source (shown with lang="pl")."""
        notices = cls.objects.filter(
            purpose=purpose, locale__language_code__in=[language_code, settings.LANGUAGE_CODE]
        ).select_related("locale")
        return min(notices, key=lambda notice: notice.locale.language_code != language_code, default=None)


class ConsentVersion(models.Model):
    """The exact consent text and notice someone agreed to, kept unchanged whatever editors do later.

    Abstract: the newsletter and the sign-ups each keep their own proof beside the records citing it."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    consent_text = models.TextField(_("consent text"))
    notice = models.TextField(_("data controller's notice (HTML)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    first_used_at = models.DateTimeField(_("first used at"), default=timezone.now)

    class Meta:
        abstract = True
        verbose_name = _("consent text version")
        verbose_name_plural = _("consent text versions")
        ordering = ["-first_used_at"]

    def __str__(self):
        """What an organiser recognises: the language and the day it was first agreed to; the digest that
        proves the exact text follows as a detail."""
        first_used = date_format(timezone.localtime(self.first_used_at), "DATETIME_FORMAT")
        named = _("Consent text in %(language)s, first agreed to %(date)s") % {
            "language": LANGUAGE_NAMES[self.language],
            "date": first_used,
        }
        return f"{named} · SHA-256 {self.sha256[:12]}"

    @staticmethod
    def digest(language, consent_text, notice):
        return hashlib.sha256("\x1f".join((language, consent_text, notice)).encode()).hexdigest()

    @classmethod
    def digest_of(cls, notice):
        return cls.digest(notice.locale.language_code, notice.consent_text, notice.notice)

    @classmethod
    def shown(cls, notice, shown_digest=""):
        """The version the visitor saw: the one named by the form, if we know it, else the notice's current text."""
        if shown_digest and (known := cls.objects.filter(sha256=shown_digest).first()):
            return known
        version, _created = cls.objects.get_or_create(
            sha256=cls.digest_of(notice),
            defaults={
                "language": notice.locale.language_code,
                "consent_text": notice.consent_text,
                "notice": notice.notice,
            },
        )
        return version
