"""wagtail-localize's views that create, update or replace translations, asking for the rights of their targets."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from wagtail.models import Page
from wagtail_localize.views import convert, submit_translations, update_translations

from .permissions import may_publish, may_submit_into, may_update_translations


class LocalesLimitedToTargetRights:
    """Offers and accepts only the locales the user may translate into; refuses one who may translate into none."""

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        allowed = [locale.pk for locale in locales.queryset if may_submit_into(self.request.user, self.object, locale)]
        if not allowed:
            raise PermissionDenied
        locales.queryset = locales.queryset.filter(pk__in=allowed)
        return form


class SubmitPageTranslationView(LocalesLimitedToTargetRights, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(LocalesLimitedToTargetRights, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def post(self, request, **kwargs):
        targets = [
            translation.get_target_instance()
            for translation in self.object.translations.filter(enabled=True).select_related("target_locale")
        ]
        publish = bool(request.POST.get("publish_translations"))
        if not may_update_translations(request.user, self.object.get_source_instance(), targets, publish):
            raise PermissionDenied
        return super().post(request, **kwargs)


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias puts the source's content live in its place: it takes publishing."""
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
