"""Translating pages the way translators do: through wagtail-localize's segments, so the admin shows
each translated segment as such."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, locale, texts, publish=True):
    """Translate a page or snippet into locale: texts maps the source text of each segment (title, slug, lead …) to its
    translation. Segments missing from texts stay untranslated, as a translator would leave them."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": texts[segment.string.data]},
            )
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
