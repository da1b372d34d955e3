"""English and Norwegian translations of part of the demo content, made through wagtail-localize.

TEXTS maps each Polish segment to its (English, Norwegian Bokmål) translation. The news of the
other programmes stay untranslated, to show the honest fallback of an alias.
"""

from . import data

NORWEGIAN_PARTNERS = {"Bergen", "Sunnfjord", "Nordre Follo", "Møre og Romsdal"}

TRANSLATED_PAGE_SLUGS = (
    "pl",  # the home page
    *(index.slug for index in data.INDEX_PAGES.values()),
    data.ABOUT_PAGE.slug,
    "ochrona-danych-osobowych",
    data.ACCESSIBILITY_STATEMENT["slug"],
    *(programme.slug for programme in data.PROGRAMMES),
    *(network.slug for programme in data.PROGRAMMES for network in programme.networks),
    *(document.slug for document in data.DOCUMENTS),
    *(
        news.slug
        for news in data.NEWS
        if NORWEGIAN_PARTNERS & set(news.places) or news.programme in ("smup", "cwd-plus")
    ),
    # The events Norwegian partners and municipal staff sign up for; their slugs follow the titles.
    *(event.slug for event in data.EVENTS if event.programme == "smup" or "Sunnfjord" in event.title),
    *(slug for slug, _title, _days, _places in data.SMUP_TRAININGS),
)

# The Norwegian translation of this document comes with a PDF of its own.
OWN_PDF = {"nb": ("opinia-zaopatrzenie-w-wode-uc-130", "uttalelse-vannforsyning-uc-130.pdf")}

EN, NB = 0, 1

