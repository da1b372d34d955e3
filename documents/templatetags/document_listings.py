"""The documents a programme page shows: its own and its networks'."""

from django import template

from documents.models import PositionDocumentPage

register = template.Library()


@register.inclusion_tag("documents/programme_documents.html", takes_context=True)
def programme_documents(context, programme):
    documents = PositionDocumentPage.objects.listed_under(programme).cards()[:10]
    return {"request": context["request"], "page": programme, "documents": documents}
