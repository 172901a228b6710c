"""Demo news (30 items, 2024-2026), lexicon (20 begrippen) and dossiers (3)."""

from .bouw import a, begrip, h2, let_op, nieuws, p, ul

N = [
    nieuws(
        "nieuwe-regels-gezinshereniging-2024",
        "2024-01-22",
        "Wijzigingen in de gezinshereniging met derdelanders",
        "Een nieuwe wet past de procedure voor gezinshereniging aan: strengere controle van de "
        "bestaansmiddelen en een duidelijkere behandelingstermijn.",
        p(
            "De wet wijzigt artikel 10 en volgende van de Vreemdelingenwet. DVZ onderzoekt de "
            "bestaansmiddelen voortaan op basis van de inkomsten van de twaalf maanden voor de "
            "aanvraag."
        ),
        h2("Wat verandert er voor lopende aanvragen?"),
        p(
            "Aanvragen die voor de inwerkingtreding zijn ingediend, worden behandeld volgens de "
            "oude regels."
        ),
        themas=[
            "verblijf/gezinshereniging/met-een-derdelander",
            "verblijf/gezinshereniging/bestaansmiddelen",
        ],
    ),
    nieuws(
        "verblijfsprocedure-staatlozen",
        "2024-03-14",
        "Erkende staatlozen krijgen een verblijfsprocedure",
        "Wie door de familierechtbank als staatloze is erkend, kan voortaan een verblijfsrecht "
        "aanvragen bij DVZ.",
        p(
            "Tot nu toe gaf de erkenning als staatloze geen verblijfsrecht. De nieuwe procedure "
            "vult die lacune in."
        ),
        let_op("Wie zijn nationaliteit vrijwillig heeft opgegeven, valt buiten de regeling."),
        themas=["verblijf/staatlozen"],
    ),
    nieuws(
        "eu-seizoenarbeiders-nieuwe-procedure",
        "2024-04-02",
        "Nieuwe procedure voor seizoenarbeiders",
        "De aanvraag van een seizoensvergunning verloopt voortaan volledig digitaal via het "
        "werkgeversloket.",
        p(
            "Werkgevers in land- en tuinbouw dienen de aanvraag in één keer in voor het gewest en "
            "DVZ. De maximale duur blijft 150 dagen per twaalf maanden."
        ),
        themas=["werk/seizoenarbeid"],
    ),
    nieuws(
        "stemrecht-gemeenteraadsverkiezingen",
        "2024-05-06",
        "Gemeenteraadsverkiezingen: registreren als kiezer vóór 31 juli",
        "Unieburgers en derdelanders die in België wonen, kunnen stemmen bij de "
        "gemeenteraadsverkiezingen van 13 oktober 2024, als ze zich tijdig registreren.",
        h2("Voorwaarden voor derdelanders"),
        ul(
            "vijf jaar ononderbroken wettig verblijf in België",
            "een verklaring dat men de Grondwet en de wetten naleeft",
            "ingeschreven in het bevolkings- of vreemdelingenregister",
        ),
        p("Unieburgers kunnen ook kandidaat zijn. Derdelanders kunnen enkel stemmen."),
        themas=["unieburgers"],
    ),
    nieuws(
        "einde-opvang-na-erkenning",
        "2024-06-18",
        "Einde van de opvang: nieuwe overgangstermijnen",
        "Erkende vluchtelingen en subsidiair beschermden krijgen andere termijnen om de "
        "opvangstructuur te verlaten.",
        p(
            "Fedasil begeleidt de overgang naar een eigen woning. Het OCMW neemt daarna over, "
            "onder meer voor het leefloon en de huurwaarborg."
        ),
        themas=["internationale-bescherming/opvang", "sociale-rechten/leefloon"],
    ),
    nieuws(
        "migratiepact-aangenomen",
        "2024-05-21",
        "Europees Migratie- en Asielpact definitief aangenomen",
        "De Raad keurde het pact goed. De nieuwe regels gelden vanaf juni 2026.",
        p(
            "Het pact omvat onder meer een screening aan de buitengrenzen, een grensprocedure en "
            "een nieuw solidariteitsmechanisme tussen de lidstaten."
        ),
        themas=["internationale-bescherming", "internationale-bescherming/dublin"],
    ),
    nieuws(
        "nieuw-terugkeerbeleid",
        "2024-09-10",
        "Een nieuw terugkeerbeleid",
        "De federale regering zet meer in op begeleiding naar vrijwillige terugkeer en op "
        "individuele trajecten voor wie een bevel kreeg.",
        p(
            "Terugkeercoaches nemen sneller contact op na een negatieve beslissing. De "
            "re-integratiesteun wordt afgestemd op het land van terugkeer."
        ),
        themas=["terugkeer", "terugkeer/vrijwillige-terugkeer"],
    ),
    nieuws(
        "groeipakket-indexering-2024",
        "2024-10-01",
        "Groeipakket geïndexeerd",
        "De bedragen van het Groeipakket stijgen door de indexering.",
        p("De verblijfsvoorwaarden voor kinderen van buiten de EU blijven ongewijzigd."),
        themas=["sociale-rechten/groeipakket"],
    ),
    nieuws(
        "rechtspraak-rvv-bestaansmiddelen",
        "2024-11-12",
        "RvV: behoefteanalyse is verplicht bij lagere inkomsten",
        "De Raad voor Vreemdelingenbetwistingen vernietigde een weigering waarin DVZ geen "
        "concrete behoefteanalyse had gemaakt.",
        p(
            "Liggen de bestaansmiddelen onder het referentiebedrag, dan moet DVZ nagaan wat het "
            "gezin concreet nodig heeft. Een loutere vaststelling volstaat niet."
        ),
        themas=["verblijf/gezinshereniging/bestaansmiddelen"],
    ),
    nieuws(
        "tijdelijke-bescherming-verlengd-2026",
        "2024-07-01",
        "Tijdelijke bescherming Oekraïners verlengd tot maart 2026",
        "De Raad van de EU verlengde de tijdelijke bescherming met een jaar.",
        p(
            "De A-kaarten worden automatisch verlengd; de betrokkenen hoeven geen nieuwe aanvraag "
            "in te dienen."
        ),
        themas=["internationale-bescherming/tijdelijke-bescherming"],
    ),
    nieuws(
        "leefloon-indexering-2025",
        "2025-01-06",
        "Leefloon en referentiebedrag gezinshereniging geïndexeerd",
        "Door de indexering van het leefloon stijgt ook het referentiebedrag voor de "
        "bestaansmiddelen bij gezinshereniging.",
        p("Controleer het bedrag dat gold op de datum van de aanvraag."),
        themas=["sociale-rechten/leefloon", "verblijf/gezinshereniging/bestaansmiddelen"],
    ),
    nieuws(
        "inburgering-nieuw-examen",
        "2025-02-03",
        "Inburgering: nieuwe test maatschappelijke oriëntatie",
        "Het Agentschap Integratie en Inburgering vernieuwt de test maatschappelijke oriëntatie.",
        p("De test sluit beter aan bij de cursusinhoud en kan ook digitaal worden afgelegd."),
        themas=["inburgering/inburgeringstraject"],
    ),
    nieuws(
        "regeerakkoord-migratie",
        "2025-02-18",
        "Regeerakkoord: wat verandert er voor migratie?",
        "Het nieuwe federale regeerakkoord kondigt strengere voorwaarden aan voor "
        "gezinshereniging en nationaliteit.",
        p(
            "De concrete wetteksten moeten nog volgen. We werken de themapagina's bij zodra de "
            "wijzigingen in werking treden."
        ),
        themas=["verblijf/gezinshereniging", "nationaliteit"],
    ),
    nieuws(
        "nationaliteit-integratie-bewijs",
        "2025-03-11",
        "Nationaliteitsverklaring: bewijs van integratie verduidelijkt",
        "Een omzendbrief verduidelijkt welke documenten de maatschappelijke integratie bewijzen.",
        p(
            "Het inburgeringsattest, een Belgisch diploma of vijf jaar werk blijven de "
            "belangrijkste bewijzen."
        ),
        themas=["nationaliteit/nationaliteitsverklaring"],
    ),
    nieuws(
        "gecombineerde-vergunning-knelpuntberoepen",
        "2025-04-01",
        "Nieuwe lijst knelpuntberoepen voor de gecombineerde vergunning",
        "Vlaanderen actualiseert de lijst van knelpuntberoepen waarvoor een vergunning "
        "makkelijker wordt toegekend.",
        p(
            "Voor middengeschoolde functies op de lijst hoeft de werkgever niet aan te tonen dat "
            "er geen geschikte kandidaat op de arbeidsmarkt is."
        ),
        themas=["werk/gecombineerde-vergunning"],
    ),
    nieuws(
        "gaza-cgvs-beleid",
        "2025-04-22",
        "CGVS actualiseert beleid voor verzoekers uit Gaza",
        "Het CGVS publiceerde een nieuwe landeninformatie en past zijn beoordeling aan.",
        p(
            "De beslissingen voor verzoekers uit Gaza worden opnieuw genomen op basis van de "
            "actuele veiligheidssituatie."
        ),
        themas=["internationale-bescherming/subsidiaire-bescherming"],
    ),
    nieuws(
        "afghanistan-rvv-arrest",
        "2025-05-13",
        "RvV over vrouwen uit Afghanistan",
        "De RvV bevestigt dat de algemene situatie van vrouwen in Afghanistan kan leiden tot "
        "erkenning als vluchteling.",
        p(
            "De Raad verwijst naar de rechtspraak van het Hof van Justitie over vrouwen als "
            "bijzondere sociale groep."
        ),
        themas=["internationale-bescherming/vluchtelingenstatus"],
    ),
    nieuws(
        "tijdelijke-bescherming-verlengd-2027",
        "2025-07-08",
        "Tijdelijke bescherming verlengd tot maart 2027",
        "De Raad van de EU verlengde de tijdelijke bescherming voor ontheemden uit Oekraïne "
        "opnieuw met een jaar.",
        p("De lidstaten bespreken ook een gecoördineerde overgang naar andere verblijfsstatuten."),
        themas=["internationale-bescherming/tijdelijke-bescherming"],
    ),
    nieuws(
        "dringende-medische-hulp-digitaal",
        "2025-08-19",
        "Dringende medische hulp: digitale medische kaart",
        "OCMW's kunnen de medische kaart voor dringende medische hulp voortaan digitaal afleveren.",
        p("Zorgverleners zien de dekking rechtstreeks in het systeem."),
        themas=["sociale-rechten/dringende-medische-hulp"],
    ),
    nieuws(
        "studenten-zoekjaar",
        "2025-09-09",
        "Studenten: meer duidelijkheid over het zoekjaar",
        "DVZ publiceerde een nieuwe toelichting bij het verblijf van twaalf maanden na de studies.",
        p("De aanvraag moet gebeuren voor het verblijf als student verloopt."),
        themas=["verblijf/studenten"],
    ),
    nieuws(
        "apostille-digitaal",
        "2025-10-07",
        "Elektronische apostille uitgebreid",
        "De FOD Buitenlandse Zaken breidt de elektronische apostille uit naar meer documenten.",
        p("Buitenlandse overheden kunnen de echtheid online controleren."),
        themas=["internationaal-privaatrecht/buitenlandse-documenten"],
    ),
    nieuws(
        "opvangcrisis-rechtspraak",
        "2025-10-28",
        "Arbeidshof veroordeelt Fedasil opnieuw",
        "Verzoekers zonder opvangplaats krijgen opnieuw gelijk voor de arbeidsrechtbanken.",
        p("Het recht op opvang blijft gelden vanaf het verzoek, ook bij een tekort aan plaatsen."),
        themas=["internationale-bescherming/opvang"],
    ),
    nieuws(
        "wettelijke-samenwoning-duurzame-relatie",
        "2025-11-18",
        "Duurzame relatie: RvV verduidelijkt bewijs van ontmoetingen",
        "Foto's en reisdocumenten samen kunnen de ontmoetingen bewijzen.",
        p("De RvV herinnert eraan dat DVZ alle elementen van het dossier samen moet beoordelen."),
        themas=["internationaal-privaatrecht/wettelijke-samenwoning"],
    ),
    nieuws(
        "verblijfskaart-vernieuwing",
        "2025-12-02",
        "Vernieuwing van verblijfskaarten: langere wachttijden",
        "Door drukte bij de aanmaak van kaarten lopen de wachttijden op. Het attest van de "
        "gemeente bewijst intussen het verblijf.",
        p("Een verlopen kaart betekent niet dat het verblijfsrecht vervallen is."),
        themas=["verblijfsdocumenten/verblijfskaarten"],
    ),
    nieuws(
        "migratiepact-uitvoering",
        "2026-01-13",
        "Migratiepact: wetsontwerp ingediend",
        "De regering diende het wetsontwerp in dat het Migratie- en Asielpact in Belgisch recht "
        "omzet.",
        p(
            "De screening, de grensprocedure en de nieuwe regels over bevoegdheid worden in de "
            "Vreemdelingenwet opgenomen."
        ),
        themas=["internationale-bescherming", "internationale-bescherming/asielprocedure"],
    ),
    nieuws(
        "niet-begeleide-minderjarigen-leeftijd",
        "2026-02-03",
        "Leeftijdsonderzoek bij niet-begeleide minderjarigen",
        "De Dienst Voogdij past de procedure voor het leeftijdsonderzoek aan.",
        p("Bij twijfel geldt het voordeel van de twijfel voor de minderjarige."),
        themas=["internationale-bescherming/niet-begeleide-minderjarigen"],
    ),
    nieuws(
        "oekraine-na-2027",
        "2026-02-24",
        "Oekraïne: wat na de tijdelijke bescherming?",
        "Vier jaar na het begin van de oorlog bereidt de EU de overgang voor naar andere "
        "verblijfsstatuten.",
        p(
            "Wie werkt of studeert, kan mogelijk overstappen naar een verblijf als werknemer of "
            "student."
        ),
        themas=[
            "internationale-bescherming/tijdelijke-bescherming",
            "werk/gecombineerde-vergunning",
        ],
    ),
    nieuws(
        "blauwe-kaart-loondrempel-2026",
        "2026-03-02",
        "Europese blauwe kaart: nieuwe loondrempel",
        "De loondrempel voor de Europese blauwe kaart werd voor 2026 vastgelegd.",
        p("Voor knelpuntberoepen en jonge afgestudeerden geldt een lagere drempel."),
        themas=["werk/europese-blauwe-kaart"],
    ),
    nieuws(
        "humanitaire-regularisatie-retributie",
        "2026-03-17",
        "Humanitaire regularisatie: retributie geïndexeerd",
        "Het bedrag van de retributie voor een aanvraag 9bis werd geïndexeerd.",
        p(
            "Wie de retributie niet betaalt, krijgt een onontvankelijke beslissing, tenzij een "
            "vrijstelling geldt."
        ),
        themas=["verblijf/humanitaire-regularisatie"],
    ),
    nieuws(
        "schijnhuwelijk-nieuwe-omzendbrief",
        "2026-04-07",
        "Nieuwe omzendbrief over schijnhuwelijken en schijnerkenningen",
        "De minister van Justitie vernieuwt de richtlijnen voor de ambtenaren van de burgerlijke "
        "stand.",
        p("De omzendbrief bundelt de aandachtspunten en de samenwerking met het parket."),
        themas=[
            "internationaal-privaatrecht/huwelijk/schijnhuwelijk",
            "internationaal-privaatrecht/afstamming",
        ],
    ),
]

