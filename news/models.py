"""News items (lead, hero image, body, cities, related programmes), their index and the multimedia page."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager
from wagtail.search import index

from core.analysis import analysed
from core.blocks import MEDIA_BLOCK_TYPES
from core.languages import content_language
from core.pages import ContentPage, IndexPage
from core.pagination import paginate_listing
from core.querysets import ListingQuerySet, as_links
from programmes.filters import ListingFilterForm
from programmes.models import ProgrammePage

from .feeds import NewsFeed
from .forms import NewsPageForm


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """All news of the locale, wherever in the tree they live."""

    # Shown to editors in the page editor and when they choose a page type: where news is added.
    page_description = _(
        "Lists every news item of the site. News about a programme is added under that programme's page; "
        "only the Association's own news is added here."
    )
    subpage_types = ["news.NewsPage"]
    per_page = 12

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, news = self.filter_listing(request, NewsPage.objects.listed_in(self.locale_id).cards(), ListingFilterForm)
        context["filter_form"] = form
        context["news"] = paginate_listing(request, news, self.per_page)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(NewsPage.objects.listed_in(self.locale_id))(request, page=self)


class NewsQuerySet(ListingQuerySet):
    card_fields = ("date", "lead")

    def listed(self):
        return super().listed().order_by("-date", "-pk")

    def listed_under(self, programme):
        # The related news may live anywhere in the locale's tree.
        return self.listed_in(programme.locale_id).in_programme(programme)

    def in_programme(self, programme):
        """News under the programme or its networks, and news that name one of them as related.

        A translation keeps the related programmes of its Polish source (wagtail-localize does not
        translate many-to-many fields), so they are matched by translation key, in any language.
        """
        programmes = ProgrammePage.objects.filter(path__startswith=programme.path).values("translation_key")
        related = NewsPage.related_programmes.through.objects.filter(programmepage__translation_key__in=programmes)
        # The related news' ids first, in a query of their own: beside a subquery, PostgreSQL cannot
        # look up the programme's part of the tree in the path index, so it read the news by date until
        # it had a page of them, all of them for a new programme with no news. A list of ids does not
        # duplicate rows the way a join would, so the listing needs no DISTINCT either.
        related_ids = list(related.values_list("newspage_id", flat=True))
        return self.filter(self.descendant_of_q(programme) | Q(pk__in=related_ids))


class NewsPlace(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_places")


class NewsPage(ContentPage):
    page_description = _(
        "A news item: under a programme's page when it is about the programme, else under News. Either way it "
        "shows in the site's news listing."
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    places = ClusterTaggableManager(
        verbose_name=_("cities and places"), through=NewsPlace, blank=True, help_text=_("For example: Zabrze, Bergen")
    )
    related_programmes = ParentalManyToManyField(
        "programmes.ProgrammePage",
        verbose_name=_("related programmes"),
        blank=True,
        related_name="related_news",
        help_text=_("Programmes this news belongs to besides the one it is published under"),
    )
    # Kept in step with the body on save, so the Multimedia page needs no scan of every body.
    has_media = models.BooleanField(default=False, editable=False, db_index=True)

    objects = PageManager.from_queryset(NewsQuerySet)()
    base_form_class = NewsPageForm

    content_panels = [
        *ContentPage.content_panels[:1],
        FieldPanel("date"),
        *ContentPage.content_panels[1:],
        FieldPanel("hero_image"),
        FieldPanel("places"),
        FieldPanel("related_programmes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = ContentPage.search_fields + [
        index.FilterField("date"),
        index.SearchField("search_places"),
    ]

    parent_page_types = ["news.NewsIndexPage", "programmes.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        indexes = [models.Index(fields=["date"])]

    def save(self, *args, **kwargs):
        self.has_media = any(block.block_type in MEDIA_BLOCK_TYPES for block in self.body)
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = self.places.all()
        # In the page's own language, whichever language the related programmes were chosen in.
        context["programmes"] = as_links(
            ProgrammePage.objects.listed_in(self.locale_id).filter(
                translation_key__in=self.related_programmes.values("translation_key")
            )
        )
        return context

    def search_places(self):
        return analysed(" ".join(place.name for place in self.places.all()), content_language(self))

    def media_blocks(self):
        return [block for block in self.body if block.block_type in MEDIA_BLOCK_TYPES]


class MultimediaPage(IndexPage):
    """The galleries and videos of all news pages, newest first."""

    subpage_types = []
    per_page = 6

    class Meta:
        verbose_name = _("multimedia page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.listed_in(self.locale_id).filter(has_media=True)
        context["news"] = paginate_listing(request, news, self.per_page)
        return context
