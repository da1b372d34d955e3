"""Guards on translation: wagtail-localize's addresses answered by our views first, and translated trees kept in
the shape of their source."""

from django.urls import include, path

from wagtail import hooks
from wagtail.admin.auth import permission_denied

from . import views
from .permissions import may_restructure


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
