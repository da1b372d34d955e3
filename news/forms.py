"""The news page's admin form."""

from wagtail.admin.forms import WagtailAdminPageForm

from programmes.models import ProgrammePage


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        # Offer only the programmes of the news item's own language.
        locale = self.instance.locale if self.instance.locale_id else parent_page.locale
        self.fields["related_programmes"].queryset = ProgrammePage.objects.filter(locale=locale).order_by("path")
        if self.instance.pk is None and not self.is_bound:
            # A new item's body starts with a paragraph to write in, not an empty list of blocks to choose from.
            self.initial["body"] = self.fields["body"].block.to_python([{"type": "paragraph", "value": ""}])
