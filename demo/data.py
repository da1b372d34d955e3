"""Demo content taken from the seed page (shared/seed/zmp-projekty-z-miastami.txt).

The news leads are the seed's own texts; titles, dates and the programme each item belongs
to were written for it. Document PDFs in files/ carry each document's title and text.
"""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Programme:
    slug: str
    title: str
    lead: str
    funding_note: str = ""
    funders: tuple[tuple[str, str], ...] = ()  # (name, website): their logos are drawn by demo.images
    partners: tuple[tuple[str, str], ...] = ()  # (municipality, country code)
    networks: tuple["Programme", ...] = ()
    contact: tuple[str, str, str] | tuple[()] = ()  # (name, e-mail, phone)


@dataclass(frozen=True)
class News:
    slug: str
    title: str
    date: datetime.date
    lead: str
    programme: str | None  # slug of the programme (or network) it is published under
    places: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    gallery: bool = False


@dataclass(frozen=True)
class Document:
    slug: str
    title: str
    kind: str
    adopted_on: datetime.date
    filename: str
    summary: str
    legislation_reference: str = ""


@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    programme: str | None
    start_date: datetime.date
    end_date: datetime.date | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    place: str = ""
    city: str = ""
    online_url: str = ""
    lead: str = ""
    # Sign-ups on the site: the places, and the question asked beside the name and institution.
    places: int | None = None
    sign_up_question: str = ""


@dataclass(frozen=True)
class IndexPageData:
    slug: str
    title: str
    lead: str


@dataclass(frozen=True)
class StandardPageData:
    slug: str
    title: str
    lead: str
    paragraphs: tuple[str, ...] = field(default=())


D = datetime.date
T = datetime.time

HOME_LEAD = (
    "Związek Miast Polskich prowadzi z miastami i dla miast programy, sieci wymiany doświadczeń "
    "i szkolenia. Tu znajdziesz ich aktualności, stanowiska Związku i kalendarz wydarzeń."
)

INDEX_PAGES = {
    "programmes": IndexPageData(
        "programy", "Programy", "Programy i sieci tematyczne, które Związek Miast Polskich prowadzi z miastami."
    ),
    "news": IndexPageData("aktualnosci", "Aktualności", "Wiadomości ze wszystkich programów i sieci."),
    "documents": IndexPageData(
        "dokumenty", "Dokumenty", "Stanowiska, uchwały i opinie Związku Miast Polskich do pobrania."
    ),
    "events": IndexPageData("kalendarz", "Kalendarz wydarzeń", "Spotkania, szkolenia i konferencje programów."),
    "multimedia": IndexPageData("multimedia", "Multimedia", "Galerie zdjęć i nagrania z wydarzeń."),
}

EMPIRIE_NETWORKS = (
    Programme("miasto-cyfrowe", "Miasto cyfrowe", "Sieć Wymiany Doświadczeń miast rozwijających usługi cyfrowe."),
    Programme(
        "kapital-ludzki",
        "Kapitał ludzki",
        "Sieć poświęcona szeroko pojętym zasobom kadrowym miast.",
    ),
    Programme(
        "zasoby-miast-finanse",
        "Zasoby miast – Finanse",
        "Sieć tematyczna o finansach i zasobach miast.",
    ),
    Programme("miasto-obywateli", "Miasto obywateli", "Sieć o partycypacji mieszkańców i współpracy z obywatelami."),
    Programme(
        "miasto-przedsiebiorcze",
        "Miasto przedsiębiorcze",
        "Sieć o produkcie lokalnym i współpracy z lokalnymi przedsiębiorcami.",
    ),
)

