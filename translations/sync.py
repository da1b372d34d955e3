"""Keep the en and nb trees in step with the Polish one where wagtail-localize does not.

wagtail-localize makes aliases for a page created in the admin, but not for a page copied
there, and it leaves the translations of a moved page under their old parent.
"""

from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import post_page_move
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page


def is_synchronised_source(page):
    return LocaleSynchronization.objects.filter(sync_from_id=page.locale_id).exists()


def create_aliases_for_copy(new_page):
    """Aliases for a copied page and the subpages copied with it, parents first."""
    if is_synchronised_source(new_page):
        for page in new_page.get_descendants(inclusive=True).order_by("path").specific():
            create_aliases_for_new_page(page)


@receiver(post_page_move)
def move_translations_with_source(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """Move each translation or alias of a moved source page under its new parent's translation."""
    if parent_page_before.pk == parent_page_after.pk or not is_synchronised_source(instance):
        return
    new_parent = Page.objects.get(pk=parent_page_after.pk)
    for translation in instance.get_translations().select_related("locale"):
        target = new_parent.get_translation_or_none(translation.locale)
        if target is not None and translation.get_parent().pk != target.pk:
            translation.move(target, pos="last-child")
