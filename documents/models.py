"""Position documents (stanowiska, uchwały, opinie) with their PDFs, their index, and the PDFs' text for search."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import CollectionViewRestriction, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.analysis import analysed
from core.languages import content_language
from core.pages import ContentPage, IndexPage
from core.pagination import paginate_listing
from core.querysets import ListingQuerySet

from .choices import DocumentKind
from .forms import DocumentFilterForm


class PdfTextQuerySet(models.QuerySet):
    def readable_by_anyone(self):
        """Texts of files anyone may download: the text of a file in a restricted collection, or below one, stays
        out of search and its passages."""
        restricted_above = CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef("document__collection__path"), 1, Length("collection__path"))
        )
        return self.exclude(Exists(restricted_above))


class PdfText(models.Model):
    """Text extracted from a document's PDF, for search; file_hash tells which version of the file."""

    class Problem(models.TextChoices):
        """Why the text was not read in full (documents.pdf_text); the editor sees it on the document."""

        NONE = "", _("read in full")
        PAGES = "pages", _("the file has more pages than are read")
        CHARACTERS = "characters", _("only the beginning was read: the text is longer than is kept")
        TIME = "time", _("reading the file took longer than is allowed")
        MEMORY = "memory", _("reading the file needed more memory than is allowed")
        UNREADABLE = "unreadable", _("the file could not be read as a PDF")

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, primary_key=True, related_name="pdf_text"
    )
    file_hash = models.CharField(max_length=40)
    text = models.TextField(blank=True)
    problem = models.CharField(max_length=20, blank=True, choices=Problem.choices)

    objects = PdfTextQuerySet.as_manager()

    def __str__(self):
        return str(self.document)


class DocumentIndexPage(IndexPage):
    """All position documents of the locale; filter by kind, year and programme."""

    subpage_types = ["documents.PositionDocumentPage"]
    per_page = 20

    class Meta:
        verbose_name = _("document index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = PositionDocumentPage.objects.listed_in(self.locale_id).cards()
        form, documents = self.filter_listing(request, documents, DocumentFilterForm)
        context["filter_form"] = form
        context["documents"] = paginate_listing(request, documents, self.per_page)
        return context


class PositionDocumentQuerySet(ListingQuerySet):
    card_fields = ("kind", "adopted_on", "document")

    def cards(self):
        shared = versions_sharing_the_file(OuterRef("translation_key"), OuterRef("document_id"), OuterRef("locale_id"))
        return super().cards().annotate(file_is_shared=Exists(shared))

    def listed(self):
        return super().listed().select_related("document").order_by("-adopted_on", "-pk")


def versions_sharing_the_file(translation_key, document_id, locale_id):
    """A page's versions in other languages that hand out its very file."""
    return PositionDocumentPage.objects.filter(translation_key=translation_key, document_id=document_id).exclude(
        locale_id=locale_id
    )


class PositionDocumentPage(ContentPage):
    """A position, resolution or opinion of the association, with its PDF to download."""

    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.POSITION)
    adopted_on = models.DateField(_("adopted on"), default=timezone.localdate)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,  # a deleted file empties the page's field; an editor must choose one to publish it
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The PDF to download; a translation may use its own file"),
    )
    legislation_reference = models.CharField(
        _("related legislation"), max_length=255, blank=True, help_text=_("For example: the draft act number UC 130")
    )

    objects = PageManager.from_queryset(PositionDocumentQuerySet)()
    search_detail_fields = ("legislation_reference",)

    # The act's number stays as it is; the file is overridable, so a translation may bring its own PDF.
    override_translatable_fields = [
        SynchronizedField("legislation_reference"),
        SynchronizedField("document", overridable=True),
    ]

    content_panels = [
        *ContentPage.content_panels[:1],
        FieldPanel("kind"),
        FieldPanel("adopted_on"),
        FieldPanel("document"),
        FieldPanel("legislation_reference"),
        *ContentPage.content_panels[1:],
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("search_pdf_text", boost=0.5),
        index.FilterField("kind"),
        index.FilterField("adopted_on"),
    ]

    parent_page_types = ["documents.DocumentIndexPage", "programmes.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("position document")
        verbose_name_plural = _("position documents")
        indexes = [models.Index(fields=["adopted_on"]), models.Index(fields=["kind"])]

    @cached_property
    def file_language(self):
        """The language the PDF is written in, if it is not the page's (else "").

        A translation that hands out the same file as another language's version keeps the Polish
        original's file; a file of its own is taken to be in the page's language."""
        if content_language(self) == settings.LANGUAGE_CODE or self.document_id is None:
            return ""
        shared = getattr(self, "file_is_shared", None)
        if shared is None:
            shared = versions_sharing_the_file(self.translation_key, self.document_id, self.locale_id).exists()
        return settings.LANGUAGE_CODE if shared else ""

    def pdf_text(self):
        if self.document_id is None:
            return ""
        stored = PdfText.objects.readable_by_anyone().filter(document_id=self.document_id)
        stored = stored.values_list("text", flat=True).first()
        return stored or ""

    def search_pdf_text(self):
        return analysed(self.pdf_text(), content_language(self))