PROGRAMMES = (
    Programme(
        "rozwoj-lokalny",
        "Rozwój Lokalny",
        "Program „Rozwój Lokalny” wspiera 29 miast średnich i małych w poprawie jakości życia mieszkańców "
        "i sprawności administracji, we współpracy z partnerami z Norwegii.",
        funding_note="Program finansowany ze środków Funduszy EOG i Funduszy Norweskich 2014–2021.",
        funders=(
            ("Iceland Liechtenstein Norway grants", "https://eeagrants.org/"),
            ("Norway grants", "https://eeagrants.org/"),
        ),
        contact=("Katarzyna Wiśniewska", "rozwoj-lokalny@example.org", "+48 61 633 50 51"),
        partners=(
            ("Starachowice", "PL"),
            ("Jarosław", "PL"),
            ("Hrubieszów", "PL"),
            ("Zawiercie", "PL"),
            ("Bergen", "NO"),
            ("Sunnfjord", "NO"),
            ("Nordre Follo", "NO"),
            ("Møre og Romsdal", "NO"),
        ),
    ),
    Programme(
        "empirie",
        "EMPIRIE – Sieci Wymiany Doświadczeń",
        "Tematyczne sieci miast, w których przedstawiciele samorządów wymieniają się doświadczeniami "
        "i wspólnie wypracowują rozwiązania.",
        networks=EMPIRIE_NETWORKS,
        contact=("Piotr Zieliński", "empirie@example.org", "+48 61 633 50 52"),
    ),
    Programme(
        "cwd-plus",
        "CWD Plus",
        "Centrum Wsparcia Doradczego Plus pomaga partnerstwom jednostek samorządu terytorialnego "
        "przygotować strategie i projekty rozwoju ponadlokalnego.",
        contact=("Agnieszka Wójcik", "cwd-plus@example.org", "+48 61 633 50 53"),
    ),
    Programme(
        "smup",
        "System Monitorowania Usług Publicznych (SMUP)",
        "Bezpłatne szkolenia dla pracowników jednostek samorządu terytorialnego z korzystania z SMUP.",
        contact=("Tomasz Kamiński", "smup@example.org", "+48 61 633 50 54"),
    ),
    Programme(
        "standard-minimum-praw-czlowieka",
        "Standard minimum praw człowieka w polskim samorządzie",
        "Projekt prowadzony ze Stowarzyszeniem Arteria o prawach człowieka w codziennej pracy samorządów.",
        contact=("Ewa Lewandowska", "prawa-czlowieka@example.org", "+48 61 633 50 55"),
    ),
    Programme(
        "forum-rozwoju-lokalnego",
        "Forum Rozwoju Lokalnego i WUF11",
        "Seminaria przygotowujące polskie miasta do 11. sesji Światowego Forum Miejskiego w Katowicach.",
        contact=("Michał Dąbrowski", "forum@example.org", "+48 61 633 50 56"),
    ),
)

