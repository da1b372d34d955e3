"""Builds the Polish page tree from the seed, then aliases it into en and nb.

Idempotent: every object is looked up by its slug or title first, and only missing
ones are created, so a second run changes nothing.
"""

import datetime
import json
from pathlib import Path

from django.core.files import File
from django.db import transaction

from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from documents.models import DocumentIndexPage, PositionDocumentPage
from events.models import EventIndexPage, EventPage
from home.models import AccessibilityStatementPage, DataProtectionNotice, HomePage, SiteSettings, StandardPage
from news.models import MultimediaPage, NewsIndexPage, NewsPage
from newsletter.models import NewsletterIssue
from programmes.models import ProgrammeFunder, ProgrammeIndexPage, ProgrammePage, ProgrammePartner

from . import data, translations
from .images import demo_image, demo_logo
from .translate import translate

FILES_DIR = Path(__file__).parent / "files"
INDEX_MODELS = {
    "programmes": ProgrammeIndexPage,
    "news": NewsIndexPage,
    "documents": DocumentIndexPage,
    "events": EventIndexPage,
    "multimedia": MultimediaPage,
}


def child_page(parent, model, slug, **fields):
    """The live child of parent with this slug, created with fields if it is missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return page


def paragraph(html):
    return ("paragraph", RichText(html))


class DemoContent:
    def __init__(self):
        self.polish = Locale.objects.get(language_code="pl")
        self.home = HomePage.objects.get(locale=self.polish, depth=2)
        self.programmes = {}

    @transaction.atomic
    def load(self):
        self.load_home()
        self.load_programmes()
        self.load_news()
        self.load_documents()
        self.load_events()
        self.load_standard_pages()
        self.load_accessibility_statement()
        self.load_footer()
        for locale in Locale.objects.exclude(pk=self.polish.pk):
            synchronize_tree(self.polish, locale)
            self.load_translations(locale)

    def load_home(self):
        if not self.home.lead:
            self.home.lead = data.HOME_LEAD
            self.home.save_revision().publish()
        self.indexes = {
            key: child_page(
                self.home, INDEX_MODELS[key], index.slug, title=index.title, lead=index.lead, show_in_menus=True
            )
            for key, index in data.INDEX_PAGES.items()
        }

    def load_translations(self, locale):
        """Real translations of part of the tree, through wagtail-localize; the rest stays aliased."""
        texts = translations.texts_for(locale.language_code)
        for slug in translations.TRANSLATED_PAGE_SLUGS:
            source = Page.objects.get(locale=self.polish, slug=slug).specific
            existing = source.get_translation_or_none(locale)
            if existing is not None and not existing.alias_of_id:
                continue  # translated already
            if slug == translations.OWN_PDF.get(locale.language_code, (None,))[0]:
                filename = translations.OWN_PDF[locale.language_code][1]
                self.override_document(source, locale, filename, title=texts[source.title])
            translate(source, locale, texts)
        for snippet in (
            *DataProtectionNotice.objects.filter(locale=self.polish),
            NewsletterIssue.objects.get(locale=self.polish, subject=data.NEWSLETTER_ISSUE_SUBJECT),
        ):
            if snippet.get_translation_or_none(locale) is None:
                translate(snippet, locale, texts)

    def override_document(self, source, locale, filename, title):
        """Let the translation of a document page link its own PDF instead of the Polish one."""
        translation_source, _created = TranslationSource.get_or_create_from_instance(source)
        segment = OverridableSegment.objects.get(source=translation_source, context__path="document")
        own_pdf = self.demo_document(filename, title=title)
        SegmentOverride.objects.update_or_create(
            locale=locale, context=segment.context, defaults={"data_json": json.dumps(own_pdf.pk)}
        )

    def load_programmes(self):
        for number, programme in enumerate(data.PROGRAMMES):
            self.add_programme(self.indexes["programmes"], programme, seed=100 + number * 10)

    def add_programme(self, parent, programme, seed):
        page = ProgrammePage.objects.child_of(parent).filter(slug=programme.slug).first()
        if page is None:
            contact_name, contact_email, contact_phone = programme.contact or ("", "", "")
            page = ProgrammePage(
                slug=programme.slug,
                title=programme.title,
                lead=programme.lead,
                funding_note=programme.funding_note,
                image=demo_image(f"Grafika programu: {programme.title}", seed),
                funders=[
                    ProgrammeFunder(name=name, url=url, logo=demo_logo(name, seed + number))
                    for number, (name, url) in enumerate(programme.funders)
                ],
                partners=[
                    ProgrammePartner(name=name, country=country, logo=demo_logo(name, seed + number))
                    for number, (name, country) in enumerate(programme.partners)
                ],
                contact_name=contact_name,
                contact_email=contact_email,
                contact_phone=contact_phone,
            )
            parent.add_child(instance=page)
        self.programmes[programme.slug] = page
        for number, network in enumerate(programme.networks, start=1):
            self.add_programme(page, network, seed + number)

    def load_news(self):
        for number, news in enumerate(data.NEWS):
            parent = self.programmes[news.programme] if news.programme else self.indexes["news"]
            if NewsPage.objects.child_of(parent).filter(slug=news.slug).exists():
                continue
            page = NewsPage(
                slug=news.slug,
                title=news.title,
                date=news.date,
                lead=news.lead,
                body=self.gallery(news, seed=number * 10) if news.gallery else [],
            )
            page.places.add(*news.places)
            page.related_programmes.set([self.programmes[slug] for slug in news.related])
            parent.add_child(instance=page)

    def gallery(self, news, seed):
        images = [
            {"image": demo_image(f"{news.title} – zdjęcie {number}", seed + number), "alt_text": alt, "caption": ""}
            for number, alt in enumerate(data.GALLERY_ALT_TEXTS, start=1)
        ]
        return [("gallery", {"title": "Galeria", "images": images})]

    def load_documents(self):
        for document in data.DOCUMENTS:
            child_page(
                self.indexes["documents"],
                PositionDocumentPage,
                document.slug,
                title=document.title,
                kind=document.kind,
                adopted_on=document.adopted_on,
                lead=document.summary,
                legislation_reference=document.legislation_reference,
                document=self.demo_document(document.filename, title=document.title),
            )

    def demo_document(self, filename, title):
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        with open(FILES_DIR / filename, "rb") as pdf:
            stored = Document(title=title, file=File(pdf, name=filename))
            stored._set_document_file_metadata()
            stored.save()
        return stored

    def load_events(self):
        today = datetime.date.today()
        for event in (*data.EVENTS, *data.smup_trainings(today)):
            parent = self.programmes[event.programme] if event.programme else self.indexes["events"]
            child_page(
                parent,
                EventPage,
                event.slug,
                title=event.title,
                lead=event.lead,
                start_date=event.start_date,
                end_date=event.end_date,
                start_time=event.start_time,
                end_time=event.end_time,
                place=event.place,
                city=event.city,
                online_url=event.online_url,
                **self.sign_ups(event),
            )

    @staticmethod
    def sign_ups(event):
        """Sign-ups open from today until two days before the event, asking what the SMUP organisers need."""
        if event.places is None:
            return {}
        return {
            "sign_up_places": event.places,
            "registration_deadline": event.start_date - datetime.timedelta(days=data.SIGN_UPS_CLOSE_DAYS_BEFORE),
            "ask_institution": True,
            "ask_position": True,
            "ask_needs": True,
            "sign_up_question": event.sign_up_question,
        }

    def load_standard_pages(self):
        about = data.ABOUT_PAGE
        child_page(
            self.home,
            StandardPage,
            about.slug,
            title=about.title,
            lead=about.lead,
            show_in_menus=True,
            body=[paragraph(f"<p>{text}</p>") for text in about.paragraphs],
        )
        self.privacy_page = child_page(
            self.home,
            StandardPage,
            "ochrona-danych-osobowych",
            title="Ochrona danych osobowych",
            lead="Jak Związek Miast Polskich posługuje się danymi osobowymi subskrybentów newslettera.",
            body=[paragraph(data.DATA_PROTECTION_NOTICE)],
        )

    def load_accessibility_statement(self):
        fields = dict(data.ACCESSIBILITY_STATEMENT)
        child_page(self.home, AccessibilityStatementPage, fields.pop("slug"), **fields)

    def load_footer(self):
        for purpose, consent_text, notice in (
            (DataProtectionNotice.Purpose.NEWSLETTER, data.NEWSLETTER_CONSENT, data.DATA_PROTECTION_NOTICE),
            (DataProtectionNotice.Purpose.SIGN_UPS, data.SIGN_UP_CONSENT, data.SIGN_UP_NOTICE),
        ):
            DataProtectionNotice.objects.get_or_create(
                locale=self.polish, purpose=purpose, defaults={"consent_text": consent_text, "notice": notice}
            )
        NewsletterIssue.objects.get_or_create(
            locale=self.polish,
            subject=data.NEWSLETTER_ISSUE_SUBJECT,
            defaults={"body": data.NEWSLETTER_ISSUE_BODY},
        )
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if not settings.address:
            settings.address = data.POSTAL_ADDRESS
            settings.data_protection_email = data.DATA_PROTECTION_EMAIL
            settings.privacy_page = self.privacy_page
            for field, url in data.SOCIAL_LINKS.items():
                setattr(settings, field, url)
            settings.save()
