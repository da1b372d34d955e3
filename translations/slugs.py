"""A translated page's address follows its translated title: when a translator translates the title
and the slug is not translated yet, the slug's translation is filled in from it, where the translator
sees it (the translation editor's Promote section) and may change it before publishing."""

from anyascii import anyascii

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.text import slugify

from wagtail_localize.models import StringSegment, StringTranslation

TITLE_PATH, SLUG_PATH = "title", "slug"


@receiver(post_save, sender=StringTranslation)
def fill_in_the_slug_from_the_title(sender, instance, raw=False, **kwargs):
    if raw or instance.context is None or instance.context.path != TITLE_PATH:
        return
    slug = slugify(anyascii(instance.data))
    segment = (
        StringSegment.objects.filter(context__object_id=instance.context.object_id, context__path=SLUG_PATH)
        .select_related("context", "string")
        .first()
    )
    if not slug or segment is None:
        return
    StringTranslation.objects.get_or_create(
        translation_of=segment.string, locale=instance.locale, context=segment.context, defaults={"data": slug}
    )