NEWS = (
    News(
        "miasto-cyfrowe-w-zabrzu",
        "EMPIRIE „Miasto cyfrowe” w Zabrzu",
        D(2022, 9, 16),
        "13 i 14 września odbyło się drugie spotkanie przedstawicieli miast uczestniczących w Sieci Wymiany "
        "Doświadczeń „Miasto cyfrowe”. Tym razem EMPIRIE zagościły do Zabrza.",
        "miasto-cyfrowe",
        places=("Zabrze",),
        gallery=True,
    ),
    News(
        "starachowice-z-wizyta-w-bergen",
        "Starachowice z wizytą studyjną w Bergen",
        D(2022, 9, 30),
        "W dniach 24-29 września 2022 r. delegacja z Miasta Starachowice wzięła udział w wizycie studyjnej "
        "w mieście Bergen w Norwegii w ramach projektu „Kierunek Przyszłość – Starachowicki Program Rozwoju "
        "Lokalnego”.",
        "rozwoj-lokalny",
        places=("Starachowice", "Bergen"),
        gallery=True,
    ),
    News(
        "umowa-partnerska-z-sunnfjord",
        "Umowa partnerska z norweskim Sunnfjord",
        D(2022, 10, 5),
        "We wtorek, 4 października, zastępca burmistrza norweskiego Sunnfjord, Anne Lilleaasen, podpisała "
        "z burmistrzem miasta, Dariuszem Kosno umowę partnerską. Tym samym gminy zostały partnerami "
        "w ramach Programu „Rozwój Lokalny”.",
        "rozwoj-lokalny",
        places=("Sunnfjord",),
    ),
    News(
        "miasto-przedsiebiorcze-o-produkcie-lokalnym",
        "Miasto przedsiębiorcze o produkcie lokalnym i turystyce",
        D(2022, 10, 4),
        "Tematem przewodnim jesiennego spotkania Sieci Wymiany Doświadczeń – MIASTO PRZEDSIĘBIORCZE był "
        "produkt lokalny i współpraca z lokalnymi przedsiębiorcami na rzecz rozwoju turystyki w mieście.",
        "miasto-przedsiebiorcze",
    ),
    News(
        "ukrainscy-samorzadowcy-na-stazach",
        "Ukraińscy samorządowcy na stażach w polskich miastach",
        D(2022, 10, 3),
        "Pani Ludmiła, Ukrainka, w Sieradzu mieszka od trzech tygodni. Trafiła tu na staż do Miejskiego "
        "Ośrodka Pomocy Społecznej. Jest jedną z kilkudziesięciu osób, ukraińskich samorządowców, którzy "
        "w Polsce poznają prace samorządów.",
        None,
        places=("Sieradz",),
    ),
    News(
        "konferencja-standard-minimum-praw-czlowieka",
        "Konferencja podsumowująca „Standard minimum praw człowieka”",
        D(2022, 10, 3),
        "Stowarzyszenie Arteria i Związek Miast Polskich zapraszają 12 października br. na konferencję "
        "podsumowującą projekt „Standard minimum praw człowieka w polskim samorządzie”.",
        "standard-minimum-praw-czlowieka",
    ),
    News(
        "jesienne-warsztaty-sieciujace",
        "Jesienne warsztaty sieciujące dla 29 miast",
        D(2022, 9, 28),
        "26 i 27 września odbyły się w Warszawie Jesienne warsztaty sieciujące dla 29 miast laureatów, "
        "uczestniczących w Programie „Rozwój lokalny”, ich zespołów miejskich i doradców ZMP, które były "
        "poświęcone lepszej realizacji działań.",
        "rozwoj-lokalny",
        places=("Warszawa",),
    ),
    News(
        "ostatnie-miejsca-na-szkoleniach-smup",
        "Zgłoś się na szkolenia SMUP",
        D(2022, 9, 22),
        "Zachęcamy przedstawicieli miast do niezwłocznego zgłaszania się na kolejny cykl bezpłatnych "
        "szkoleń dotyczących Systemu Monitorowania Usług Publicznych (SMUP).",
        "smup",
    ),
    News(
        "nowy-cykl-szkolen-smup",
        "Nowy cykl bezpłatnych szkoleń SMUP",
        D(2022, 9, 12),
        "Od 19 września do 16 grudnia br. trwać będzie kolejny cykl bezpłatnych szkoleń dotyczących Systemu "
        "Monitorowania Usług Publicznych (SMUP). Zapraszamy pracowników JST do zapisywania się na te "
        "dedykowane im szkolenia nt. usług publicznych.",
        "smup",
    ),
    News(
        "forum-wymiany-doswiadczen-w-wielkopolsce",
        "Forum Wymiany Doświadczeń CWD Plus w Wielkopolsce",
        D(2022, 9, 14),
        "13 września odbyło się w Wielkopolsce Forum Wymiany Doświadczeń w ramach programu CWD Plus dla "
        "partnerstw JST, aby spotkać się z przedstawicielami Urzędu Marszałkowskiego i zdobyć wiedzę m.in. "
        "na temat programów wsparcia na lata 2021-27.",
        "cwd-plus",
        places=("Poznań",),
    ),
    News(
        "nordre-follo-na-jarmarku-jaroslawskim",
        "Delegacja z Nordre Follo na Jarmarku Jarosławskim",
        D(2022, 8, 31),
        "Ostatnie dni wakacji w Jarosławiu były bardzo kolorowe za sprawą niezwykle barwnego wydarzenia jakim "
        "jest Jarmark Jarosławski. Tym razem w wydarzeniu brała udział delegacja z norweskiej Nordre Follo "
        "kommunne.",
        "rozwoj-lokalny",
        places=("Jarosław", "Nordre Follo"),
        gallery=True,
    ),
    News(
        "kapital-ludzki-inauguracja-w-cieszynie",
        "Kapitał ludzki: inauguracja sieci w Cieszynie",
        D(2022, 6, 9),
        "7 i 8 czerwca br. odbyło się w Cieszynie spotkanie inaugurujące pracę grupy EMPIRIE – Sieci Wymiany "
        "Doświadczeń – Kapitał ludzki, która jest dedykowana zagadnieniom związanym z szeroko pojętymi "
        "zasobami kadrowymi miast.",
        "kapital-ludzki",
        places=("Cieszyn",),
    ),
    News(
        "hrubieszow-od-partycypacji-do-realizacji",
        "Hrubieszów: od partycypacji do realizacji",
        D(2022, 7, 20),
        "19 lipca w Hrubieszowie odbyła się konferencja otwierająca projekt „Rozwój Lokalny Hrubieszowa – od "
        "partycypacji do realizacji”. Hrubieszów w ramach projektu stawia na poprawę jakości życia "
        "mieszkańców i sprawną administrację miejską.",
        "rozwoj-lokalny",
        places=("Hrubieszów",),
    ),
    News(
        "szkolenia-smup-z-zpp",
        "Szkolenia SMUP ze Związkiem Powiatów Polskich",
        D(2022, 7, 15),
        "Od początku marca tego roku Związek Miast Polskich oraz Związek Powiatów Polskich prowadził "
        "szkolenia dotyczące SMUP.",
        "smup",
    ),
    News(
        "rada-partnerstwa-w-plowezu",
        "Rada Partnerstwa w Płowężu",
        D(2022, 7, 11),
        "8 lipca 2022 roku, w Osadzie Rybackiej w Płowężu, odbyło się spotkanie Rady Partnerstwa „Wspieramy "
        "rozwój naszych małych ojczyzn”. W trakcie spotkania omówiono m.in. rozpoczęcie realizacji pracy "
        "Partnerstwa.",
        "cwd-plus",
        places=("Płowęż",),
    ),
    News(
        "porozumienie-miedzygminne-w-ciechanowie",
        "Porozumienie międzygminne w Ciechanowie",
        D(2022, 7, 5),
        "W ciechanowskim ratuszu podpisano porozumienie międzygminne w celu przygotowania i realizacji "
        "Strategii Rozwoju Ponadlokalnego dla partnerstwa Miejskiego Obszaru Funkcjonalnego Ciechanowa.",
        "cwd-plus",
        places=("Ciechanów",),
    ),
    News(
        "zasoby-miast-finanse-we-wloclawku",
        "Zasoby miast/Finanse: spotkanie we Włocławku",
        D(2022, 6, 15),
        "13 i 14 czerwca br. odbyło się spotkanie inauguracyjne przedstawicieli miast wchodzących w skład "
        "sieci tematycznej EMPIRIE – ZASOBY MIAST/FINANSE. Gospodarzem spotkania było miasto Włocławek.",
        "zasoby-miast-finanse",
        places=("Włocławek",),
    ),
    News(
        "mlodziez-o-swoich-miastach",
        "Młodzież o swoich miastach: ankiety CWD Plus",
        D(2022, 6, 30),
        "W samorządach uczestniczących w programie CWD Plus dobiegają właśnie końca badania ankietowe "
        "młodzieży. Związek Miast Polskich w imieniu partnerstw pyta młodych ludzi o ich opinie i plany "
        "życiowe dotyczące ich miejsca zamieszkania.",
        "cwd-plus",
    ),
    News(
        "miasto-obywateli-w-tarnowie",
        "Miasto obywateli: pierwsze spotkanie w Tarnowie",
        D(2022, 6, 10),
        "8 i 9 czerwca br. w Tarnowie, odbyło się pierwsze spotkanie zespołu przedstawicieli miast "
        "wchodzących w skład sieci tematycznej EMPIRIE - MIASTO OBYWATELI.",
        "miasto-obywateli",
        places=("Tarnów",),
    ),
    News(
        "konferencja-sieciujaca-w-mragowie",
        "Konferencja sieciująca CWD Plus w Mrągowie",
        D(2022, 6, 16),
        "W ramach projektu CWD Plus 14 i 15 czerwca br. w Mrągowie odbyła się konferencja sieciująca dla "
        "członków 77 partnerstw, w których bierze udział ponad 700 JST. Intencją MFiPR jest, by wszystkie "
        "projekty wypracowane w CWD Plus zyskały finansowanie.",
        "cwd-plus",
        places=("Mrągowo",),
    ),
    News(
        "seminarium-z-dzierzoniowa",
        "Seminarium z Dzierżoniowa o celach zrównoważonego rozwoju",
        D(2022, 6, 8),
        "Ze studia w Dzierżoniowie transmitowane było ostatnie już seminarium online z cyklu przygotowujących "
        "polskie miasta do 11. sesji Światowego Forum Miejskiego. Mówiliśmy o Światowych Celach "
        "Zrównoważonego Rozwoju.",
        "forum-rozwoju-lokalnego",
        places=("Dzierżoniów",),
    ),
    News(
        "partnerstwo-powiatu-limanowskiego",
        "Partnerstwo Miast i Gmin Powiatu Limanowskiego",
        D(2022, 6, 6),
        "Miasto Limanowa wraz z innymi samorządami powiatu Limanowskiego utworzyło „Partnerstwo Miast i Gmin "
        "Powiatu Limanowskiego na rzecz ożywienia gospodarczego i wspólnej realizacji przedsięwzięć”.",
        "cwd-plus",
        places=("Limanowa",),
    ),
    News(
        "zasoby-miast-na-forum-rozwoju-lokalnego",
        "Zasoby miast tematem Forum Rozwoju Lokalnego",
        D(2022, 6, 2),
        "ZASOBY MIAST były tematem seminarium Forum Rozwoju Lokalnego. Było to czwarte już spotkanie "
        "organizowane przez Związek Miast Polskich w ramach przygotowań do Światowego Forum Miejskiego "
        "(WUF11), które odbędzie się już wkrótce w Katowicach.",
        "forum-rozwoju-lokalnego",
        places=("Katowice",),
        related=("zasoby-miast-finanse",),
    ),
    News(
        "umowa-bilateralna-zawiercie-more-og-romsdal",
        "Umowa bilateralna Zawiercia z Møre og Romsdal",
        D(2022, 6, 5),
        "5 czerwca podpisano umowę bilateralną z norweskimi partnerami - w imieniu Møre og Romsdal swój podpis "
        "złożył Kristian Severeide, a miasto Zawiercie reprezentował Łukasz Konarski. Odbyło się to podczas "
        "konferencji na temat programu „Rozwój lokalny”.",
        "rozwoj-lokalny",
        places=("Zawiercie", "Møre og Romsdal"),
    ),
)

