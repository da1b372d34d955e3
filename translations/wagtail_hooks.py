"""Translation in the admin: wagtail-localize's addresses answered by guarded views first, translated trees kept in
the shape of their source, aliases for copied pages, and the translators' to-do list."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from . import views
from .permissions import may_restructure
from .sync import create_aliases_for_copy
from .todo import SUBMIT_TRANSLATION, TranslationToDoView


# order=-1: Django takes the first pattern that matches, so these answer before wagtail-localize's.
@hooks.register("register_admin_urls", order=-1)
def guard_translation_urls():
    urls = [
        path("submit/page/<int:page_id>/", views.SubmitPageTranslationView.as_view()),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
        ),
        path("update/<int:translation_source_id>/", views.UpdateTranslationsView.as_view()),
        path("page/<int:page_id>/convert_to_alias/", views.convert_to_alias),
    ]
    return [path("localize/", include(urls))]


@hooks.register("before_delete_page")
def delete_only_as_in_the_source_tree(request, page):
    if not may_restructure(request.user, page):
        return permission_denied(request)


@hooks.register("before_move_page")
def move_only_as_in_the_source_tree(request, page, destination):
    if not may_restructure(request.user, page):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def bulk_delete_or_move_only_as_in_the_source_tree(request, action_type, objects, action_class_instance):
    if action_type in ("delete", "move") and not all(may_restructure(request.user, page) for page in objects):
        return permission_denied(request)


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
