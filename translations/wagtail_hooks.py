"""wagtail-localize's addresses that write translations, answered by the guarded views before its own."""

from django.urls import include, path

from wagtail import hooks

from . import views


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
