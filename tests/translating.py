"""Translating pages in tests the way translators do: through wagtail-localize's segments."""

from django.test import TestCase

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(page, locale, texts, publish=True):
    """Translate page into locale: texts maps each Polish segment (title, slug, lead …) to its translation."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": texts[segment.string.data]},
            )
    # wagtail-localize publishes on commit, which a test's transaction never reaches.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale).specific