DOCUMENTS = (
    Document(
        "stanowisko-ochrona-ludnosci",
        "Stanowisko Związku Miast Polskich w sprawie projektu ustawy o ochronie ludności oraz stanie klęski żywiołowej",
        "position",
        D(2022, 10, 6),
        "stanowisko-ochrona-ludnosci.pdf",
        "Związek Miast Polskich przedstawia uwagi samorządów miejskich do projektu ustawy o ochronie ludności "
        "oraz stanie klęski żywiołowej, w szczególności do zadań gmin i sposobu ich finansowania.",
    ),
    Document(
        "stanowisko-planowanie-przestrzenne",
        "Stanowisko Związku Miast Polskich w sprawie projektu ustawy o zmianie ustawy o planowaniu "
        "i zagospodarowaniu przestrzennym oraz niektórych innych ustaw",
        "position",
        D(2022, 9, 21),
        "stanowisko-planowanie-przestrzenne.pdf",
        "Uwagi Związku do reformy planowania przestrzennego: plan ogólny gminy, terminy przejściowe "
        "i koszty sporządzania nowych dokumentów planistycznych.",
    ),
    Document(
        "opinia-zaopatrzenie-w-wode-uc-130",
        "Opinia Związku Miast Polskich o rządowym projekcie nowelizacji ustawy o zbiorowym zaopatrzeniu "
        "w wodę i zbiorowym odprowadzaniu ścieków (UC 130)",
        "opinion",
        D(2022, 9, 8),
        "opinia-zaopatrzenie-w-wode-uc-130.pdf",
        "Opinia o projekcie nowelizacji ustawy o zbiorowym zaopatrzeniu w wodę i zbiorowym odprowadzaniu "
        "ścieków, w tym o zasadach zatwierdzania taryf.",
        legislation_reference="UC 130",
    ),
    Document(
        "zalacznik-zaopatrzenie-w-wode-i-odbior-sciekow",
        "Załącznik do Stanowiska ZMP w sprawie pilnych działań w zakresie zaopatrzenia mieszkańców w wodę "
        "i odbioru ścieków na tle ogólnej sytuacji w gospodarce komunalnej",
        "annex",
        D(2022, 9, 8),
        "zalacznik-zaopatrzenie-w-wode-i-odbior-sciekow.pdf",
        "Zestawienie danych o sytuacji przedsiębiorstw wodociągowo-kanalizacyjnych, dołączone do stanowiska "
        "Związku w sprawie pilnych działań w gospodarce komunalnej.",
    ),
)

