"""The news page's admin form."""

from wagtail.admin.forms import WagtailAdminPageForm

from programmes.models import ProgrammePage


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        # Offer only the programmes of the news item's own language.
        locale = self.instance.locale if self.instance.locale_id else parent_page.locale
        self.fields["related_programmes"].queryset = ProgrammePage.objects.filter(locale=locale).order_by("path")
        # A new news item is written, so its body opens on a paragraph (an empty one is dropped on save).
        if self.instance.pk is None and not self.is_bound:
            self.initial["body"] = self.fields["body"].block.to_python([{"type": "paragraph", "value": ""}])