TEXTS = {
    # Home and index pages
    "Projekty z miastami i dla miast": ("Projects with cities and for cities", "Prosjekter med og for byene"),
    "pl": ("en", "nb"),
    "Związek Miast Polskich prowadzi z miastami i dla miast programy, sieci wymiany doświadczeń i szkolenia. "
    "Tu znajdziesz ich aktualności, stanowiska Związku i kalendarz wydarzeń.": (
        "The Association of Polish Cities runs programmes, experience-sharing networks and training with and for "
        "cities. Here you will find their news, the Association's positions and the calendar of events.",
        "Den polske byunionen driver programmer, nettverk for erfaringsutveksling og opplæring med og for byene. "
        "Her finner du nyhetene deres, unionens standpunkter og arrangementskalenderen.",
    ),
    "Programy": ("Programmes", "Programmer"),
    "programy": ("programmes", "programmer"),
    "Programy i sieci tematyczne, które Związek Miast Polskich prowadzi z miastami.": (
        "The programmes and thematic networks the Association of Polish Cities runs with cities.",
        "Programmene og de tematiske nettverkene Den polske byunionen driver sammen med byene.",
    ),
    "Aktualności": ("News", "Nyheter"),
    "aktualnosci": ("news", "nyheter"),
    "Wiadomości ze wszystkich programów i sieci.": (
        "News from all programmes and networks.",
        "Nyheter fra alle programmer og nettverk.",
    ),
    "Dokumenty": ("Documents", "Dokumenter"),
    "dokumenty": ("documents", "dokumenter"),
    "Stanowiska, uchwały i opinie Związku Miast Polskich do pobrania.": (
        "Positions, resolutions and opinions of the Association of Polish Cities to download.",
        "Standpunkter, vedtak og uttalelser fra Den polske byunionen som kan lastes ned.",
    ),
    "Kalendarz wydarzeń": ("Calendar of events", "Arrangementskalender"),
    "kalendarz": ("calendar", "kalender"),
    "Spotkania, szkolenia i konferencje programów.": (
        "Meetings, training sessions and conferences of the programmes.",
        "Møter, kurs og konferanser i programmene.",
    ),
    "Multimedia": ("Multimedia", "Multimedia"),
    "multimedia": ("multimedia", "multimedia"),
    "Galerie zdjęć i nagrania z wydarzeń.": (
        "Photo galleries and recordings of events.",
        "Bildegallerier og opptak fra arrangementer.",
    ),
    "O projektach z miastami": ("About the projects with cities", "Om prosjektene med byene"),
    "o-projektach": ("about", "om-prosjektene"),
    "Związek Miast Polskich realizuje programy i projekty razem z miastami i dla miast.": (
        "The Association of Polish Cities carries out programmes and projects together with cities and for them.",
        "Den polske byunionen gjennomfører programmer og prosjekter sammen med byene og for dem.",
    ),
    "Prowadzimy sieci wymiany doświadczeń, szkolenia i doradztwo dla samorządów, często we współpracy z "
    "partnerami z Norwegii w ramach Funduszy EOG i Funduszy Norweskich.": (
        "We run experience-sharing networks, training and advice for local governments, often together with "
        "partners from Norway under the EEA and Norway Grants.",
        "Vi driver nettverk for erfaringsutveksling, opplæring og rådgivning for kommuner, ofte sammen med "
        "partnere fra Norge gjennom EØS-midlene og Norgesmidlene.",
    ),
    # Programmes and thematic networks
    "Rozwój Lokalny": ("Local Development", "Lokal utvikling"),
    "rozwoj-lokalny": ("local-development", "lokal-utvikling"),
    "Program „Rozwój Lokalny” wspiera 29 miast średnich i małych w poprawie jakości życia mieszkańców i "
    "sprawności administracji, we współpracy z partnerami z Norwegii.": (
        "The “Local Development” programme helps 29 small and medium-sized towns improve their residents' quality "
        "of life and the efficiency of their administration, together with partners from Norway.",
        "Programmet «Lokal utvikling» hjelper 29 små og mellomstore byer med å bedre innbyggernes livskvalitet og "
        "gjøre forvaltningen mer effektiv, i samarbeid med partnere fra Norge.",
    ),
    "Program finansowany ze środków Funduszy EOG i Funduszy Norweskich 2014–2021.": (
        "The programme is funded by the EEA and Norway Grants 2014–2021.",
        "Programmet er finansiert av EØS-midlene og Norgesmidlene 2014–2021.",
    ),
    "EMPIRIE – Sieci Wymiany Doświadczeń": (
        "EMPIRIE – Experience-Sharing Networks",
        "EMPIRIE – nettverk for erfaringsutveksling",
    ),
    "empirie": ("empirie", "empirie"),
    "Tematyczne sieci miast, w których przedstawiciele samorządów wymieniają się doświadczeniami i wspólnie "
    "wypracowują rozwiązania.": (
        "Thematic networks of cities in which local government representatives share experience and work out "
        "solutions together.",
        "Tematiske nettverk der representanter for byene deler erfaringer og finner løsninger sammen.",
    ),
    "CWD Plus": ("CWD Plus", "CWD Plus"),
    "cwd-plus": ("cwd-plus", "cwd-plus"),
    "Centrum Wsparcia Doradczego Plus pomaga partnerstwom jednostek samorządu terytorialnego przygotować "
    "strategie i projekty rozwoju ponadlokalnego.": (
        "The Advisory Support Centre Plus helps partnerships of local governments prepare supra-local development "
        "strategies and projects.",
        "Senteret for rådgivningsstøtte Pluss hjelper partnerskap av kommuner med å utarbeide strategier og "
        "prosjekter for regional utvikling.",
    ),
    "System Monitorowania Usług Publicznych (SMUP)": (
        "Public Services Monitoring System (SMUP)",
        "Overvåkingssystem for offentlige tjenester (SMUP)",
    ),
    "smup": ("smup", "smup"),
    "Bezpłatne szkolenia dla pracowników jednostek samorządu terytorialnego z korzystania z SMUP.": (
        "Free training for local government staff in using SMUP.",
        "Gratis opplæring i bruk av SMUP for ansatte i kommuner og fylker.",
    ),
    "Standard minimum praw człowieka w polskim samorządzie": (
        "Minimum human rights standard in Polish local government",
        "Minstestandard for menneskerettigheter i polske kommuner",
    ),
    "standard-minimum-praw-czlowieka": ("minimum-human-rights-standard", "minstestandard-menneskerettigheter"),
    "Projekt prowadzony ze Stowarzyszeniem Arteria o prawach człowieka w codziennej pracy samorządów.": (
        "A project run with the Arteria Association on human rights in the everyday work of local governments.",
        "Et prosjekt sammen med foreningen Arteria om menneskerettigheter i kommunenes daglige arbeid.",
    ),
    "Forum Rozwoju Lokalnego i WUF11": ("Local Development Forum and WUF11", "Forum for lokal utvikling og WUF11"),
    "forum-rozwoju-lokalnego": ("local-development-forum", "forum-for-lokal-utvikling"),
    "Seminaria przygotowujące polskie miasta do 11. sesji Światowego Forum Miejskiego w Katowicach.": (
        "Seminars preparing Polish cities for the 11th session of the World Urban Forum in Katowice.",
        "Seminarer som forberedte polske byer til den 11. sesjonen av World Urban Forum i Katowice.",
    ),
    "Miasto cyfrowe": ("Digital city", "Den digitale byen"),
    "miasto-cyfrowe": ("digital-city", "den-digitale-byen"),
    "Sieć Wymiany Doświadczeń miast rozwijających usługi cyfrowe.": (
        "The experience-sharing network of cities developing digital services.",
        "Nettverket for byer som utvikler digitale tjenester.",
    ),
    "Kapitał ludzki": ("Human capital", "Menneskelige ressurser"),
    "kapital-ludzki": ("human-capital", "menneskelige-ressurser"),
    "Sieć poświęcona szeroko pojętym zasobom kadrowym miast.": (
        "A network on the staff and human resources of cities in the broad sense.",
        "Et nettverk om byenes personale og menneskelige ressurser i vid forstand.",
    ),
    "Zasoby miast – Finanse": ("City resources – Finance", "Byenes ressurser – økonomi"),
    "zasoby-miast-finanse": ("city-resources-finance", "byenes-ressurser-okonomi"),
    "Sieć tematyczna o finansach i zasobach miast.": (
        "A thematic network on the finances and resources of cities.",
        "Et tematisk nettverk om byenes økonomi og ressurser.",
    ),
    "Miasto obywateli": ("City of citizens", "Innbyggernes by"),
    "miasto-obywateli": ("city-of-citizens", "innbyggernes-by"),
    "Sieć o partycypacji mieszkańców i współpracy z obywatelami.": (
        "A network on residents' participation and cooperation with citizens.",
        "Et nettverk om innbyggermedvirkning og samarbeid med innbyggerne.",
    ),
    "Miasto przedsiębiorcze": ("Enterprising city", "Den driftige byen"),
    "miasto-przedsiebiorcze": ("enterprising-city", "den-driftige-byen"),
    "Sieć o produkcie lokalnym i współpracy z lokalnymi przedsiębiorcami.": (
        "A network on local products and cooperation with local businesses.",
        "Et nettverk om lokale produkter og samarbeid med lokalt næringsliv.",
    ),
    # Position documents
    "Stanowisko Związku Miast Polskich w sprawie projektu ustawy o ochronie ludności oraz stanie klęski żywiołowej": (
        "Position of the Association of Polish Cities on the draft act on civil protection and the state of "
        "natural disaster",
        "Standpunkt fra Den polske byunionen om lovforslaget om samfunnssikkerhet og naturkatastrofetilstand",
    ),
    "stanowisko-ochrona-ludnosci": ("position-civil-protection", "standpunkt-samfunnssikkerhet"),
    "Związek Miast Polskich przedstawia uwagi samorządów miejskich do projektu ustawy o ochronie ludności oraz "
    "stanie klęski żywiołowej, w szczególności do zadań gmin i sposobu ich finansowania.": (
        "The Association presents the comments of city governments on the draft act on civil protection and the "
        "state of natural disaster, in particular on the tasks of municipalities and how they are funded.",
        "Unionen legger fram byenes merknader til lovforslaget om samfunnssikkerhet og naturkatastrofetilstand, "
        "særlig om kommunenes oppgaver og hvordan de skal finansieres.",
    ),
    "Stanowisko Związku Miast Polskich w sprawie projektu ustawy o zmianie ustawy o planowaniu i "
    "zagospodarowaniu przestrzennym oraz niektórych innych ustaw": (
        "Position of the Association of Polish Cities on the draft act amending the spatial planning and "
        "development act and certain other acts",
        "Standpunkt fra Den polske byunionen om lovforslaget om endringer i plan- og arealloven og enkelte andre lover",
    ),
    "stanowisko-planowanie-przestrzenne": ("position-spatial-planning", "standpunkt-arealplanlegging"),
    "Uwagi Związku do reformy planowania przestrzennego: plan ogólny gminy, terminy przejściowe i koszty "
    "sporządzania nowych dokumentów planistycznych.": (
        "The Association's comments on the spatial planning reform: the municipal general plan, transition "
        "periods and the cost of drawing up new planning documents.",
        "Unionens merknader til reformen av arealplanleggingen: kommunens overordnede plan, overgangsfrister og "
        "kostnadene ved å utarbeide nye plandokumenter.",
    ),
    "Opinia Związku Miast Polskich o rządowym projekcie nowelizacji ustawy o zbiorowym zaopatrzeniu w wodę i "
    "zbiorowym odprowadzaniu ścieków (UC 130)": (
        "Opinion of the Association of Polish Cities on the government's draft amendment to the act on collective "
        "water supply and collective sewage disposal (UC 130)",
        "Uttalelse fra Den polske byunionen om regjeringens forslag til endring av loven om felles vannforsyning "
        "og felles avløp (UC 130)",
    ),
    "opinia-zaopatrzenie-w-wode-uc-130": ("opinion-water-supply-uc-130", "uttalelse-vannforsyning-uc-130"),
    "Opinia o projekcie nowelizacji ustawy o zbiorowym zaopatrzeniu w wodę i zbiorowym odprowadzaniu ścieków, "
    "w tym o zasadach zatwierdzania taryf.": (
        "An opinion on the draft amendment to the act on collective water supply and sewage disposal, including "
        "the rules for approving tariffs.",
        "En uttalelse om forslaget til endring av loven om felles vannforsyning og avløp, blant annet om reglene "
        "for godkjenning av gebyrer.",
    ),
    "Załącznik do Stanowiska ZMP w sprawie pilnych działań w zakresie zaopatrzenia mieszkańców w wodę i odbioru "
    "ścieków na tle ogólnej sytuacji w gospodarce komunalnej": (
        "Annex to the Association's position on urgent action on water supply and sewage collection in view of "
        "the general situation of municipal services",
        "Vedlegg til unionens standpunkt om hastetiltak for vannforsyning og avløp i lys av situasjonen i de "
        "kommunale tjenestene",
    ),
    "zalacznik-zaopatrzenie-w-wode-i-odbior-sciekow": ("annex-water-supply-and-sewage", "vedlegg-vann-og-avlop"),
    "Zestawienie danych o sytuacji przedsiębiorstw wodociągowo-kanalizacyjnych, dołączone do stanowiska "
    "Związku w sprawie pilnych działań w gospodarce komunalnej.": (
        "Figures on the situation of water and sewage companies, annexed to the Association's position on urgent "
        "action in municipal services.",
        "Tall om situasjonen i vann- og avløpsselskapene, vedlagt unionens standpunkt om hastetiltak i de "
        "kommunale tjenestene.",
    ),
    # News about Norwegian partners
    "Starachowice z wizytą studyjną w Bergen": (
        "Starachowice on a study visit to Bergen",
        "Starachowice på studietur i Bergen",
    ),
    "starachowice-z-wizyta-w-bergen": ("starachowice-study-visit-bergen", "starachowice-studietur-bergen"),
    "W dniach 24-29 września 2022 r. delegacja z Miasta Starachowice wzięła udział w wizycie studyjnej w mieście "
    "Bergen w Norwegii w ramach projektu „Kierunek Przyszłość – Starachowicki Program Rozwoju Lokalnego”.": (
        "From 24 to 29 September 2022 a delegation from the town of Starachowice made a study visit to Bergen in "
        "Norway as part of the project “Direction Future – Starachowice Local Development Programme”.",
        "Fra 24. til 29. september 2022 var en delegasjon fra Starachowice på studietur i Bergen som en del av "
        "prosjektet «Retning fremtiden – Starachowices program for lokal utvikling».",
    ),
    "Galeria": ("Gallery", "Galleri"),
    **{
        f"Abstrakcyjna ilustracja z kolorowych kół (obraz {number} z 3)": (
            f"Abstract illustration of coloured circles (picture {number} of 3)",
            f"Abstrakt illustrasjon med fargerike sirkler (bilde {number} av 3)",
        )
        for number in range(1, 4)
    },
    "Umowa partnerska z norweskim Sunnfjord": (
        "Partnership agreement with Sunnfjord in Norway",
        "Partnerskapsavtale med Sunnfjord kommune",
    ),
    "umowa-partnerska-z-sunnfjord": ("partnership-agreement-sunnfjord", "partnerskapsavtale-sunnfjord"),
    "We wtorek, 4 października, zastępca burmistrza norweskiego Sunnfjord, Anne Lilleaasen, podpisała z "
    "burmistrzem miasta, Dariuszem Kosno umowę partnerską. Tym samym gminy zostały partnerami w ramach Programu "
    "„Rozwój Lokalny”.": (
        "On Tuesday 4 October the deputy mayor of Sunnfjord in Norway, Anne Lilleaasen, signed a partnership "
        "agreement with the town's mayor, Dariusz Kosno. The two municipalities are now partners in the “Local "
        "Development” programme.",
        "Tirsdag 4. oktober signerte varaordfører i Sunnfjord, Anne Lilleaasen, en partnerskapsavtale med byens "
        "ordfører, Dariusz Kosno. Dermed er kommunene blitt partnere i programmet «Lokal utvikling».",
    ),
    "Delegacja z Nordre Follo na Jarmarku Jarosławskim": (
        "A delegation from Nordre Follo at the Jarosław Fair",
        "Delegasjon fra Nordre Follo på Jarosław-markedet",
    ),
    "nordre-follo-na-jarmarku-jaroslawskim": ("nordre-follo-jaroslaw-fair", "nordre-follo-jaroslaw-markedet"),
    "Ostatnie dni wakacji w Jarosławiu były bardzo kolorowe za sprawą niezwykle barwnego wydarzenia jakim jest "
    "Jarmark Jarosławski. Tym razem w wydarzeniu brała udział delegacja z norweskiej Nordre Follo kommunne.": (
        "The last days of the summer holidays in Jarosław were full of colour thanks to the Jarosław Fair, a "
        "remarkably vivid event. This year a delegation from Nordre Follo kommune in Norway took part.",
        "De siste feriedagene i Jarosław ble fargerike takket være Jarosław-markedet, et usedvanlig livlig "
        "arrangement. I år deltok en delegasjon fra Nordre Follo kommune.",
    ),
    "Umowa bilateralna Zawiercia z Møre og Romsdal": (
        "Bilateral agreement between Zawiercie and Møre og Romsdal",
        "Bilateral avtale mellom Zawiercie og Møre og Romsdal",
    ),
    "umowa-bilateralna-zawiercie-more-og-romsdal": (
        "bilateral-agreement-zawiercie-more-og-romsdal",
        "bilateral-avtale-zawiercie-more-og-romsdal",
    ),
    "5 czerwca podpisano umowę bilateralną z norweskimi partnerami - w imieniu Møre og Romsdal swój podpis złożył "
    "Kristian Severeide, a miasto Zawiercie reprezentował Łukasz Konarski. Odbyło się to podczas konferencji na "
    "temat programu „Rozwój lokalny”.": (
        "On 5 June a bilateral agreement was signed with the Norwegian partners: Kristian Severeide signed for "
        "Møre og Romsdal and Łukasz Konarski represented the town of Zawiercie. The signing took place at a "
        "conference on the “Local Development” programme.",
        "5. juni ble det signert en bilateral avtale med de norske partnerne: Kristian Severeide signerte for "
        "Møre og Romsdal, og Łukasz Konarski representerte Zawiercie. Signeringen fant sted under en konferanse "
        "om programmet «Lokal utvikling».",
    ),
    # SMUP news
    "Zgłoś się na szkolenia SMUP": ("Sign up for SMUP training", "Meld deg på SMUP-kurs"),
    "ostatnie-miejsca-na-szkoleniach-smup": ("sign-up-for-smup-training", "meld-deg-pa-smup-kurs"),
    "Zachęcamy przedstawicieli miast do niezwłocznego zgłaszania się na kolejny cykl bezpłatnych szkoleń "
    "dotyczących Systemu Monitorowania Usług Publicznych (SMUP).": (
        "We encourage city representatives to sign up without delay for the next series of free training on the "
        "Public Services Monitoring System (SMUP).",
        "Vi oppfordrer byenes representanter til å melde seg på den neste runden med gratis kurs om "
        "Overvåkingssystemet for offentlige tjenester (SMUP) så snart som mulig.",
    ),
    "Nowy cykl bezpłatnych szkoleń SMUP": ("A new series of free SMUP training", "Ny runde med gratis SMUP-kurs"),
    "nowy-cykl-szkolen-smup": ("new-series-of-smup-training", "ny-runde-smup-kurs"),
    "Od 19 września do 16 grudnia br. trwać będzie kolejny cykl bezpłatnych szkoleń dotyczących Systemu "
    "Monitorowania Usług Publicznych (SMUP). Zapraszamy pracowników JST do zapisywania się na te dedykowane im "
    "szkolenia nt. usług publicznych.": (
        "From 19 September to 16 December this year another series of free training on the Public Services "
        "Monitoring System (SMUP) takes place. Local government staff are welcome to sign up for this training on "
        "public services, designed for them.",
        "Fra 19. september til 16. desember i år holdes en ny runde med gratis kurs om Overvåkingssystemet for "
        "offentlige tjenester (SMUP). Ansatte i kommuner og fylker er velkomne til å melde seg på kursene, som er "
        "laget for dem.",
    ),
    "Szkolenia SMUP ze Związkiem Powiatów Polskich": (
        "SMUP training with the Association of Polish Counties",
        "SMUP-kurs sammen med Den polske fylkesunionen",
    ),
    "szkolenia-smup-z-zpp": ("smup-training-with-zpp", "smup-kurs-med-zpp"),
    "Od początku marca tego roku Związek Miast Polskich oraz Związek Powiatów Polskich prowadził szkolenia "
    "dotyczące SMUP.": (
        "Since the beginning of March this year the Association of Polish Cities and the Association of Polish "
        "Counties have been running training on SMUP.",
        "Siden begynnelsen av mars i år har Den polske byunionen og Den polske fylkesunionen holdt kurs om SMUP.",
    ),
    # CWD Plus news
    "Forum Wymiany Doświadczeń CWD Plus w Wielkopolsce": (
        "CWD Plus experience-sharing forum in Greater Poland",
        "CWD Plus-forum for erfaringsutveksling i Storpolen",
    ),
    "forum-wymiany-doswiadczen-w-wielkopolsce": (
        "experience-sharing-forum-greater-poland",
        "forum-for-erfaringsutveksling-storpolen",
    ),
    "13 września odbyło się w Wielkopolsce Forum Wymiany Doświadczeń w ramach programu CWD Plus dla partnerstw "
    "JST, aby spotkać się z przedstawicielami Urzędu Marszałkowskiego i zdobyć wiedzę m.in. na temat programów "
    "wsparcia na lata 2021-27.": (
        "On 13 September the CWD Plus experience-sharing forum for local government partnerships took place in "
        "Greater Poland, where they met representatives of the regional government and learned, among other "
        "things, about the support programmes for 2021–27.",
        "13. september ble CWD Plus-forumet for erfaringsutveksling holdt i Storpolen for partnerskap av kommuner. "
        "Der møtte de representanter for regionforvaltningen og lærte blant annet om støtteprogrammene for "
        "2021–27.",
    ),
    "Rada Partnerstwa w Płowężu": ("Partnership Council in Płowęż", "Partnerskapsrådet i Płowęż"),
    "rada-partnerstwa-w-plowezu": ("partnership-council-plowez", "partnerskapsradet-plowez"),
    "8 lipca 2022 roku, w Osadzie Rybackiej w Płowężu, odbyło się spotkanie Rady Partnerstwa „Wspieramy rozwój "
    "naszych małych ojczyzn”. W trakcie spotkania omówiono m.in. rozpoczęcie realizacji pracy Partnerstwa.": (
        "On 8 July 2022 the Council of the partnership “We support the development of our home towns” met at the "
        "Fishing Village in Płowęż. Among other things, the meeting discussed the start of the partnership's work.",
        "8. juli 2022 møttes rådet for partnerskapet «Vi støtter utviklingen av hjemstedene våre» i fiskelandsbyen "
        "i Płowęż. På møtet ble blant annet oppstarten av partnerskapets arbeid drøftet.",
    ),
    "Porozumienie międzygminne w Ciechanowie": (
        "Inter-municipal agreement in Ciechanów",
        "Interkommunal avtale i Ciechanów",
    ),
    "porozumienie-miedzygminne-w-ciechanowie": (
        "inter-municipal-agreement-ciechanow",
        "interkommunal-avtale-ciechanow",
    ),
    "W ciechanowskim ratuszu podpisano porozumienie międzygminne w celu przygotowania i realizacji Strategii "
    "Rozwoju Ponadlokalnego dla partnerstwa Miejskiego Obszaru Funkcjonalnego Ciechanowa.": (
        "At Ciechanów town hall an inter-municipal agreement was signed to prepare and carry out a supra-local "
        "development strategy for the partnership of the Ciechanów functional urban area.",
        "I rådhuset i Ciechanów ble det signert en interkommunal avtale om å utarbeide og gjennomføre en regional "
        "utviklingsstrategi for partnerskapet i Ciechanów byregion.",
    ),
    "Młodzież o swoich miastach: ankiety CWD Plus": (
        "Young people on their towns: the CWD Plus survey",
        "Unge om byene sine: CWD Plus-undersøkelsen",
    ),
    "mlodziez-o-swoich-miastach": ("young-people-on-their-towns", "unge-om-byene-sine"),
    "W samorządach uczestniczących w programie CWD Plus dobiegają właśnie końca badania ankietowe młodzieży. "
    "Związek Miast Polskich w imieniu partnerstw pyta młodych ludzi o ich opinie i plany życiowe dotyczące ich "
    "miejsca zamieszkania.": (
        "In the local governments taking part in CWD Plus the youth survey is coming to an end. On behalf of the "
        "partnerships, the Association of Polish Cities asks young people about their views and their plans for "
        "life in the place where they live.",
        "I kommunene som deltar i CWD Plus, er ungdomsundersøkelsen i ferd med å avsluttes. På vegne av "
        "partnerskapene spør Den polske byunionen unge om hva de mener om hjemstedet sitt og hvilke planer de har.",
    ),
    "Konferencja sieciująca CWD Plus w Mrągowie": (
        "CWD Plus networking conference in Mrągowo",
        "CWD Plus-nettverkskonferanse i Mrągowo",
    ),
    "konferencja-sieciujaca-w-mragowie": ("networking-conference-mragowo", "nettverkskonferanse-mragowo"),
    "W ramach projektu CWD Plus 14 i 15 czerwca br. w Mrągowie odbyła się konferencja sieciująca dla członków 77 "
    "partnerstw, w których bierze udział ponad 700 JST. Intencją MFiPR jest, by wszystkie projekty wypracowane w "
    "CWD Plus zyskały finansowanie.": (
        "On 14 and 15 June, as part of CWD Plus, a networking conference was held in Mrągowo for the members of 77 "
        "partnerships, which bring together more than 700 local governments. The Ministry of Funds and Regional "
        "Policy intends all projects developed in CWD Plus to receive funding.",
        "14. og 15. juni ble det som en del av CWD Plus holdt en nettverkskonferanse i Mrągowo for medlemmene i 77 "
        "partnerskap, der over 700 kommuner deltar. Departementet for fond og regionalpolitikk ønsker at alle "
        "prosjektene som utvikles i CWD Plus, skal få finansiering.",
    ),
    "Partnerstwo Miast i Gmin Powiatu Limanowskiego": (
        "Partnership of the Towns and Municipalities of Limanowa County",
        "Partnerskapet for byer og kommuner i Limanowa fylke",
    ),
    "partnerstwo-powiatu-limanowskiego": ("limanowa-county-partnership", "partnerskapet-i-limanowa"),
    "Miasto Limanowa wraz z innymi samorządami powiatu Limanowskiego utworzyło „Partnerstwo Miast i Gmin "
    "Powiatu Limanowskiego na rzecz ożywienia gospodarczego i wspólnej realizacji przedsięwzięć”.": (
        "The town of Limanowa and the other local governments of Limanowa County have formed the “Partnership of "
        "the Towns and Municipalities of Limanowa County for economic recovery and joint projects”.",
        "Limanowa og de andre kommunene i Limanowa fylke har opprettet «Partnerskapet for byer og kommuner i "
        "Limanowa fylke for økonomisk oppsving og felles prosjekter».",
    ),
}