# The seed's calendar marks 20–25, 27 and 28 October 2022.
EVENTS = (
    Event(
        "szkolenie-smup-pazdziernik-2022",
        "Szkolenie SMUP: jak mierzyć jakość usług publicznych",
        "smup",
        D(2022, 10, 20),
        start_time=T(10, 0),
        end_time=T(13, 0),
        place="Szkolenie online",
        online_url="https://example.org/smup-szkolenie",
        lead="Bezpłatne szkolenie online dla pracowników jednostek samorządu terytorialnego.",
    ),
    Event(
        "wizyta-partnerow-z-sunnfjord",
        "Wizyta studyjna partnerów z Sunnfjord",
        "rozwoj-lokalny",
        D(2022, 10, 21),
        end_date=D(2022, 10, 23),
        city="Warszawa",
        lead="Trzydniowa wizyta norweskich partnerów programu „Rozwój Lokalny”.",
    ),
    Event(
        "warsztaty-miasto-obywateli",
        "Warsztaty sieci EMPIRIE – Miasto obywateli",
        "miasto-obywateli",
        D(2022, 10, 24),
        end_date=D(2022, 10, 25),
        start_time=T(10, 0),
        end_time=T(15, 0),
        place="Urząd Miasta Tarnowa",
        city="Tarnów",
        lead="Drugie spotkanie zespołu przedstawicieli miast sieci tematycznej Miasto obywateli.",
    ),
    Event(
        "konferencja-cwd-plus-pazdziernik-2022",
        "Konferencja programu CWD Plus",
        "cwd-plus",
        D(2022, 10, 27),
        start_time=T(11, 0),
        end_time=T(16, 0),
        city="Warszawa",
        lead="Konferencja dla partnerstw jednostek samorządu terytorialnego uczestniczących w CWD Plus.",
    ),
    Event(
        "seminarium-forum-rozwoju-lokalnego",
        "Seminarium Forum Rozwoju Lokalnego",
        None,
        D(2022, 10, 28),
        start_time=T(9, 30),
        end_time=T(14, 0),
        city="Katowice",
        lead="Seminarium podsumowujące udział polskich miast w Światowym Forum Miejskim WUF11.",
    ),
)

