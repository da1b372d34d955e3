from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, PageManager
from wagtail_localize.fields import SynchronizedField

from home.index_pages import index_page
from home.models import ContentPage, IndexPage
from home.querysets import ListingQuerySet, as_links


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
        FieldPanel("funding_note"),
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
        from documents.models import PositionDocumentPage
        from events.models import EventPage
        from news.models import NewsIndexPage, NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["networks"] = ProgrammePage.objects.listed_in(self.locale_id).cards().child_of(self)
        context["news"] = NewsPage.objects.listed_under(self).cards()[:10]
        context["documents"] = PositionDocumentPage.objects.listed_under(self).cards()[:10]
        events = EventPage.objects.listed_under(self).cards()
        context["upcoming_events"] = events.upcoming()[:5]
        context["partners"] = self.partners.all()
        context["news_index"] = index_page(request, NewsIndexPage, self.locale_id)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed
        from news.models import NewsPage

        return NewsFeed(NewsPage.objects.listed_under(self))(request, page=self)

    @path("events/ics/", name="ical")
    def ical(self, request):
        from events.ical import calendar_response
        from events.models import EventPage

        events = EventPage.objects.listed_under(self).order_by("start_date", "pk")
        return calendar_response(request, events, self.title, self.slug, attachment=False)


class ProgrammePartner(Orderable):
    class Country(models.TextChoices):
        POLAND = "PL", _("Poland")
        NORWAY = "NO", _("Norway")

    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("municipality"), max_length=120)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.POLAND)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner municipality")
        verbose_name_plural = _("partner municipalities")

    def __str__(self):
        return self.name