# The newsletter consent and the data controller's notice (a snippet, and a page of the same text)
TEXTS.update(
    {
        data.NEWSLETTER_CONSENT: (
            "By subscribing to our newsletter you consent to the use of your personal data for sending you the "
            "newsletter. Giving your data is voluntary, but we cannot send the newsletter without it.",
            "Når du abonnerer på nyhetsbrevet vårt, samtykker du i at personopplysningene dine brukes til å sende deg "
            "nyhetsbrevet. Det er frivillig å oppgi opplysningene, men uten dem kan vi ikke sende nyhetsbrevet.",
        ),
        "Ochrona danych osobowych": ("Data protection", "Personvern"),
        "ochrona-danych-osobowych": ("data-protection", "personvern"),
        "Jak Związek Miast Polskich posługuje się danymi osobowymi subskrybentów newslettera.": (
            "How the Association of Polish Cities uses the personal data of newsletter subscribers.",
            "Hvordan Den polske byunionen bruker personopplysningene til dem som abonnerer på nyhetsbrevet.",
        ),
        "Administratorem Pani/Pana danych osobowych jest Związek Miast Polskich z siedzibą w Poznaniu, "
        "ul. Robocza 42, 61-517 Poznań (dalej: my).": (
            "The controller of your personal data is the Association of Polish Cities, ul. Robocza 42, "
            "61-517 Poznań, Poland (“we”).",
            "Behandlingsansvarlig for personopplysningene dine er Den polske byunionen, ul. Robocza 42, "
            "61-517 Poznań, Polen («vi»).",
        ),
        "Wyznaczyliśmy inspektora ochrony danych. Jest to osoba, z którą może się Pani/Pan kontaktować w "
        "sprawach związanych z posługiwaniem się przez Związek Miast Polskich danymi osobowymi, które nam "
        "Pani/Pan udziela oraz korzystania z praw, które w związku z tym przysługują. Z inspektorem można się "
        "kontaktować w następujący sposób:": (
            "We have appointed a data protection officer, whom you can contact about our use of the personal data "
            "you give us and about your rights in that respect. You can reach the data protection officer:",
            "Vi har utnevnt et personvernombud som du kan kontakte om hvordan vi bruker personopplysningene du gir "
            "oss, og om rettighetene dine. Du når personvernombudet:",
        ),
        "listownie na adres: ul. Robocza 42, 61-517 Poznań": (
            "by post: ul. Robocza 42, 61-517 Poznań, Poland",
            "per post: ul. Robocza 42, 61-517 Poznań, Polen",
        ),
        'przez e-mail: <a id="a1">rodo@zmp.poznan.pl</a>': (
            'by e-mail: <a id="a1">rodo@zmp.poznan.pl</a>',
            'per e-post: <a id="a1">rodo@zmp.poznan.pl</a>',
        ),
        "Związek Miast Polskich będzie posługiwać się Pani/Pana danymi osobowymi, w celu wysyłania newslettera "
        "na podstawie udzielonej zgody (zapisania się do newslettera).": (
            "We will use your personal data to send you the newsletter, on the basis of the consent you gave by "
            "subscribing.",
            "Vi bruker personopplysningene dine til å sende deg nyhetsbrevet, på grunnlag av samtykket du ga da du "
            "meldte deg på.",
        ),
        "Związek Miast Polskich będzie przechowywać podane dane osobowe do momentu odwołania udzielonej zgody.": (
            "We will keep your personal data until you withdraw your consent.",
            "Vi lagrer personopplysningene dine til du trekker tilbake samtykket.",
        ),
        "Podane dane będą przekazywane do podmiotów z którymi Związek Miast Polskich współpracuje w celu "
        "wysyłania newslettera.": (
            "Your data will be passed on to the organisations we work with to send the newsletter.",
            "Opplysningene dine gis videre til virksomhetene vi samarbeider med for å sende nyhetsbrevet.",
        ),
        "Dlatego, że posługujemy się Pani/Pana danymi osobowymi masz prawo:": (
            "Because we use your personal data, you have the right:",
            "Fordi vi bruker personopplysningene dine, har du rett til å:",
        ),
        "wycofania zgody na przetwarzanie danych,": (
            "to withdraw your consent to the processing of your data,",
            "trekke tilbake samtykket til behandlingen,",
        ),
        "dostępu do danych osobowych,": ("of access to your personal data,", "få innsyn i personopplysningene dine,"),
        "żądania sprostowania danych osobowych,": (
            "to have your personal data corrected,",
            "kreve at personopplysningene dine blir rettet,",
        ),
        "żądania usunięcia danych osobowych,": (
            "to have your personal data erased,",
            "kreve at personopplysningene dine blir slettet,",
        ),
        "żądania ograniczenia przetwarzania danych osobowych,": (
            "to have the processing of your personal data restricted,",
            "kreve at behandlingen av personopplysningene dine blir begrenset,",
        ),
        "wyrażenia sprzeciwu wobec przetwarzania danych ze względu na Pani/Pana szczególną sytuację – w "
        "przypadkach, kiedy posługujemy się danymi na podstawie naszego prawnie uzasadnionego interesu,": (
            "to object to the processing on grounds relating to your particular situation, where we use your data "
            "on the basis of our legitimate interest,",
            "protestere mot behandlingen på grunn av din særlige situasjon, der vi bruker opplysningene på grunnlag "
            "av vår berettigede interesse,",
        ),
        "przenoszenia danych osobowych. Aby skorzystać z powyższych praw, skontaktuj się z nami lub z naszym "
        "inspektorem ochrony danych.": (
            "to data portability. To exercise these rights, contact us or our data protection officer.",
            "få personopplysningene dine overført (dataportabilitet). For å bruke disse rettighetene kan du kontakte "
            "oss eller personvernombudet vårt.",
        ),
        "Pamiętaj też, że masz:": ("Remember that you also have:", "Husk også at du har:"),
        "<b>Prawo wycofania zgody.</b> W każdej chwili przysługuje Pani/Panu prawo do wycofania zgody na "
        "posługiwanie się przez Związek Miast Polskich danymi osobowymi. Jednak cofnięcie zgody nie będzie wpływać "
        "na to, że Związek Miast Polskich mógł posługiwać się podanymi danymi osobowymi przez cały okres "
        "obowiązywania zgody tj. na zgodność z prawem przetwarzania, którego dokonano na podstawie udzielonej "
        "zgody przed jej wycofaniem.": (
            "<b>The right to withdraw consent.</b> You may withdraw your consent to our use of your personal data "
            "at any time. Withdrawing it does not affect the lawfulness of the processing carried out on the basis "
            "of your consent before you withdrew it.",
            "<b>Rett til å trekke tilbake samtykket.</b> Du kan når som helst trekke tilbake samtykket til at vi "
            "bruker personopplysningene dine. Det påvirker ikke lovligheten av behandlingen vi gjorde på grunnlag "
            "av samtykket før du trakk det tilbake.",
        ),
        "<b>Prawo wniesienia skargi do organu.</b> Przysługuje Pani/Panu także prawo wniesienia skargi do organu "
        "nadzorczego zajmującego się ochroną danych osobowych, tj. Prezesa Urzędu Ochrony Danych Osobowych.": (
            "<b>The right to lodge a complaint.</b> You may also lodge a complaint with the supervisory authority "
            "for data protection, the President of the Polish Personal Data Protection Office (UODO).",
            "<b>Rett til å klage.</b> Du kan også klage til tilsynsmyndigheten for personvern, som er presidenten "
            "for det polske datatilsynet (UODO).",
        ),
        "Zapewniamy, że dokładamy wszelkich starań, aby zapewnić środki fizycznej, technicznej i organizacyjnej "
        "ochrony danych osobowych przed ich przypadkowym czy umyślnym zniszczeniem, przypadkową utratą, zmianą, "
        "nieuprawnionym ujawnieniem, wykorzystaniem czy dostępem, zgodnie ze wszystkimi obowiązującymi "
        "przepisami.": (
            "We do our utmost to protect personal data by physical, technical and organisational means against "
            "accidental or deliberate destruction, accidental loss, alteration, unauthorised disclosure, use or "
            "access, in accordance with all applicable law.",
            "Vi gjør vårt beste for å beskytte personopplysningene med fysiske, tekniske og organisatoriske tiltak "
            "mot at de ved et uhell eller med vilje blir ødelagt, går tapt, blir endret eller blir utlevert, brukt "
            "eller gjort tilgjengelige uten tillatelse, i samsvar med alle gjeldende regler.",
        ),
    }
)