# The seed's SMUP cycle ran from 19 September to 16 December; the demo's runs from the day it is loaded,
# so that a newcomer sees sign-ups open.
SMUP_TRAININGS = (
    ("szkolenie-smup-modul-1", "Szkolenie SMUP, moduł 1: wskaźniki usług publicznych", 14, 12),
    ("szkolenie-smup-modul-2", "Szkolenie SMUP, moduł 2: analiza danych o usługach", 28, 20),
    ("szkolenie-smup-modul-3", "Szkolenie SMUP, moduł 3: raport o usługach publicznych", 42, 20),
)
SMUP_TRAINING_LEAD = "Bezpłatne szkolenie online z cyklu SMUP dla pracowników jednostek samorządu terytorialnego."
SMUP_TRAINING_QUESTION = "Z których usług publicznych chce Pani/Pan korzystać w SMUP?"
SIGN_UPS_CLOSE_DAYS_BEFORE = 2


def smup_trainings(today):
    return tuple(
        Event(
            slug,
            title,
            "smup",
            today + datetime.timedelta(days=days),
            start_time=T(10, 0),
            end_time=T(13, 0),
            place="Szkolenie online",
            online_url="https://example.org/smup-szkolenie",
            lead=SMUP_TRAINING_LEAD,
            places=places,
            sign_up_question=SMUP_TRAINING_QUESTION,
        )
        for slug, title, days, places in SMUP_TRAININGS
    )


