"""The three locales, en and nb kept in step with pl, and a Polish home page as the site root.

The en and nb home pages start as aliases of the Polish one (what wagtail-localize's tree
synchronisation would make), so that translators' permissions can be given on them.
"""

from django.db import migrations

TRANSLATED_LANGUAGES = ["en", "nb"]


def create_locales_and_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    polish, _created = Locale.objects.get_or_create(language_code="pl")

    # Replace Wagtail's welcome page (a plain Page) with our home page.
    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2, slug="home"
    ).delete()
    content_type, _created = ContentType.objects.get_or_create(app_label="home", model="homepage")
    title = "Projekty z miastami i dla miast"
    home = HomePage.objects.create(
        title=title,
        draft_title=title,
        slug="pl",
        content_type=content_type,
        locale=polish,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/pl/",
    )
    for position, language_code in enumerate(TRANSLATED_LANGUAGES, start=2):
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": polish})
        HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=language_code,
            content_type=content_type,
            locale=locale,
            translation_key=home.translation_key,
            alias_of=home,
            path=f"0001{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{language_code}/",
        )
    Page.objects.filter(depth=1).update(numchild=1 + len(TRANSLATED_LANGUAGES))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Miasta"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales_and_home_page, migrations.RunPython.noop)]
