"""A page of each public page type of the demo content, in each language, as paths on the test server."""

from demo.translations import texts_for

POLISH_PATHS = {
    "home": "/pl/",
    "standard": "/pl/o-projektach/",
    "accessibility": "/pl/deklaracja-dostepnosci/",
    "programme-index": "/pl/programy/",
    "programme": "/pl/programy/rozwoj-lokalny/",
    "news-index": "/pl/aktualnosci/",
    "news": "/pl/programy/rozwoj-lokalny/starachowice-z-wizyta-w-bergen/",
    "multimedia": "/pl/multimedia/",
    "document-index": "/pl/dokumenty/",
    "document": "/pl/dokumenty/opinia-zaopatrzenie-w-wode-uc-130/",
    "calendar": "/pl/kalendarz/?month=2022-10&day=2022-10-21",
    "event": "/pl/programy/rozwoj-lokalny/wizyta-partnerow-z-sunnfjord/",
    "event-with-sign-ups": "/pl/programy/smup/szkolenie-smup-modul-1/",
    "search": "/pl/szukaj/?q=szkolenia",
    "not-found": "/pl/nie-ma-takiej-strony/",
    "newsletter-sign-up": "/pl/newsletter/",
    "newsletter-thanks": "/pl/newsletter/thanks/",
    "sign-up-thanks": "/pl/zapisy/thanks/",
}
# Paths of views rather than pages: their first segment is a translated URL pattern.
VIEW_PATHS = {
    "szukaj": {"en": "search", "nb": "sok"},
    "newsletter": {"en": "newsletter", "nb": "nyhetsbrev"},
    "zapisy": {"en": "sign-ups", "nb": "pamelding"},
}


def path_in(language_code, polish_path):
    """The same page in another language: each translated slug swapped, untranslated (alias) ones kept."""
    if language_code == "pl":
        return polish_path
    texts = texts_for(language_code)
    path, _separator, query = polish_path.partition("?")
    segments = [texts.get(segment, segment) for segment in path.strip("/").split("/")]
    segments[0] = language_code
    if len(segments) > 1 and segments[1] in VIEW_PATHS:
        segments[1] = VIEW_PATHS[segments[1]][language_code]
    return "/" + "/".join(segments) + "/" + (f"?{query}" if query else "")


PUBLIC_PAGES = [
    (f"{page_type}-{language_code}", path_in(language_code, path))
    for page_type, path in POLISH_PATHS.items()
    for language_code in ("pl", "en", "nb")
]