NEWSLETTER_ISSUE_SUBJECT = "Newsletter Związku Miast Polskich – październik 2022"
NEWSLETTER_ISSUE_BODY = (
    "<p>W październiku zapraszamy na Konferencję Rozwoju Lokalnego w Warszawie i na szkolenia dla miast "
    "w programie Rozwój Lokalny.</p>"
    "<p>Opublikowaliśmy też opinię Związku w sprawie zaopatrzenia w wodę. Wszystkie terminy są w kalendarzu "
    "na naszej stronie.</p>"
)

NEWSLETTER_CONSENT = (
    "Zapisując się do naszego newslettera wyraża Pani/Pan zgodę na posługiwanie się danymi osobowymi w celu "
    "wysyłania newslettera. Podanie danych jest dobrowolne, ale konieczne do jego wysyłania."
)

_DATA_PROTECTION_NOTICE = """
<p>Administratorem Pani/Pana danych osobowych jest Związek Miast Polskich z siedzibą w Poznaniu,
ul. Robocza 42, 61-517 Poznań (dalej: my).</p>
<p>Wyznaczyliśmy inspektora ochrony danych. Jest to osoba, z którą może się Pani/Pan kontaktować w sprawach
związanych z posługiwaniem się przez Związek Miast Polskich danymi osobowymi, które nam Pani/Pan udziela oraz
korzystania z praw, które w związku z tym przysługują. Z inspektorem można się kontaktować w następujący
sposób:</p>
<ul>
<li>listownie na adres: ul. Robocza 42, 61-517 Poznań</li>
<li>przez e-mail: <a href="mailto:rodo@zmp.poznan.pl">rodo@zmp.poznan.pl</a></li>
</ul>
<p>Związek Miast Polskich będzie posługiwać się Pani/Pana danymi osobowymi, w celu wysyłania newslettera na
podstawie udzielonej zgody (zapisania się do newslettera).</p>
<p>Związek Miast Polskich będzie przechowywać podane dane osobowe do momentu odwołania udzielonej zgody.</p>
<p>Podane dane będą przekazywane do podmiotów z którymi Związek Miast Polskich współpracuje w celu wysyłania
newslettera.</p>
<p>Dlatego, że posługujemy się Pani/Pana danymi osobowymi masz prawo:</p>
<ol>
<li>wycofania zgody na przetwarzanie danych,</li>
<li>dostępu do danych osobowych,</li>
<li>żądania sprostowania danych osobowych,</li>
<li>żądania usunięcia danych osobowych,</li>
<li>żądania ograniczenia przetwarzania danych osobowych,</li>
<li>wyrażenia sprzeciwu wobec przetwarzania danych ze względu na Pani/Pana szczególną sytuację – w przypadkach,
kiedy posługujemy się danymi na podstawie naszego prawnie uzasadnionego interesu,</li>
<li>przenoszenia danych osobowych. Aby skorzystać z powyższych praw, skontaktuj się z nami lub z naszym
inspektorem ochrony danych.</li>
</ol>
<p>Pamiętaj też, że masz:</p>
<ul>
<li><b>Prawo wycofania zgody.</b> W każdej chwili przysługuje Pani/Panu prawo do wycofania zgody na
posługiwanie się przez Związek Miast Polskich danymi osobowymi. Jednak cofnięcie zgody nie będzie wpływać na
to, że Związek Miast Polskich mógł posługiwać się podanymi danymi osobowymi przez cały okres obowiązywania
zgody tj. na zgodność z prawem przetwarzania, którego dokonano na podstawie udzielonej zgody przed jej
wycofaniem.</li>
<li><b>Prawo wniesienia skargi do organu.</b> Przysługuje Pani/Panu także prawo wniesienia skargi do organu
nadzorczego zajmującego się ochroną danych osobowych, tj. Prezesa Urzędu Ochrony Danych Osobowych.</li>
</ul>
<p>Zapewniamy, że dokładamy wszelkich starań, aby zapewnić środki fizycznej, technicznej i organizacyjnej
ochrony danych osobowych przed ich przypadkowym czy umyślnym zniszczeniem, przypadkową utratą, zmianą,
nieuprawnionym ujawnieniem, wykorzystaniem czy dostępem, zgodnie ze wszystkimi obowiązującymi przepisami.</p>
"""
# One line: translators get each paragraph without the line breaks of this file.
DATA_PROTECTION_NOTICE = " ".join(_DATA_PROTECTION_NOTICE.split())

