"""What a page gives the search index: its text as analysed terms, in the language it is written in."""

from core.languages import content_language

from .analysis import analysed


class AnalysedTextMixin:
    """Search fields that hold a page's title, lead and body as terms of its own language."""

    search_detail_fields = ()

    @classmethod
    def get_indexed_objects(cls):
        """Not aliases: an alias shows its source's text, indexed once with the source. Leaving them
        out keeps the index to a third of its size with the scale content; search looks up the source
        and shows its alias in the visitor's language (search.engine)."""
        return super().get_indexed_objects().filter(alias_of__isnull=True)

    def text_of_body(self):
        body = getattr(self, "body", None)
        if not body:
            return ""
        return " ".join(body.stream_block.get_searchable_content(body))

    def search_title(self):
        return analysed(self.title, content_language(self))

    def search_lead(self):
        return analysed(getattr(self, "lead", ""), content_language(self))

    def search_body(self):
        return analysed(self.text_of_body(), content_language(self))

    def text_of_details(self):
        """Short texts of a page type (place, funding note …), named by search_detail_fields."""
        return " ".join(str(getattr(self, name) or "") for name in self.search_detail_fields)

    def search_details(self):
        return analysed(self.text_of_details(), content_language(self))
