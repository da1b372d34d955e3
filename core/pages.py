"""The page base classes: a content page (lead and body) and an index page (a view across the tree)."""

from functools import partial

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from caching.facts import remembered
from caching.middleware import not_stored

from .blocks import BaseStreamBlock
from .indexing import AnalysedTextMixin
from .querysets import may_be_restricted

ANALYSED_TEXT_FIELDS = [
    index.SearchField("search_title", boost=5),
    index.SearchField("search_lead", boost=3),
    index.SearchField("search_body"),
    index.SearchField("search_details"),
]


class KnownRestrictionsMixin:
    """Wagtail looks up the view restrictions of a page and its ancestors (two queries) on every view;
    where none can apply, the cached list of restricted paths says so without a query."""

    def get_view_restrictions(self):
        if not may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class ContentPage(KnownRestrictionsMixin, AnalysedTextMixin, Page):
    """A page with a one-paragraph lead and a StreamField body."""

    lead = models.TextField(_("lead"), blank=True, help_text=_("The one-paragraph summary shown in listings"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + ANALYSED_TEXT_FIELDS

    class Meta:
        abstract = True


class IndexPage(KnownRestrictionsMixin, AnalysedTextMixin, Page):
    """A page that lists pages living elsewhere in the tree."""

    lead = models.TextField(_("lead"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + ANALYSED_TEXT_FIELDS
    # Index pages are views across the tree: one of each kind under the home page of a locale.
    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def filter_listing(self, request, pages, form_class):
        """The visitor's filters as a form, and the pages that pass them. A filter the form refuses (a year
        without items) is reported and ignored, and the page is not stored: its variants have no end."""
        remember = partial(remembered, request)
        form = form_class(request.GET, locale=self.locale_id, pages=pages, remember=remember)
        pages = form.filter(pages)
        if form.errors:
            not_stored(request)
        return form, pages