TEXTS.update(
    {
        "Deklaracja dostępności": ("Accessibility statement", "Tilgjengelighetserklæring"),
        "deklaracja-dostepnosci": ("accessibility-statement", "tilgjengelighetserklaering"),
        "Związek Miast Polskich": ("Association of Polish Cities", "Den polske byunionen"),
        "Niektóre dokumenty PDF opublikowane przed 2022 rokiem nie są w pełni dostępne.": (
            "Some PDF documents published before 2022 are not fully accessible.",
            "Noen PDF-dokumenter publisert før 2022 er ikke fullt tilgjengelige.",
        ),
        data.ACCESSIBILITY_PROCEDURE: (
            "Anyone may request that the website, or a part of it, be made accessible. We answer without delay, "
            "within 7 days at the latest. A refusal can be appealed to the Polish Commissioner for Human Rights.",
            "Alle kan be om at nettstedet, eller en del av det, blir gjort tilgjengelig. Vi svarer så raskt som "
            "mulig, senest innen 7 dager. Et avslag kan klages inn for den polske ombudsmannen for "
            "menneskerettigheter.",
        ),
        "Biuro Związku w Poznaniu przy ul. Roboczej 42 ma wejście bez progów i windę.": (
            "The Association's office at ul. Robocza 42 in Poznań has a step-free entrance and a lift.",
            "Unionens kontor i ul. Robocza 42 i Poznań har trinnfri inngang og heis.",
        ),
        "Związek nie udostępnia aplikacji mobilnych.": (
            "The Association offers no mobile applications.",
            "Unionen tilbyr ingen mobilapper.",
        ),
        # Events
        "Szkolenie SMUP: jak mierzyć jakość usług publicznych": (
            "SMUP training: how to measure the quality of public services",
            "SMUP-kurs: slik måler dere kvaliteten på offentlige tjenester",
        ),
        "Bezpłatne szkolenie online dla pracowników jednostek samorządu terytorialnego.": (
            "Free online training for local government staff.",
            "Gratis nettkurs for ansatte i kommuner og fylkeskommuner.",
        ),
        "Szkolenie online": ("Online training", "Nettkurs"),
        "Wizyta studyjna partnerów z Sunnfjord": (
            "Study visit of the partners from Sunnfjord",
            "Studiebesøk fra samarbeidspartnerne i Sunnfjord",
        ),
        "Trzydniowa wizyta norweskich partnerów programu „Rozwój Lokalny”.": (
            "A three-day visit of the Norwegian partners of the Local Development programme.",
            "Et tredagers besøk av de norske samarbeidspartnerne i programmet Lokal utvikling.",
        ),
        "Warszawa": ("Warsaw", "Warszawa"),
        # The SMUP training cycle, open for sign-ups
        "Szkolenie SMUP, moduł 1: wskaźniki usług publicznych": (
            "SMUP training, module 1: indicators of public services",
            "SMUP-kurs, modul 1: indikatorer for offentlige tjenester",
        ),
        "szkolenie-smup-modul-1": ("smup-training-module-1", "smup-kurs-modul-1"),
        "Szkolenie SMUP, moduł 2: analiza danych o usługach": (
            "SMUP training, module 2: analysing data on services",
            "SMUP-kurs, modul 2: analyse av tjenestedata",
        ),
        "szkolenie-smup-modul-2": ("smup-training-module-2", "smup-kurs-modul-2"),
        "Szkolenie SMUP, moduł 3: raport o usługach publicznych": (
            "SMUP training, module 3: a report on public services",
            "SMUP-kurs, modul 3: en rapport om offentlige tjenester",
        ),
        "szkolenie-smup-modul-3": ("smup-training-module-3", "smup-kurs-modul-3"),
        data.SMUP_TRAINING_LEAD: (
            "A free online training of the SMUP cycle for local government staff.",
            "Et gratis nettkurs i SMUP-serien for ansatte i kommuner og fylkeskommuner.",
        ),
        data.SMUP_TRAINING_QUESTION: (
            "Which public services do you want to follow in SMUP?",
            "Hvilke offentlige tjenester vil du følge med på i SMUP?",
        ),
        # The demo newsletter issue
        data.NEWSLETTER_ISSUE_SUBJECT: (
            "Newsletter of the Association of Polish Cities – October 2022",
            "Nyhetsbrev fra Den polske byunionen – oktober 2022",
        ),
        "W październiku zapraszamy na Konferencję Rozwoju Lokalnego w Warszawie i na szkolenia dla miast "
        "w programie Rozwój Lokalny.": (
            "In October we invite you to the Local Development Conference in Warsaw and to training for cities "
            "in the Local Development programme.",
            "I oktober inviterer vi til konferansen om lokal utvikling i Warszawa og til opplæring for byene "
            "i programmet Lokal utvikling.",
        ),
        "Opublikowaliśmy też opinię Związku w sprawie zaopatrzenia w wodę. Wszystkie terminy są w kalendarzu "
        "na naszej stronie.": (
            "We have also published the Association's opinion on water supply. All dates are in the calendar "
            "on our website.",
            "Vi har også publisert unionens uttalelse om vannforsyning. Alle datoene står i kalenderen "
            "på nettsidene våre.",
        ),
    }
)