B = [
    begrip(
        "bijlage-3bis",
        "Bijlage 3bis",
        "De verbintenis tot tenlasteneming waarmee een garant zich borg stelt voor de kosten "
        "van een bezoeker met een visum voor kort verblijf.",
    ),
    begrip(
        "verblijfskaart",
        "Verblijfskaart",
        "Het elektronische document dat de gemeente uitreikt als bewijs van verblijf, met een "
        "letter die het soort verblijf aangeeft (A, B, K, L, EU, EU+, F, F+ ...).",
    ),
    begrip(
        "subsidiaire-bescherming",
        "Subsidiaire bescherming",
        "Bescherming voor wie geen vluchteling is, maar bij terugkeer een reëel risico loopt "
        "op ernstige schade (artikel 48/4 Vreemdelingenwet).",
    ),
    begrip(
        "cgvs",
        "CGVS",
        "Het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen, de onafhankelijke "
        "instantie die beslist over verzoeken om internationale bescherming.",
    ),
    begrip(
        "dvz",
        "DVZ",
        "De Dienst Vreemdelingenzaken, de federale administratie die beslist over toegang, "
        "verblijf en verwijdering van vreemdelingen.",
    ),
    begrip(
        "rvv",
        "RvV",
        "De Raad voor Vreemdelingenbetwistingen, het administratief rechtscollege dat oordeelt "
        "over beroepen tegen beslissingen van DVZ en het CGVS.",
    ),
    begrip(
        "tijdelijke-bescherming",
        "Tijdelijke bescherming",
        "Een Europese bescherming bij een massale toestroom van ontheemden, sinds 2022 "
        "geactiveerd voor wie de oorlog in Oekraïne ontvlucht (Richtlijn 2001/55/EG).",
    ),
    begrip(
        "ocmw",
        "OCMW",
        "Het openbaar centrum voor maatschappelijk welzijn van de gemeente, dat leefloon en "
        "maatschappelijke dienstverlening toekent.",
    ),
    begrip(
        "leefloon",
        "Leefloon",
        "Het minimuminkomen dat het OCMW toekent aan wie onvoldoende bestaansmiddelen heeft "
        "(wet van 26 mei 2002).",
    ),
    begrip(
        "gezinshereniging",
        "Gezinshereniging",
        "Het recht van familieleden om zich bij een persoon in België te voegen, onder de "
        "voorwaarden van de artikelen 10 en 40bis tot 40ter van de Vreemdelingenwet.",
    ),
    begrip(
        "attest-van-immatriculatie",
        "Attest van immatriculatie",
        "Een tijdelijk verblijfsdocument voor wie in een lopende procedure ingeschreven is, "
        "zoals een verzoeker om internationale bescherming.",
    ),
    begrip(
        "bevel-om-het-grondgebied-te-verlaten",
        "Bevel om het grondgebied te verlaten",
        "De beslissing (bijlage 13) die een vreemdeling zonder verblijfsrecht verplicht om "
        "België binnen een termijn te verlaten.",
    ),
    begrip(
        "dublinprocedure",
        "Dublinprocedure",
        "De procedure die bepaalt welke lidstaat bevoegd is om een verzoek om internationale "
        "bescherming te behandelen (Verordening nr. 604/2013).",
    ),
    begrip(
        "gecombineerde-vergunning",
        "Gecombineerde vergunning",
        "Eén vergunning voor werk en verblijf van meer dan 90 dagen, aangevraagd door de "
        "werkgever bij het gewest.",
    ),
    begrip(
        "nationaliteitsverklaring",
        "Nationaliteitsverklaring",
        "De verklaring bij de ambtenaar van de burgerlijke stand waarmee een vreemdeling na "
        "vijf of tien jaar wettig verblijf Belg kan worden (artikel 12bis WBN).",
    ),
    begrip(
        "apostille",
        "Apostille",
        "Een stempel of certificaat dat de echtheid van een buitenlandse openbare akte "
        "bevestigt volgens het Apostilleverdrag van 1961.",
    ),
    begrip(
        "schijnhuwelijk",
        "Schijnhuwelijk",
        "Een huwelijk dat niet gericht is op een duurzame levensgemeenschap maar enkel op een "
        "verblijfsvoordeel (artikel 146bis oud Burgerlijk Wetboek).",
    ),
    begrip(
        "nbmv",
        "Niet-begeleide minderjarige vreemdeling (NBMV)",
        "Een minderjarige van buiten de EER die zonder ouder of voogd in België is en een "
        "voogd krijgt van de Dienst Voogdij.",
    ),
    begrip(
        "dringende-medische-hulp",
        "Dringende medische hulp",
        "De medische hulp die het OCMW verleent aan wie onwettig in België verblijft (KB van "
        "12 december 1996).",
    ),
    begrip(
        "fedasil",
        "Fedasil",
        "Het federaal agentschap voor de opvang van asielzoekers, ook bevoegd voor de "
        "vrijwillige terugkeer.",
    ),
]


