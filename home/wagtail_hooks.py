from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .translation_sync import create_aliases_for_copy
from .translation_todo import SUBMIT_TRANSLATION, TranslationToDoView


@hooks.register("after_copy_page")
def create_aliases_for_copied_page(request, page, new_page):
    create_aliases_for_copy(new_page)


@hooks.register("register_admin_urls")
def register_translation_todo_urls():
    return [
        path("translations/to-do/", TranslationToDoView.as_view(), name="translation_todo"),
        path(
            "translations/to-do/results/",
            TranslationToDoView.as_view(results_only=True),
            name="translation_todo_results",
        ),
    ]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(SUBMIT_TRANSLATION)


@hooks.register("register_reports_menu_item")
def register_translation_todo_menu_item():
    return TranslatorsMenuItem(
        _("Translators' to-do list"),
        reverse("translation_todo"),
        name="translation-todo",
        icon_name="doc-empty-inverse",
        order=1100,
    )