# The sign-ups' consent and notice (its first paragraph is the newsletter notice's)
TEXTS.update(
    {
        data.SIGN_UP_CONSENT: (
            "By signing up for the event you consent to the use of the personal data you give for organising it. "
            "Giving your data is voluntary, but we cannot sign you up without it.",
            "Når du melder deg på arrangementet, samtykker du i at personopplysningene du oppgir, brukes til å "
            "organisere det. Det er frivillig å oppgi opplysningene, men uten dem kan vi ikke melde deg på.",
        ),
        'Z naszym inspektorem ochrony danych można się kontaktować przez e-mail: <a id="a1">rodo@zmp.poznan.pl</a>.': (
            'You can reach our data protection officer by e-mail: <a id="a1">rodo@zmp.poznan.pl</a>.',
            'Du når personvernombudet vårt på e-post: <a id="a1">rodo@zmp.poznan.pl</a>.',
        ),
        "Posługujemy się danymi z formularza zapisu, aby zorganizować wydarzenie: potwierdzić miejsce albo wpisać "
        "na listę rezerwową, przypomnieć o terminie i przygotować listę obecności. Podstawą jest udzielona zgoda.": (
            "We use the data from the sign-up form to organise the event: to confirm your place or put you on the "
            "waiting list, to remind you of the date and to prepare the attendance list. The legal basis is your "
            "consent.",
            "Vi bruker opplysningene fra påmeldingsskjemaet til å organisere arrangementet: til å bekrefte plassen "
            "din eller sette deg på venteliste, minne deg på datoen og lage deltakerlisten. Behandlingsgrunnlaget "
            "er samtykket ditt.",
        ),
        "Dane widzą tylko organizatorzy wydarzeń w Związku Miast Polskich. Usuwamy je 90 dni po wydarzeniu; "
        "zostaje tylko liczba zapisanych osób.": (
            "Only the Association's event organisers see the data. We erase it 90 days after the event; only "
            "the number of people signed up remains.",
            "Bare arrangørene i Den polske byunionen ser opplysningene. Vi sletter dem 90 dager etter "
            "arrangementet; bare antallet påmeldte blir igjen.",
        ),
        "Ma Pani/Pan prawo dostępu do danych, ich sprostowania, usunięcia i ograniczenia przetwarzania, prawo do "
        "przenoszenia danych oraz prawo wycofania zgody w każdej chwili: odnośnik do rezygnacji jest w każdej "
        "wiadomości od nas. Przysługuje też Pani/Panu prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych "
        "Osobowych.": (
            "You have the right to access your data, to have it corrected, erased or its use restricted, the right "
            "to data portability and the right to withdraw your consent at any time: every message from us has a "
            "link to cancel. You may also complain to the President of the Personal Data Protection Office (UODO).",
            "Du har rett til innsyn i opplysningene, til å få dem rettet, slettet eller behandlingen begrenset, "
            "rett til dataportabilitet og rett til å trekke tilbake samtykket når som helst: hver melding fra oss "
            "har en lenke for å melde deg av. Du kan også klage til det polske datatilsynet (UODO).",
        ),
    }
)


def texts_for(language_code):
    """The Polish segments and their translations into one language."""
    column = {"en": EN, "nb": NB}[language_code]
    return {polish: translations[column] for polish, translations in TEXTS.items()}
