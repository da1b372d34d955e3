"""Scale content for benchmarks: thousands of news items, documents and events over the demo content.

Titles and leads are put together from the vocabulary of the seed page, in Polish, with
English and Norwegian versions for the fifth of the pages that get real translations;
the others get aliases, as untranslated pages do. Numbered slugs ("skala-…-00042") make
a second run add only what is missing.
"""

import datetime
import random

from django.db import connection, transaction

from modelsearch.backends import get_search_backends
from wagtail.documents.models import Document
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from documents.choices import DocumentKind
from documents.models import DocumentIndexPage, PdfText, PositionDocumentPage
from events.models import EventIndexPage, EventPage
from invalidation.policy import renew_everything
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage

from .bulk import BulkTree

# (Polish, English, Norwegian)
TOPICS = [
    ("szkolenia z planowania przestrzennego", "training in spatial planning", "opplæring i arealplanlegging"),
    ("rewitalizacja śródmieścia", "regeneration of the city centre", "fornyelse av sentrum"),
    ("transport publiczny", "public transport", "kollektivtransport"),
    ("zaopatrzenie w wodę i odbiór ścieków", "water supply and sewage", "vannforsyning og avløp"),
    ("efektywność energetyczna budynków", "energy efficiency of buildings", "energieffektive bygninger"),
    ("usługi cyfrowe dla mieszkańców", "digital services for residents", "digitale tjenester for innbyggerne"),
    ("budżet obywatelski", "participatory budgeting", "innbyggerbudsjett"),
    ("adaptacja do zmian klimatu", "adaptation to climate change", "klimatilpasning"),
    ("ochrona ludności", "civil protection", "samfunnssikkerhet"),
    ("rozwój lokalny", "local development", "lokal utvikling"),
]
ACTIONS = [
    ("Warsztaty", "Workshop", "Verksted"),
    ("Konferencja", "Conference", "Konferanse"),
    ("Wizyta studyjna", "Study visit", "Studietur"),
    ("Spotkanie sieci", "Network meeting", "Nettverksmøte"),
    ("Raport", "Report", "Rapport"),
]
CITIES = ["Zabrze", "Starachowice", "Limanowa", "Poznań", "Gdynia", "Lublin", "Płock", "Elbląg", "Bergen", "Sunnfjord"]
LEAD = (
    "{action} o temacie: {topic}. Miasto {city} dzieli się doświadczeniami z innymi samorządami w ramach "
    "programu Związku Miast Polskich.",
    "{action} on {topic}. The city of {city} shares its experience with other local governments in a programme "
    "of the Association of Polish Cities.",
    "{action} om {topic}. {city} deler erfaringene sine med andre kommuner i et program i Den polske byunionen.",
)
PDF_TEXT = (
    "Stanowisko Zarządu Związku Miast Polskich w sprawie: {topic}. Samorządy miast wnoszą o zmianę przepisów, "
    "zwiększenie finansowania i konsultacje z gminami. Uzasadnienie dotyczy miasta {city}."
)
TRANSLATED_SHARE = 5  # every fifth page gets real translations, the others aliases


def text(kind, number, column):
    generator = random.Random(f"{kind}-{number}")  # noqa: S311  (demo text, not security)
    action, topic, city = generator.choice(ACTIONS), generator.choice(TOPICS), generator.choice(CITIES)
    title = f"{action[column]}: {topic[column]} – {city} ({number})"
    return title, LEAD[column].format(action=action[column], topic=topic[column], city=city)


def day(number, start, span_days):
    return start + datetime.timedelta(days=(number * 7919) % span_days)


