"""Wagtail's {% image %} and {% picture %}, with each tag's filters built once, not on every render.

Wagtail makes new Filter objects each time a tag renders, and a Filter checks its operations'
arguments with inspect: the home page's programme cards alone render two dozen of them. A tag's
filter specs are fixed where the template is compiled, and a Filter keeps no state of the image it
is used on, so the compiled tag keeps its Filters."""

from django import template

from wagtail.images.templatetags.wagtailimages_tags import SrcsetImageNode
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

register = template.Library()


@register.tag("image")
@register.tag("picture")
def image(parser, token):
    node = parse_image_tag(parser, token)
    if isinstance(node, SrcsetImageNode):  # {% picture %}: one Filter per spec of its srcset
        filters = node.get_filters()
        node.get_filters = lambda: filters
    else:
        single = node.get_filter()
        node.get_filter = lambda: single
    return node