def dossier(slug, titel, in_het_kort, inhoud, wijzigingen, themas, nieuws_slugs):
    return {
        "type": "dossier",
        "pad": f"dossiers/{slug}",
        "titel": titel,
        "samenvatting": p(in_het_kort),
        "inhoud_html": inhoud,
        "actueel": True,
        "themas": themas,
        "nieuws": [f"nieuws/{s}" for s in nieuws_slugs],
        "wijzigingen": [{"datum": d, "tekst_html": p(t)} for d, t in wijzigingen],
    }


D = [
    dossier(
        "oekraine",
        "Oekraïne — tijdelijke bescherming",
        "Wie de oorlog in Oekraïne ontvlucht, kan in België tijdelijke bescherming krijgen: een "
        "A-kaart, toegang tot werk, onderwijs en OCMW-steun. De bescherming loopt tot 4 maart 2027.",
        h2("Registratie")
        + p(
            "De registratie gebeurt bij het registratiecentrum in Brussel. Daarna schrijft de "
            "gemeente de persoon in en reikt een A-kaart uit."
        )
        + h2("Rechten")
        + p(
            "Zie "
            + a("internationale-bescherming/tijdelijke-bescherming", "Tijdelijke bescherming")
            + " voor de rechten en de voorwaarden."
        )
        + let_op(
            "Wie tijdelijke bescherming heeft, kan ook een verzoek om internationale "
            "bescherming indienen; dat verzoek wordt vaak pas later behandeld."
        ),
        [
            ("2024-07-01", "Verlenging tot 4 maart 2026."),
            ("2025-07-08", "Verlenging tot 4 maart 2027."),
            ("2026-02-24", "De EU bereidt de overgang naar andere verblijfsstatuten voor."),
        ],
        [
            "internationale-bescherming/tijdelijke-bescherming",
            "werk/gecombineerde-vergunning",
            "sociale-rechten/maatschappelijke-dienstverlening",
        ],
        [
            "tijdelijke-bescherming-verlengd-2026",
            "tijdelijke-bescherming-verlengd-2027",
            "oekraine-na-2027",
        ],
    ),
    dossier(
        "gaza-en-palestijnse-gebieden",
        "Gaza en Palestijnse gebieden",
        "Informatie voor professionals over Palestijnen uit Gaza en de Westelijke Jordaanoever: "
        "internationale bescherming, gezinshereniging en evacuaties.",
        h2("Internationale bescherming")
        + p(
            "Het CGVS beoordeelt elk verzoek individueel, rekening houdend met de actuele "
            "situatie en de bijstand van UNRWA."
        )
        + h2("Gezinshereniging")
        + p(
            "Familieleden in Gaza kunnen vaak geen ambassade bereiken. DVZ kan afwijken van de "
            "verplichting om de aanvraag persoonlijk in te dienen."
        ),
        [
            (
                "2024-02-12",
                "DVZ aanvaardt aanvragen gezinshereniging per e-mail voor familieleden in Gaza.",
            ),
            (
                "2025-04-22",
                "Het CGVS actualiseert zijn beleid op basis van nieuwe landeninformatie.",
            ),
        ],
        ["internationale-bescherming/vluchtelingenstatus", "verblijf/gezinshereniging"],
        ["gaza-cgvs-beleid"],
    ),
    dossier(
        "afghanistan",
        "Afghanistan",
        "Sinds de machtsovername door de taliban in augustus 2021 vragen veel Afghanen "
        "bescherming. Dit dossier bundelt de regels en de rechtspraak.",
        h2("Beschermingsnood")
        + p(
            "Vrouwen en meisjes, voormalige medewerkers van internationale organisaties en leden "
            "van minderheden lopen een verhoogd risico."
        )
        + h2("Gezinshereniging")
        + p(
            "Omdat de Belgische ambassade in Kaboel gesloten is, verloopt de aanvraag via een "
            "ambassade in een buurland, zoals Pakistan of Iran."
        ),
        [
            (
                "2024-03-01",
                "Het CGVS publiceert een nieuwe beleidsnota over vrouwen uit Afghanistan.",
            ),
            (
                "2025-05-13",
                "De RvV bevestigt dat vrouwen een bijzondere sociale groep kunnen vormen.",
            ),
        ],
        [
            "internationale-bescherming/vluchtelingenstatus",
            "verblijf/gezinshereniging/met-een-erkend-vluchteling",
        ],
        ["afghanistan-rvv-arrest"],
    ),
]

NIEUWS, BEGRIPPEN, DOSSIERS = N, B, D
