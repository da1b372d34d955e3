"""Editors can build only a sensible tree: each page type exactly where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from documents.models import DocumentIndexPage, PositionDocumentPage
from events.models import EventIndexPage, EventPage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import MultimediaPage, NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage, ProgrammePage

ALLOWED_CHILDREN = {
    # Wagtail's root allows the abstract base Page, which is never creatable in the admin.
    Page: {Page, HomePage},
    HomePage: {
        ProgrammeIndexPage,
        NewsIndexPage,
        DocumentIndexPage,
        EventIndexPage,
        MultimediaPage,
        StandardPage,
        AccessibilityStatementPage,
    },
    StandardPage: {StandardPage},
    AccessibilityStatementPage: set(),
    ProgrammeIndexPage: {ProgrammePage},
    ProgrammePage: {ProgrammePage, NewsPage, PositionDocumentPage, EventPage},
    NewsIndexPage: {NewsPage},
    NewsPage: set(),
    MultimediaPage: set(),
    DocumentIndexPage: {PositionDocumentPage},
    PositionDocumentPage: set(),
    EventIndexPage: {EventPage},
    EventPage: set(),
}


class TreeRulesTests(WagtailPageTestCase):
    def test_each_page_type_allows_exactly_its_children(self):
        for parent, children in ALLOWED_CHILDREN.items():
            with self.subTest(parent=parent.__name__):
                self.assertAllowedSubpageTypes(parent, children)

    def test_each_page_type_can_be_created_only_under_its_parents(self):
        for parent, children in ALLOWED_CHILDREN.items():
            for child in ALLOWED_CHILDREN:
                if child is Page:
                    continue
                with self.subTest(parent=parent.__name__, child=child.__name__):
                    if child in children:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_programmes_nest_as_thematic_networks(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {ProgrammeIndexPage, ProgrammePage})
