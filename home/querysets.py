from wagtail.query import PageQuerySet


class ListingQuerySet(PageQuerySet):
    """Pages as the public listings show them: live, public, in one locale."""

    def listed_in(self, locale):
        return self.live().public().filter(locale=locale).select_related("locale")

    def in_programme(self, programme):
        """Pages that live under the programme or one of its sub-programmes."""
        return self.descendant_of(programme)
