"""The relevance set: queries a visitor would type, each with the page that should come in the top 3.

(language of the search page, query, slug of the expected page in that language's tree, or a tuple of
slugs when any of them answers the query)
"""

# The news of the SMUP cycle and the cycle's trainings, open for sign-ups: each answers "SMUP training".
SMUP_TRAINING_PL = (
    "nowy-cykl-szkolen-smup",
    "szkolenie-smup-modul-1",
    "szkolenie-smup-modul-2",
    "szkolenie-smup-modul-3",
)
SMUP_TRAINING_EN = (
    "new-series-of-smup-training",
    "smup-training-module-1",
    "smup-training-module-2",
    "smup-training-module-3",
)

RELEVANCE_SET = [
    # Polish: inflected forms
    ("pl", "szkolenia SMUP", SMUP_TRAINING_PL),
    ("pl", "szkoleń", SMUP_TRAINING_PL),
    ("pl", "szkoleniach Związku Powiatów", "szkolenia-smup-z-zpp"),
    ("pl", "bezpłatne szkolenie", SMUP_TRAINING_PL),
    ("pl", "ścieki", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "zaopatrzenie w wodę", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "wody", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "umowy partnerskiej", "umowa-partnerska-z-sunnfjord"),
    ("pl", "klęska żywiołowa", "stanowisko-ochrona-ludnosci"),
    ("pl", "planowanie przestrzenne", "stanowisko-planowanie-przestrzenne"),
    ("pl", "wizyta studyjna", "starachowice-z-wizyta-w-bergen"),
    ("pl", "młodzieży", "mlodziez-o-swoich-miastach"),
    ("pl", "partnerstwa", "partnerstwo-powiatu-limanowskiego"),
    ("pl", "jarmark", "nordre-follo-na-jarmarku-jaroslawskim"),
    ("pl", "w Zabrzu", "miasto-cyfrowe-w-zabrzu"),
    ("pl", "Tarnowie", "miasto-obywateli-w-tarnowie"),
    # Polish: the dictionary form of a name the pages only inflect ("w Norwegii")
    ("pl", "Norwegia", "starachowice-z-wizyta-w-bergen"),
    # Polish: without diacritics
    ("pl", "sciekow", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "szkolen", SMUP_TRAINING_PL),
    ("pl", "kleski zywiolowej", "stanowisko-ochrona-ludnosci"),
    ("pl", "mlodziez", "mlodziez-o-swoich-miastach"),
    ("pl", "Wloclawek", "zasoby-miast-finanse-we-wloclawku"),
    ("pl", "zrownowazonego rozwoju", "seminarium-z-dzierzoniowa"),
    # Acronyms and numbers
    ("pl", "SMUP", "smup"),
    ("pl", "CWD Plus", "cwd-plus"),
    ("pl", "WUF11", "forum-rozwoju-lokalnego"),
    ("pl", "UC 130", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "EMPIRIE", "empirie"),
    # Words that are only in the PDFs
    ("pl", "taryf", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "legislacyjnych", "stanowisko-ochrona-ludnosci"),
    ("pl", "plan ogólny gminy", "stanowisko-planowanie-przestrzenne"),
    # Norwegian: translated pages, and untranslated ones through their Polish text
    ("nb", "opplæring", "smup"),
    ("nb", "kurs", "ny-runde-smup-kurs"),
    ("nb", "partnerskapsavtale", "partnerskapsavtale-sunnfjord"),
    ("nb", "studietur Bergen", "starachowice-studietur-bergen"),
    ("nb", "vannforsyning", "uttalelse-vannforsyning-uc-130"),
    # Norwegian: a part of a compound ("vannforsyning", "partnerskapsavtale")
    ("nb", "vann", "uttalelse-vannforsyning-uc-130"),
    ("nb", "forsyning", "uttalelse-vannforsyning-uc-130"),
    ("nb", "avløp", "uttalelse-vannforsyning-uc-130"),
    ("nb", "avlop", "uttalelse-vannforsyning-uc-130"),
    ("nb", "interkommunal avtale", "interkommunal-avtale-ciechanow"),
    ("nb", "Zabrze", "miasto-cyfrowe-w-zabrzu"),
    ("nb", "SMUP", "smup"),
    # English
    ("en", "training", SMUP_TRAINING_EN),
    ("en", "trainings", SMUP_TRAINING_EN),
    ("en", "water supply", "opinion-water-supply-uc-130"),
    ("en", "study visit", "starachowice-study-visit-bergen"),
    ("en", "partnership agreement", "partnership-agreement-sunnfjord"),
    ("en", "spatial planning", "position-spatial-planning"),
    ("en", "young people", "young-people-on-their-towns"),
    ("en", "Tarnów", "miasto-obywateli-w-tarnowie"),
]

# Misspelled and unfinished queries, measured apart (measure_search_relevance): words that match nothing
# as typed, found through the known words nearest to them or the words they begin.
FORGIVING_SET = [
    # Polish: Norwegian names typed by Polish visitors, Polish words with a typo or unfinished
    ("pl", "Sunfjord", "umowa-partnerska-z-sunnfjord"),
    ("pl", "Bergn", "starachowice-z-wizyta-w-bergen"),
    ("pl", "Lillaasen", "umowa-partnerska-z-sunnfjord"),
    ("pl", "szkolnia SMUP", SMUP_TRAINING_PL),
    ("pl", "Mrongowo", "konferencja-sieciujaca-w-mragowie"),
    ("pl", "planowanie przestrzene", "stanowisko-planowanie-przestrzenne"),
    ("pl", "zaopatzrenie w wodę", "opinia-zaopatrzenie-w-wode-uc-130"),
    ("pl", "WUF", "forum-rozwoju-lokalnego"),
    ("pl", "Starachowic", "starachowice-z-wizyta-w-bergen"),
    ("pl", "Włocławk", "zasoby-miast-finanse-we-wloclawku"),
    # Norwegian: Norwegian partners' typos, Polish names as they would type them
    ("nb", "Sunfjord", "partnerskapsavtale-sunnfjord"),
    ("nb", "vannforsyninng", "uttalelse-vannforsyning-uc-130"),
    ("nb", "studietru Bergen", "starachowice-studietur-bergen"),
    ("nb", "Lillaasen", "partnerskapsavtale-sunnfjord"),
    ("nb", "interkomm", "interkommunal-avtale-ciechanow"),
    ("nb", "Starachowize", "starachowice-studietur-bergen"),
    # English
    ("en", "trainnig", SMUP_TRAINING_EN),
    ("en", "partnreship agreement", "partnership-agreement-sunnfjord"),
    ("en", "spatial planing", "position-spatial-planning"),
    ("en", "Sunnfjor", "partnership-agreement-sunnfjord"),
]
