"""Programmes and their thematic networks (a ProgrammePage under a ProgrammePage), with partners and contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Orderable, PageManager
from wagtail_localize.fields import SynchronizedField

from core.pages import ContentPage, IndexPage
from core.querysets import ListingQuerySet, as_links


class ProgrammeIndexPage(IndexPage):
    subpage_types = ["programmes.ProgrammePage"]

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            ProgrammePage.objects.listed_in(self.locale_id)
            .cards()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
        )
        return context


class ProgrammeQuerySet(ListingQuerySet):
    card_fields = ("lead", "image")

    def choices_in(self, locale):
        """Programmes and their networks in tree order, as a filter offers them."""
        return as_links(self.listed_in(locale)).order_by("path")

    def top_level_of(self, home):
        """Programmes directly under the programme index, not their thematic networks. The index is a
        child of the home page and a programme's parent is the index or a programme, so these are the
        programmes two levels below the home page: no query for the index's depth."""
        return (
            self.listed_in(home.locale_id)
            .cards()
            .filter(depth=home.depth + 2)
            .select_related("image")
            .prefetch_related("image__renditions")
        )


class ProgrammePage(RoutablePageMixin, ContentPage):
    """A programme, or a thematic network of a programme (a ProgrammePage under a ProgrammePage)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo or image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    funding_note = models.CharField(
        _("funding note"), max_length=255, blank=True, help_text=_("For example: funded by the EEA and Norway Grants")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    objects = PageManager.from_queryset(ProgrammeQuerySet)()

    # A contact person's name and number read the same in every language.
    override_translatable_fields = [SynchronizedField("contact_name"), SynchronizedField("contact_phone")]

    content_panels = ContentPage.content_panels + [
        FieldPanel("image"),
        MultiFieldPanel(
            [FieldPanel("funding_note"), InlinePanel("funders", label=_("Funders' logos"))],
            heading=_("Funding and publicity"),
        ),
        InlinePanel("partners", label=_("Partner municipalities")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
    ]
    search_detail_fields = ("funding_note",)

    parent_page_types = ["programmes.ProgrammeIndexPage", "programmes.ProgrammePage"]
    subpage_types = [
        "programmes.ProgrammePage",
        "news.NewsPage",
        "documents.PositionDocumentPage",
        "events.EventPage",
    ]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_context(self, request, *args, **kwargs):
        """The programme's own parts; its news, documents and events come from their apps' template tags."""
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = ProgrammePage.objects.listed_in(self.locale_id).cards().child_of(self)
        context["partners"] = self.partners.select_related("logo").prefetch_related("logo__renditions")
        context["funders"] = self.funders.select_related("logo").prefetch_related("logo__renditions")
        return context

    @classmethod
    def get_subpage_urls(cls):
        """Its routes, with those content apps add through the register_programme_routes hook (a programme's news
        feed, its events as iCalendar): the content lives in those apps, which know programmes, not the reverse."""
        added = [route for register in hooks.get_hooks("register_programme_routes") for route in register()]
        return [*super().get_subpage_urls(), *added]


def logo_field(**options):
    # A deleted image empties the field: the name is shown instead, nothing else is lost.
    return models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, on_delete=models.SET_NULL, related_name="+", **options
    )


class ProgrammeFunder(Orderable):
    """A funder whose logo the programme must show (the EEA and Norway Grants' publicity rules)."""

    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="funders")
    name = models.CharField(_("funder"), max_length=120, help_text=_("Read out in place of the logo"))
    logo = logo_field()
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("funder")
        verbose_name_plural = _("funders")

    def __str__(self):
        return self.name


class ProgrammePartner(Orderable):
    class Country(models.TextChoices):
        POLAND = "PL", _("Poland")
        NORWAY = "NO", _("Norway")

    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("municipality"), max_length=120)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.POLAND)
    url = models.URLField(_("website"), blank=True)
    logo = logo_field(blank=True)

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("url"), FieldPanel("logo")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner municipality")
        verbose_name_plural = _("partner municipalities")

    def __str__(self):
        return self.name
