from wagtail import hooks

from .translation_sync import create_aliases_for_copy


@hooks.register("after_copy_page")
def create_aliases_for_copied_page(request, page, new_page):
    create_aliases_for_copy(new_page)
