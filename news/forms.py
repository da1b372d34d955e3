"""The news page's admin form."""

from wagtail.admin.forms import WagtailAdminPageForm

from programmes.models import ProgrammePage


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        # Offer only the programmes of the news item's own language.
        locale = self.instance.locale if self.instance.locale_id else parent_page.locale
        self.fields["related_programmes"].queryset = ProgrammePage.objects.filter(locale=locale).order_by("path")