class ScaleContent:
    def __init__(self, stdout=None):
        self.polish = Locale.objects.get(language_code="pl")
        self.others = list(Locale.objects.exclude(pk=self.polish.pk))
        self.columns = {"pl": 0, "en": 1, "nb": 2}
        self.write = stdout.write if stdout else lambda message: None

    def parents(self, index_model):
        """The Polish parents to spread pages over: every programme and thematic network, and the index."""
        programmes = list(ProgrammePage.objects.filter(locale=self.polish).order_by("path"))
        return programmes + [index_model.objects.get(locale=self.polish)]

    @transaction.atomic
    def load(self, news, documents, events):
        created = self.add("aktualnosc", NewsIndexPage, news, self.news_page)
        created += self.add("dokument", DocumentIndexPage, documents, self.document_page, prepare=self.documents)
        created += self.add("wydarzenie", EventIndexPage, events, self.event_page)
        self.index(created)
        if created:
            renew_everything()  # bulk inserts send no signals
        if created and connection.vendor == "postgresql":
            # Fresh statistics, or the planner takes 13,000 pages for 8 and joins them row by row.
            connection.cursor().execute("ANALYZE")
        return len(created)

    def index(self, pages):
        """Search entries for the new pages, in bulk, each page with its language at hand."""
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page.pk)
        for model, ids in by_model.items():
            for start in range(0, len(ids), 1000):
                chunk = list(
                    model.get_indexed_objects()
                    .filter(pk__in=ids[start : start + 1000])
                    .select_related("locale", "alias_of__locale")
                )
                for backend in get_search_backends():
                    backend.add_bulk(model, chunk)
        self.write(f"{len(pages)} pages indexed for search")

    def add(self, kind, index_model, count, build, prepare=None):
        polish_pages = Page.objects.filter(locale=self.polish, slug__startswith=f"skala-{kind}-")
        existing = set(polish_pages.values_list("slug", flat=True))
        missing = [number for number in range(1, count + 1) if f"skala-{kind}-{number:05d}" not in existing]
        if not missing:
            return []
        extra = prepare(missing) if prepare else {}
        parents = self.parents(index_model)
        tree = BulkTree()
        for number in missing:
            parent = parents[number % len(parents)]
            title, lead = text(kind, number, 0)
            tree.add(parent, build(number, extra, slug=f"skala-{kind}-{number:05d}", title=title, lead=lead))
        sources = tree.save()
        self.write(f"{len(sources)} × {index_model.__name__.removesuffix('IndexPage')} in Polish")
        versions = [
            version for locale in self.others for version in self.add_versions(kind, sources, locale, build, extra)
        ]
        return sources + versions

    def add_versions(self, kind, sources, locale, build, extra):
        """Each Polish page in another locale: every fifth translated, the rest aliases of the Polish page."""
        parent_keys = {source.pk: source.path[: -Page.steplen] for source in sources}
        parents_by_path = Page.objects.filter(path__in=set(parent_keys.values()))
        counterpart = {
            parent.path: Page.objects.get(translation_key=parent.translation_key, locale=locale)
            for parent in parents_by_path
        }
        column = self.columns[locale.language_code]
        tree = BulkTree()
        for source in sources:
            number = int(source.slug.rsplit("-", 1)[1])
            translated = number % TRANSLATED_SHARE == 0
            title, lead = text(kind, number, column) if translated else (source.title, source.lead)
            version = build(number, extra, slug=source.slug, title=title, lead=lead)
            version.translation_key = source.translation_key
            version.alias_of_id = None if translated else source.pk
            tree.add(counterpart[parent_keys[source.pk]], version)
        return tree.save()

    @staticmethod
    def body(lead):
        return [("paragraph", RichText(f"<p>{lead}</p>"))]

    def news_page(self, number, extra, **fields):
        return NewsPage(date=day(number, datetime.date(2015, 1, 1), 4000), body=self.body(fields["lead"]), **fields)

    def event_page(self, number, extra, **fields):
        start = day(number, datetime.date(2021, 1, 1), 2200)
        return EventPage(
            start_date=start,
            end_date=start + datetime.timedelta(days=number % 3),
            city=CITIES[number % len(CITIES)],
            body=self.body(fields["lead"]),
            **fields,
        )

    def document_page(self, number, extra, **fields):
        return PositionDocumentPage(
            kind=list(DocumentKind)[number % len(DocumentKind)],
            adopted_on=day(number, datetime.date(2015, 1, 1), 4000),
            document_id=extra[number],
            **fields,
        )

    def documents(self, numbers):
        """One Wagtail document per page, with the text of its PDF (the files are the demo's own PDFs)."""
        demo_files = list(Document.objects.exclude(file="").order_by("pk")[:4])
        stored = Document.objects.bulk_create(
            [
                Document(
                    title=f"Skala dokument {number:05d}",
                    file=demo_files[number % len(demo_files)].file.name,
                    file_size=demo_files[number % len(demo_files)].file_size,
                    file_hash=demo_files[number % len(demo_files)].file_hash,
                )
                for number in numbers
            ]
        )
        texts = []
        for number, document in zip(numbers, stored, strict=True):
            generator = random.Random(f"pdf-{number}")  # noqa: S311
            topic, city = generator.choice(TOPICS)[0], generator.choice(CITIES)
            texts.append(
                PdfText(document=document, file_hash=document.file_hash, text=PDF_TEXT.format(topic=topic, city=city))
            )
        PdfText.objects.bulk_create(texts)
        return {number: document.pk for number, document in zip(numbers, stored, strict=True)}