SIGN_UP_CONSENT = (
    "Zapisując się na wydarzenie, wyraża Pani/Pan zgodę na posługiwanie się podanymi danymi osobowymi w celu "
    "jego organizacji. Podanie danych jest dobrowolne, ale konieczne do zapisu."
)
_SIGN_UP_NOTICE = """
<p>Administratorem Pani/Pana danych osobowych jest Związek Miast Polskich z siedzibą w Poznaniu,
ul. Robocza 42, 61-517 Poznań (dalej: my).</p>
<p>Z naszym inspektorem ochrony danych można się kontaktować przez e-mail:
<a href="mailto:rodo@zmp.poznan.pl">rodo@zmp.poznan.pl</a>.</p>
<p>Posługujemy się danymi z formularza zapisu, aby zorganizować wydarzenie: potwierdzić miejsce albo wpisać
na listę rezerwową, przypomnieć o terminie i przygotować listę obecności. Podstawą jest udzielona zgoda.</p>
<p>Dane widzą tylko organizatorzy wydarzeń w Związku Miast Polskich. Usuwamy je 90 dni po wydarzeniu;
zostaje tylko liczba zapisanych osób.</p>
<p>Ma Pani/Pan prawo dostępu do danych, ich sprostowania, usunięcia i ograniczenia przetwarzania, prawo do
przenoszenia danych oraz prawo wycofania zgody w każdej chwili: odnośnik do rezygnacji jest w każdej wiadomości
od nas. Przysługuje też Pani/Panu prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.</p>
"""
SIGN_UP_NOTICE = " ".join(_SIGN_UP_NOTICE.split())

ABOUT_PAGE = StandardPageData(
    "o-projektach",
    "O projektach z miastami",
    "Związek Miast Polskich realizuje programy i projekty razem z miastami i dla miast.",
    (
        "Prowadzimy sieci wymiany doświadczeń, szkolenia i doradztwo dla samorządów, często we współpracy "
        "z partnerami z Norwegii w ramach Funduszy EOG i Funduszy Norweskich.",
    ),
)

GALLERY_ALT_TEXTS = tuple(f"Abstrakcyjna ilustracja z kolorowych kół (obraz {number} z 3)" for number in range(1, 4))

POSTAL_ADDRESS = "ul. Robocza 42\n61-517 Poznań"
DATA_PROTECTION_EMAIL = "rodo@zmp.poznan.pl"
# The seed's "Bądź na bieżąco. Dołącz do nas!" profiles (site settings: facebook_url, youtube_url …).
SOCIAL_LINKS = {
    "facebook_url": "https://www.facebook.com/ZwiazekMiastPolskich",
    "youtube_url": "https://www.youtube.com/@ZwiazekMiastPolskich",
    "linkedin_url": "https://www.linkedin.com/company/zwiazek-miast-polskich/",
}

ACCESSIBILITY_PROCEDURE = (
    "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony lub jej elementu. Odpowiadamy "
    "niezwłocznie, nie później niż w ciągu 7 dni. Na odmowę można złożyć skargę do Rzecznika Praw Obywatelskich."
)

ACCESSIBILITY_STATEMENT = {
    "slug": "deklaracja-dostepnosci",
    "title": "Deklaracja dostępności",
    "entity_name": "Związek Miast Polskich",
    "site_url": "https://miasta.example.org/",
    "published_on": D(2022, 6, 1),
    "updated_on": D(2026, 11, 26),
    "prepared_on": D(2026, 11, 26),
    "status": "partial",
    "non_compliance": "<p>Niektóre dokumenty PDF opublikowane przed 2022 rokiem nie są w pełni dostępne.</p>",
    "contact_person": "Anna Kowalska",
    "contact_email": "dostepnosc@example.org",
    "contact_phone": "+48 61 633 50 50",
    "procedure": f"<p>{ACCESSIBILITY_PROCEDURE}</p>",
    "architecture": "<p>Biuro Związku w Poznaniu przy ul. Roboczej 42 ma wejście bez progów i windę.</p>",
    "mobile_apps": "<p>Związek nie udostępnia aplikacji mobilnych.</p>",
}
