"""The three locales, en and nb kept in step with pl, and a Polish home page as the site root."""

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
    for language_code in TRANSLATED_LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": polish})

    # Replace Wagtail's welcome page (a plain Page) with our home page.
    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2, slug="home"
    ).delete()
    content_type, _created = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.create(
        title="Projekty z miastami i dla miast",
        draft_title="Projekty z miastami i dla miast",
        slug="pl",
        content_type=content_type,
        locale=polish,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/pl/",
    )
    Page.objects.filter(depth=1).update(numchild=1)
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
