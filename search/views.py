"""The search page (results in the visitor's language, facets, editors' picks, counted queries) and
the suggestions as one types (the titles the query, its last word unfinished, finds first)."""

from functools import partial

from django.db.models import F
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, ngettext

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Locale, Page

from caching.facts import remembered
from caching.middleware import not_stored
from core.languages import content_language
from core.pagination import paginate
from core.templatetags.languages import language_name

from . import engine, titles
from .forms import MAX_QUERY_LENGTH, RESULT_TYPES, SearchForm, cleaned_query
from .languages import searched_languages

RESULTS_PER_PAGE = 10
MAX_SUGGESTIONS = 8
MAX_SUGGESTION_QUERY_LENGTH = 100


def search(request):
    language_code = get_language()
    locales = Locale.objects.in_bulk()  # one query for the form and the search
    locale = next(locale for locale in locales.values() if locale.language_code == language_code)
    form = SearchForm(request.GET, locale=locale, remember=partial(remembered, request))
    values = form.values()
    query = values.get("q", "")
    if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
        not_stored(request)  # cut to its first MAX_QUERY_LENGTH characters: a variant without end
    hits, picks, correction = [], [], None
    if query:
        hits = engine.search(
            query,
            language_code=language_code,
            locales=locales,
            all_languages=values.get("lang") == "all",
            model=RESULT_TYPES.get(values.get("type"), Page),
            year=values.get("year"),
            programme=values.get("programme"),
        )
        correction = corrected_search(request, hits.correction)
        promoted = Query.get(query)
        count_hit(promoted)
        picks = promoted.editors_picks.filter(page__live=True, page__locale__language_code=language_code)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "picks": picks.select_related("page") if picks else [],
            "results": paginate(request, hits, RESULTS_PER_PAGE),
            "correction": correction,
        },
    )


def corrected_search(request, correction):
    """(the address of the search for the corrected query, its words with whether each was corrected),
    or None when no word needed correcting."""
    if not correction:
        return None
    parameters = request.GET.copy()
    parameters["q"] = " ".join(word for word, _corrected in correction)
    parameters.pop("page", None)
    return f"?{parameters.urlencode()}", correction


def count_hit(query):
    """What Wagtail's Query.add_hit counts (popular searches in the admin), in one UPDATE: add_hit reads
    the day's row, then saves all of it. The day's first search makes the row; the day is Wagtail's."""
    today = timezone.now().date()
    days_hits = QueryDailyHits.objects.filter(query=query, date=today)
    if not days_hits.update(hits=F("hits") + 1):
        QueryDailyHits.objects.get_or_create(query=query, date=today)
        days_hits.update(hits=F("hits") + 1)


def suggested_pages(query, language_code):
    """The pages whose titles begin words as typed; when none, those the search that forgives typos finds."""
    if not query:
        return []
    locales = Locale.objects.in_bulk()
    stopwords = engine.stopwords_of(searched_languages(language_code))
    if shown := titles.pages_titled(query, language_code, locales, MAX_SUGGESTIONS, stopwords):
        return shown
    # A suggestion list ranks a few pages, not a results page's fifty.
    hits = engine.search(
        query, language_code=language_code, locales=locales, typing=True, candidates=2 * MAX_SUGGESTIONS
    )
    return titles.suggested(hits.page_ids(MAX_SUGGESTIONS))


def suggestion(request, page, language_code):
    """A page as a suggestion: its title, address and language, marked when not the visitor's."""
    written_in = content_language(page)
    badge = language_name(written_in) if written_in != language_code else ""
    return {"title": page.title, "url": page.get_url(request), "language": written_in, "badge": badge}


def suggestions(request):
    """{"suggestions": [{title, url, language, badge}], "status": "3 suggestions"} for ?q=; a page not
    translated into the request's language comes with its Polish title, marked."""
    query = cleaned_query(request.GET.get("q", ""), MAX_SUGGESTION_QUERY_LENGTH)
    language_code = get_language()
    found = [suggestion(request, page, language_code) for page in suggested_pages(query, language_code)]
    status = ngettext("%(count)d suggestion", "%(count)d suggestions", len(found)) % {"count": len(found)}
    return JsonResponse({"suggestions": found, "status": status})
