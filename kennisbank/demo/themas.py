"""The demo theme tree: about sixty theme pages across the real areas of vreemdelingenrecht
and internationaal privaatrecht. Broad strokes of Belgian law, for a believable demo; not
legal advice."""

from .bouw import VB, VW, a, faq, h2, let_op, p, tabel, thema, ul, wetten

T = []

# ----------------------------------------------------------------------------- verblijf
T += [
    thema(
        "verblijf",
        "Verblijf",
        "Wie geen Belg is, heeft een verblijfsrecht nodig om in België te wonen. Welk recht en "
        "welke procedure hangen af van de nationaliteit, het doel en de duur van het verblijf.",
        p(
            "Het verblijfsrecht van vreemdelingen staat grotendeels in de Vreemdelingenwet van "
            "15 december 1980 en het Vreemdelingenbesluit van 8 oktober 1981. De Dienst "
            "Vreemdelingenzaken (DVZ) beslist over de meeste aanvragen; de gemeente schrijft in "
            "en reikt de verblijfskaart uit."
        ),
        h2("Kort of lang verblijf"),
        p(
            f"Een {a('verblijf/kort-verblijf', 'kort verblijf')} duurt maximaal 90 dagen op een "
            f"periode van 180 dagen. Wie langer wil blijven, heeft een "
            f"{a('verblijf/lang-verblijf', 'machtiging tot verblijf')} of een toelating tot "
            "verblijf nodig, meestal aangevraagd bij de Belgische ambassade in het land van "
            "herkomst."
        ),
        h2("De belangrijkste verblijfsgronden"),
        ul(
            a("verblijf/gezinshereniging", "gezinshereniging"),
            a("werk/gecombineerde-vergunning", "werk (gecombineerde vergunning)"),
            a("verblijf/studenten", "studies"),
            a("internationale-bescherming", "internationale bescherming"),
            a("verblijf/humanitaire-regularisatie", "humanitaire")
            + " of "
            + a("verblijf/medische-regularisatie", "medische regularisatie"),
        ),
        let_op(
            "Unieburgers en hun familieleden hebben een eigen, gunstiger regeling: zie "
            + a("unieburgers", "Unieburgers")
            + "."
        ),
        wetten(
            f"Wet van 15 december 1980 ({VW}) | toegang, verblijf, vestiging en verwijdering",
            f"KB van 8 oktober 1981 ({VB}) | uitvoering van de Vreemdelingenwet",
        ),
        bijgewerkt="2025-10-01",
    ),
    thema(
        "verblijf/kort-verblijf",
        "Kort verblijf en visum C",
        "Voor een verblijf tot 90 dagen op 180 dagen hebben onderdanen van veel landen een "
        "Schengenvisum (visum C) nodig. De gastheer kan zich garant stellen met een bijlage 3bis.",
        h2("Visumplicht"),
        p(
            "Welke nationaliteiten een visum nodig hebben, bepaalt Verordening (EU) 2018/1806. Het "
            "visum C geldt voor het hele Schengengebied. De aanvraag gebeurt bij de Belgische "
            "ambassade of het consulaat, vaak via een externe dienstverlener."
        ),
        h2("Voorwaarden"),
        ul(
            "een geldig paspoort",
            "een duidelijk reisdoel (toerisme, familiebezoek, zakenreis ...)",
            "voldoende bestaansmiddelen, of een verbintenis tot tenlasteneming (bijlage 3bis)",
            "een reisverzekering die medische kosten dekt",
            "geen gevaar voor de openbare orde",
        ),
        h2("Aankomstverklaring"),
        p(
            "Wie niet in een hotel of op een camping verblijft, meldt zich binnen drie werkdagen "
            "na aankomst bij de gemeente. De gemeente geeft een aankomstverklaring (bijlage 3)."
        ),
        let_op(
            "Met een visum C kan men in principe geen verblijf van meer dan drie maanden "
            "aanvragen vanuit België. Uitzonderingen bestaan, bijvoorbeeld voor bepaalde "
            "familieleden van Belgen en Unieburgers."
        ),
        faq(
            (
                "Wie kan een bijlage 3bis ondertekenen?",
                "Een Belg, een Unieburger of een vreemdeling met een verblijf van onbeperkte duur "
                "of een verblijf van beperkte duur dat langer loopt dan het bezoek, die "
                "voldoende inkomsten heeft. De gemeente legaliseert de handtekening.",
            ),
            (
                "Hoelang blijft de garant verantwoordelijk?",
                "De garant is hoofdelijk aansprakelijk voor de kosten van verblijf, gezondheidszorg "
                "en repatriëring, tot twee jaar na het einde van het bezoek.",
            ),
        ),
        wetten(
            f"art. 2 tot 5 {VW} | toegang en kort verblijf",
            "Verordening (EG) nr. 810/2009 (Visumcode)",
            "Verordening (EU) 2018/1806 | lijst van visumplichtige landen",
        ),
        begrippen=["bijlage-3bis"],
    ),
    thema(
        "verblijf/lang-verblijf",
        "Lang verblijf en visum D",
        "Wie langer dan drie maanden in België wil blijven, vraagt in de regel een visum D aan "
        "bij de Belgische ambassade. Na aankomst volgt de inschrijving bij de gemeente.",
        h2("Machtiging en toelating"),
        p(
            "De Vreemdelingenwet onderscheidt de toelating tot verblijf (een recht, als aan de "
            "voorwaarden is voldaan, zoals bij gezinshereniging) en de machtiging tot verblijf "
            "(een gunst, waarbij DVZ een beoordelingsmarge heeft)."
        ),
        h2("Van visum naar verblijfskaart"),
        p(
            "Binnen acht werkdagen na aankomst meldt de vreemdeling zich bij de gemeente. Na "
            "een woonstcontrole volgt de inschrijving in het vreemdelingenregister en de "
            f"uitreiking van een {a('verblijfsdocumenten/verblijfskaarten', 'verblijfskaart')}, "
            "meestal eerst een A-kaart."
        ),
        faq(
            (
                "Kan een visum D in België worden aangevraagd?",
                "In de regel niet: de aanvraag gebeurt bij de diplomatieke post bevoegd voor de "
                "woonplaats in het buitenland. Artikel 9, derde lid, en artikel 12bis kennen "
                "uitzonderingen.",
            ),
        ),
        wetten(f"art. 9 en 13 {VW}", f"art. 12bis {VW} | gezinshereniging vanuit België"),
    ),
    thema(
        "verblijf/humanitaire-regularisatie",
        "Humanitaire regularisatie (artikel 9bis)",
        "Een vreemdeling die al in België is, kan in buitengewone omstandigheden een machtiging "
        "tot verblijf om humanitaire redenen aanvragen bij de burgemeester. DVZ beslist en heeft "
        "een ruime beoordelingsbevoegdheid.",
        h2("Twee stappen: ontvankelijkheid en gegrondheid"),
        p(
            "Eerst gaat DVZ na of er buitengewone omstandigheden zijn die verhinderen dat de "
            "aanvraag in het buitenland gebeurt. Pas daarna beoordeelt DVZ de humanitaire "
            "elementen: duur van het verblijf, integratie, werk, schoolgaande kinderen, banden "
            "met het land van herkomst."
        ),
        h2("Voorwaarden voor de aanvraag"),
        ul(
            "een identiteitsdocument (paspoort of nationale identiteitskaart) of een geldige "
            "reden waarom dat niet kan worden voorgelegd",
            "de betaling van een retributie, tenzij een vrijstelling geldt",
            "een effectieve verblijfplaats in de gemeente (woonstcontrole)",
        ),
        let_op(
            "Er bestaan geen wettelijke criteria: elke aanvraag wordt geval per geval beoordeeld. "
            "Een aanvraag geeft geen verblijfsrecht zolang ze loopt en schort een bevel om het "
            "grondgebied te verlaten niet op."
        ),
        faq(
            (
                "Mag men werken tijdens de procedure?",
                "Nee. De aanvraag zelf geeft geen toegang tot de arbeidsmarkt.",
            ),
            (
                "Welk beroep staat open tegen een weigering?",
                "Een beroep tot nietigverklaring bij de Raad voor Vreemdelingenbetwistingen, "
                "binnen dertig dagen.",
            ),
        ),
        wetten(f"art. 9bis {VW}", f"art. 39/2, §2 {VW} | annulatieberoep bij de RvV"),
        themas=["verblijf/medische-regularisatie"],
        begrippen=["dvz", "rvv"],
    ),
    thema(
        "verblijf/medische-regularisatie",
        "Medische regularisatie (artikel 9ter)",
        "Wie ernstig ziek is en in het land van herkomst geen adequate behandeling kan krijgen, "
        "kan een machtiging tot verblijf om medische redenen aanvragen, rechtstreeks bij DVZ.",
        h2("De aanvraag"),
        p(
            "De aanvraag gebeurt per aangetekende brief aan DVZ, met een standaard medisch "
            "getuigschrift dat niet ouder is dan drie maanden. Het getuigschrift vermeldt de "
            "ziekte, de graad van ernst en de noodzakelijke behandeling."
        ),
        h2("Beoordeling"),
        p(
            "Een arts-adviseur van DVZ onderzoekt of de ziekte een reëel risico inhoudt voor het "
            "leven of de fysieke integriteit, of een risico op een onmenselijke behandeling "
            "wanneer er geen adequate behandeling is in het land van herkomst."
        ),
        let_op(
            "Een ontvankelijke aanvraag geeft recht op een attest van immatriculatie en, in "
            "bepaalde gevallen, op maatschappelijke dienstverlening van het OCMW."
        ),
        wetten(f"art. 9ter {VW}", f"art. 7 {VB} | standaard medisch getuigschrift"),
        themas=["sociale-rechten/dringende-medische-hulp"],
        begrippen=["attest-van-immatriculatie"],
    ),
    thema(
        "verblijf/studenten",
        "Studenten van buiten de EU",
        "Studenten van buiten de Europese Unie krijgen een verblijf voor de duur van hun studies "
        "als ze ingeschreven zijn in het hoger onderwijs en over voldoende middelen beschikken.",
        h2("Voorwaarden"),
        ul(
            "een inschrijving of toelating in een erkende instelling voor hoger onderwijs",
            "voldoende bestaansmiddelen: een beurs, eigen middelen of een verbintenis tot "
            "tenlasteneming (bijlage 32) door een garant",
            "een ziektekostenverzekering",
            "een medisch attest en, vanaf 21 jaar, een uittreksel uit het strafregister",
        ),
        h2("Tijdens de studies"),
        p(
            "De student krijgt een A-kaart die jaarlijks wordt verlengd op voorwaarde dat hij "
            "studieresultaten voorlegt en de middelen nog volstaan. Werken mag binnen de grenzen "
            "van het studentenstatuut."
        ),
        h2("Na de studies: het zoekjaar"),
        p(
            "Na het behalen van het diploma kan de student een verblijf van twaalf maanden "
            "krijgen om werk te zoeken of een onderneming op te richten."
        ),
        faq(
            (
                "Kan een student zijn gezin laten overkomen?",
                "Ja, onder de voorwaarden van artikel 10bis: de student moet voldoende middelen "
                "en een behoorlijke huisvesting hebben.",
            ),
        ),
        wetten(f"art. 58 tot 61 {VW}", "Richtlijn (EU) 2016/801 | studenten en onderzoekers"),
        themas=["verblijf/gezinshereniging/met-een-derdelander"],
    ),
    thema(
        "verblijf/staatlozen",
        "Staatlozen",
        "Een staatloze is een persoon die door geen enkele staat als onderdaan wordt beschouwd. "
        "De erkenning als staatloze gebeurt door de familierechtbank; sinds 2024 opent die "
        "erkenning ook een verblijfsprocedure.",
        h2("Erkenning als staatloze"),
        p(
            "De erkenning gebeurt op verzoekschrift bij de familierechtbank van de zetel van het "
            "hof van beroep. De verzoeker moet aantonen dat hij geen nationaliteit heeft en die "
            "ook niet kan verkrijgen; het openbaar ministerie geeft advies."
        ),
        h2("Verblijf na erkenning"),
        p(
            "Een erkende staatloze kan een verblijfsrecht aanvragen als hij zijn nationaliteit "
            "niet vrijwillig heeft verloren en geen andere staat hem een duurzaam verblijf kan "
            "bieden. Hij krijgt dan een tijdelijk verblijf dat later onbeperkt wordt."
        ),
        let_op(
            "Erkenning als staatloze en verblijf zijn twee aparte procedures. De erkenning alleen "
            "geeft geen verblijfsrecht."
        ),
        wetten(
            "Verdrag van New York van 28 september 1954 betreffende de status van staatlozen",
            f"{VW} | verblijfsprocedure voor erkende staatlozen (wetswijziging 2024)",
        ),
        themas=["nationaliteit/naturalisatie"],
        bijgewerkt="2024-06-12",
    ),
    thema(
        "verblijf/langdurig-ingezetenen",
        "Langdurig ingezetenen en onbeperkt verblijf",
        "Na vijf jaar wettig en ononderbroken verblijf kan een derdelander de status van "
        "EU-langdurig ingezetene krijgen (L-kaart), met een sterkere bescherming tegen "
        "verwijdering en mobiliteit binnen de EU.",
        h2("Voorwaarden"),
        ul(
            "vijf jaar wettig en ononderbroken verblijf in België",
            "stabiele, regelmatige en voldoende bestaansmiddelen",
            "een ziektekostenverzekering",
            "geen gevaar voor de openbare orde",
        ),
        h2("Vestiging (K-kaart)"),
        p(
            "Naast de Europese status bestaat de Belgische vestiging, die een K-kaart geeft. Beide "
            "zijn verblijven van onbeperkte duur."
        ),
        tabel(
            ["Kaart", "Status", "Geldigheid van de kaart"],
            ["K", "vestiging", "5 jaar, verlengbaar"],
            ["L", "EU-langdurig ingezetene", "5 jaar, verlengbaar"],
            bijschrift="Kaarten voor onbeperkt verblijf",
        ),
        wetten(f"art. 14 tot 18 {VW} | vestiging", f"art. 15bis {VW} | langdurig ingezetene"),
        themas=["verblijfsdocumenten/verblijfskaarten"],
    ),
]

# ------------------------------------------------------------------------- gezinshereniging
T += [
    thema(
        "verblijf/gezinshereniging",
        "Gezinshereniging",
        "Gezinshereniging laat familieleden toe zich bij een persoon in België te voegen. De "
        "voorwaarden hangen af van wie de gezinshereniger is: een Belg, een Unieburger, een "
        "derdelander of een begunstigde van internationale bescherming.",
        p(
            "Gezinshereniging is de belangrijkste verblijfsgrond voor nieuwe migranten in België "
            "en het vaakst gestelde onderwerp bij de juridesk. De regels staan in de artikelen "
            "10 tot 13 (derdelanders) en 40 tot 47 (Unieburgers en Belgen) van de "
            "Vreemdelingenwet."
        ),
        h2("Wie is de gezinshereniger?"),
        ul(
            a("verblijf/gezinshereniging/met-een-belg", "Gezinshereniging met een Belg"),
            a("verblijf/gezinshereniging/met-een-eu-burger", "Gezinshereniging met een Unieburger"),
            a(
                "verblijf/gezinshereniging/met-een-derdelander",
                "Gezinshereniging met een derdelander",
            ),
            a(
                "verblijf/gezinshereniging/met-een-erkend-vluchteling",
                "Gezinshereniging met een erkend vluchteling of subsidiair beschermde",
            ),
        ),
        h2("Gemeenschappelijke voorwaarden"),
        p(
            "Meestal moet de gezinshereniger "
            + a("verblijf/gezinshereniging/bestaansmiddelen", "voldoende bestaansmiddelen")
            + ", een behoorlijke huisvesting en een ziektekostenverzekering aantonen. De "
            "familieband wordt bewezen met "
            + a("internationaal-privaatrecht/buitenlandse-documenten", "buitenlandse akten")
            + " die gelegaliseerd of van een apostille voorzien zijn."
        ),
        let_op(
            "Een aanvraag vanuit België is enkel mogelijk als de familieleden hier wettig "
            "verblijven of buitengewone omstandigheden aantonen. Anders verloopt de aanvraag via "
            "de ambassade (visum D)."
        ),
        faq(
            (
                "Hoelang duurt de behandeling?",
                "DVZ beslist in de regel binnen zes maanden na de aanvraag. Die termijn kan "
                "in bepaalde gevallen worden verlengd.",
            ),
            (
                "Kan het verblijf worden ingetrokken?",
                "Tijdens de eerste vijf jaar kan DVZ het verblijf beëindigen als de voorwaarden "
                "niet meer vervuld zijn of als er geen werkelijk gezinsleven meer is.",
            ),
        ),
        wetten(f"art. 10 tot 13 {VW}", f"art. 40 tot 47 {VW}"),
        themas=["internationaal-privaatrecht/huwelijk"],
        begrippen=["gezinshereniging"],
        bijgewerkt="2025-11-03",
    ),
    thema(
        "verblijf/gezinshereniging/met-een-belg",
        "Gezinshereniging met een Belg",
        "De echtgenoot of partner, de kinderen en in bepaalde gevallen de ouders van een Belg "
        "kunnen een verblijfsrecht krijgen. Voor Belgen die nooit van hun vrij verkeer gebruik "
        "maakten, gelden strengere voorwaarden dan voor Unieburgers.",
        h2("Welke familieleden?"),
        ul(
            "de echtgenoot of de geregistreerde partner (met een duurzame relatie)",
            "de kinderen jonger dan 21 jaar of ten laste",
            "de ouders van een minderjarige Belg",
        ),
        h2("Voorwaarden voor de Belg"),
        p(
            "De Belg moet stabiele, regelmatige en voldoende bestaansmiddelen hebben (minstens "
            "120 procent van het leefloon voor een persoon met gezinslast), een behoorlijke "
            "huisvesting en een ziektekostenverzekering. Deze voorwaarden gelden niet voor de "
            "ouders van een minderjarige Belg."
        ),
        h2("Procedure en verblijfskaart"),
        p(
            "Het familielid vraagt het verblijf aan bij de gemeente (bijlage 19ter) of via de "
            "ambassade. Na een positieve beslissing krijgt het een F-kaart, geldig voor vijf jaar. "
            "Daarna volgt een duurzaam verblijf met een F+-kaart."
        ),
        let_op(
            "Heeft de Belg gebruikgemaakt van zijn recht op vrij verkeer in een andere lidstaat "
            "en daar een echt gezinsleven opgebouwd, dan gelden de gunstigere regels voor "
            "familieleden van Unieburgers."
        ),
        faq(
            (
                "Moet de Belg werken?",
                "Nee, maar het inkomen moet stabiel en regelmatig zijn. Leefloon, gezinsbijslag "
                "en werkloosheidsuitkeringen zonder bewijs van actief zoeken tellen niet mee.",
            ),
            (
                "Geldt er een minimumleeftijd?",
                "Ja: beide echtgenoten of partners moeten in de regel minstens 21 jaar zijn.",
            ),
        ),
        wetten(f"art. 40ter {VW}", f"art. 52 {VB} | procedure bij de gemeente"),
        themas=["verblijf/gezinshereniging/met-een-eu-burger"],
        begrippen=["verblijfskaart", "gezinshereniging"],
        bijgewerkt="2025-11-03",
    ),
    thema(
        "verblijf/gezinshereniging/met-een-eu-burger",
        "Gezinshereniging met een Unieburger",
        "Familieleden van een Unieburger die in België verblijft, hebben een afgeleid "
        "verblijfsrecht op grond van de Burgerschapsrichtlijn. De voorwaarden zijn soepeler dan "
        "bij derdelanders.",
        h2("Kernfamilie en andere familieleden"),
        p(
            "De kernfamilie (echtgenoot, geregistreerde partner, kinderen jonger dan 21 of ten "
            "laste, ouders ten laste) heeft een recht op verblijf. Andere familieleden, zoals een "
            "broer of zus ten laste of een duurzame partner, krijgen een vergemakkelijkte toegang."
        ),
        h2("Verblijfskaart"),
        p(
            "Na de aanvraag (bijlage 19ter) krijgt het familielid een F-kaart. Na vijf jaar "
            "ononderbroken verblijf volgt een duurzaam verblijf (F+-kaart)."
        ),
        let_op(
            "Het verblijfsrecht van het familielid volgt dat van de Unieburger. Als de "
            "Unieburger zijn verblijfsrecht verliest, kan ook het afgeleide recht vervallen."
        ),
        wetten(f"art. 40bis {VW}", "Richtlijn 2004/38/EG (Burgerschapsrichtlijn)"),
        themas=["unieburgers"],
    ),
    thema(
        "verblijf/gezinshereniging/met-een-derdelander",
        "Gezinshereniging met een derdelander",
        "Een derdelander met een verblijf van onbeperkte duur, of in bepaalde gevallen van "
        "beperkte duur, kan zijn kerngezin laten overkomen als hij voldoende inkomsten en een "
        "behoorlijke woning heeft.",
        h2("Wie kan worden herenigd?"),
        ul(
            "de echtgenoot of geregistreerde partner, beiden minstens 21 jaar",
            "de minderjarige kinderen van het paar of van een van beiden",
            "de meerderjarige kinderen met een handicap die ten laste zijn",
        ),
        h2("Voorwaarden"),
        p(
            "De gezinshereniger moet stabiele, regelmatige en voldoende bestaansmiddelen hebben, "
            "een behoorlijke huisvesting en een ziektekostenverzekering voor het hele gezin. Voor "
            "partners geldt in de regel een wachttijd als de gezinshereniger zelf nog maar kort "
            "in België verblijft."
        ),
        h2("Verblijf"),
        p(
            "Het familielid krijgt een A-kaart. Het verblijf is de eerste vijf jaar voorwaardelijk "
            "en wordt daarna van onbeperkte duur (B-kaart)."
        ),
        let_op(
            "Van de voorwaarden van inkomen en huisvesting kan worden afgeweken voor "
            "minderjarige kinderen en voor gezinnen van begunstigden van internationale "
            "bescherming die binnen het jaar na de erkenning een aanvraag indienen."
        ),
        faq(
            (
                "Tellen inkomsten van de partner mee?",
                "DVZ kijkt in de eerste plaats naar de middelen van de gezinshereniger. Bij "
                "betwisting beoordeelt de RvV de behoeften van het gezin in concreto.",
            ),
        ),
        wetten(f"art. 10 en 10bis {VW}", f"art. 12bis {VW}"),
        themas=["verblijf/gezinshereniging/bestaansmiddelen"],
    ),
    thema(
        "verblijf/gezinshereniging/met-een-erkend-vluchteling",
        "Gezinshereniging met een begunstigde van internationale bescherming",
        "Erkende vluchtelingen en subsidiair beschermden kunnen hun gezin onder gunstigere "
        "voorwaarden laten overkomen, op voorwaarde dat de aanvraag snel na de erkenning "
        "gebeurt.",
        h2("Het eerste jaar"),
        p(
            "Wordt de aanvraag binnen het jaar na de erkenning ingediend en bestond de gezinsband "
            "al voor de aankomst in België, dan moeten geen bestaansmiddelen, huisvesting of "
            "ziektekostenverzekering worden aangetoond."
        ),
        h2("Bewijs van de gezinsband"),
        p(
            "Omdat officiële documenten vaak ontbreken, kan DVZ andere bewijzen aanvaarden of "
            "een DNA-onderzoek voorstellen."
        ),
        let_op(
            "De termijn van één jaar is strikt. Een aanvraag na die termijn valt onder de gewone "
            "voorwaarden van artikel 10."
        ),
        wetten(f"art. 10, §2, vijfde lid {VW}"),
        themas=["internationale-bescherming/vluchtelingenstatus"],
    ),
    thema(
        "verblijf/gezinshereniging/bestaansmiddelen",
        "Bestaansmiddelen bij gezinshereniging",
        "De gezinshereniger moet aantonen dat hij het gezin kan onderhouden zonder ten laste te "
        "vallen van de openbare overheden. De referentie is 120 procent van het leefloon voor een "
        "persoon met gezinslast.",
        h2("Wat telt mee?"),
        ul(
            "inkomen uit arbeid, als werknemer of zelfstandige",
            "pensioen, invaliditeits- en arbeidsongevallenuitkeringen",
            "werkloosheidsuitkering, als de gezinshereniger actief werk zoekt",
        ),
        h2("Wat telt niet mee?"),
        ul(
            "leefloon en maatschappelijke dienstverlening",
            "gezinsbijslag en kinderbijslag",
            "inschakelingsuitkeringen en overbruggingsuitkeringen",
        ),
        h2("Behoefteanalyse"),
        p(
            "Liggen de middelen onder het referentiebedrag, dan moet DVZ concreet nagaan wat "
            "het gezin nodig heeft om niet ten laste te vallen van de overheid."
        ),
        let_op(
            "Het referentiebedrag volgt de indexering van het leefloon. Controleer het bedrag op "
            "de datum van de aanvraag."
        ),
        wetten(f"art. 10, §5 {VW}", f"art. 42, §1, tweede lid {VW} | behoefteanalyse"),
        themas=["sociale-rechten/leefloon"],
        begrippen=["leefloon"],
    ),
]

# ----------------------------------------------------------------- internationale bescherming
T += [
    thema(
        "internationale-bescherming",
        "Internationale bescherming",
        "Wie vervolging of ernstige schade vreest in zijn land van herkomst, kan in België "
        "internationale bescherming vragen: de vluchtelingenstatus of de subsidiaire "
        "beschermingsstatus.",
        p(
            "De procedure loopt in drie stappen: registratie en verzoek bij de Dienst "
            "Vreemdelingenzaken, onderzoek en beslissing door het Commissariaat-generaal voor de "
            "Vluchtelingen en de Staatlozen (CGVS), en eventueel beroep bij de Raad voor "
            "Vreemdelingenbetwistingen (RvV)."
        ),
        h2("Onderwerpen"),
        ul(
            a("internationale-bescherming/asielprocedure", "de asielprocedure"),
            a("internationale-bescherming/vluchtelingenstatus", "de vluchtelingenstatus"),
            a("internationale-bescherming/subsidiaire-bescherming", "de subsidiaire bescherming"),
            a("internationale-bescherming/opvang", "de opvang"),
            a("internationale-bescherming/dublin", "de Dublinprocedure"),
            a("internationale-bescherming/tijdelijke-bescherming", "de tijdelijke bescherming"),
            a(
                "internationale-bescherming/niet-begeleide-minderjarigen",
                "niet-begeleide minderjarigen",
            ),
        ),
        let_op(
            "Het Europese Migratie- en Asielpact is van toepassing vanaf juni 2026 en wijzigt "
            "een groot deel van de procedure. Deze pagina's worden stap voor stap aangepast."
        ),
        wetten(f"art. 48 tot 57/29 {VW}", "Vluchtelingenverdrag van Genève van 28 juli 1951"),
        begrippen=["cgvs", "dvz", "rvv"],
        bijgewerkt="2026-01-15",
    ),
    thema(
        "internationale-bescherming/asielprocedure",
        "De procedure voor internationale bescherming",
        "Het verzoek wordt ingediend bij DVZ, dat nagaat welk land bevoegd is. Het CGVS hoort de "
        "verzoeker en beslist; tegen een weigering staat beroep open bij de RvV.",
        h2("Registratie en indiening"),
        p(
            "Wie op het grondgebied is, meldt zich aan bij het aanmeldcentrum in Brussel. DVZ "
            "registreert het verzoek, neemt vingerafdrukken en foto, en stelt een eerste "
            "vragenlijst op. De verzoeker krijgt een bijlage 26."
        ),
        h2("Het persoonlijk onderhoud bij het CGVS"),
        p(
            "Een protection officer hoort de verzoeker, met een tolk. De verzoeker mag zich laten "
            "bijstaan door een advocaat en een vertrouwenspersoon. Het onderhoud is de kern van "
            "het dossier: coherentie en geloofwaardigheid van het relaas wegen zwaar."
        ),
        h2("Beroep"),
        p(
            "Tegen een weigering staat een volle-rechtsmachtberoep open bij de RvV, in de regel "
            "binnen dertig dagen. Het beroep is schorsend. In versnelde procedures is de termijn "
            "korter."
        ),
        let_op(
            "Een volgend verzoek (na een definitieve weigering) moet nieuwe elementen bevatten. "
            "Het CGVS onderzoekt eerst of het verzoek ontvankelijk is."
        ),
        faq(
            (
                "Heeft de verzoeker recht op opvang?",
                "Ja, vanaf het verzoek heeft hij recht op materiële hulp van Fedasil, zie "
                + a("internationale-bescherming/opvang", "Opvang")
                + ".",
            ),
            (
                "Mag een verzoeker werken?",
                "Als het CGVS binnen vier maanden na het verzoek geen beslissing nam, krijgt de "
                "verzoeker toegang tot de arbeidsmarkt tot het einde van de procedure.",
            ),
        ),
        wetten(f"art. 50 en 51/5 {VW}", f"art. 57/6 {VW} | bevoegdheid van het CGVS"),
        themas=["werk/arbeidsmarkt-verzoekers"],
        begrippen=["cgvs", "rvv", "dublinprocedure"],
    ),
    thema(
        "internationale-bescherming/vluchtelingenstatus",
        "De vluchtelingenstatus",
        "Een vluchteling is wie een gegronde vrees heeft voor vervolging wegens ras, "
        "godsdienst, nationaliteit, politieke overtuiging of het behoren tot een sociale groep.",
        h2("Vervolgingsgronden"),
        p(
            "De vijf gronden van het Vluchtelingenverdrag zijn limitatief. De vervolging kan "
            "uitgaan van de staat, maar ook van niet-overheidsactoren als de staat geen "
            "bescherming kan of wil bieden."
        ),
        h2("Verblijf na erkenning"),
        p(
            "De erkende vluchteling krijgt eerst een verblijf van vijf jaar. Daarna wordt het "
            "verblijf van onbeperkte duur, tenzij het CGVS de status intrekt of beëindigt."
        ),
        h2("Rechten"),
        ul(
            "toegang tot de arbeidsmarkt zonder arbeidskaart",
            "recht op leefloon onder dezelfde voorwaarden als Belgen",
            "gezinshereniging onder gunstigere voorwaarden",
            "een reisdocument voor vluchtelingen",
        ),
        wetten(f"art. 48/3 {VW}", "art. 1, A, (2) Vluchtelingenverdrag"),
        themas=["verblijf/gezinshereniging/met-een-erkend-vluchteling"],
    ),
    thema(
        "internationale-bescherming/subsidiaire-bescherming",
        "Subsidiaire bescherming",
        "Wie geen vluchteling is maar bij terugkeer een reëel risico loopt op ernstige schade "
        "(doodstraf, foltering, of een ernstige bedreiging door willekeurig geweld in een "
        "gewapend conflict), krijgt subsidiaire bescherming.",
        h2("Drie vormen van ernstige schade"),
        ul(
            "de doodstraf of executie",
            "foltering of onmenselijke of vernederende behandeling",
            "een ernstige bedreiging van het leven van een burger door willekeurig geweld bij "
            "een internationaal of binnenlands gewapend conflict",
        ),
        h2("Verblijf"),
        p(
            "De subsidiair beschermde krijgt een tijdelijk verblijf dat telkens wordt verlengd. Na "
            "vijf jaar, gerekend vanaf het verzoek, wordt het verblijf van onbeperkte duur."
        ),
        wetten(f"art. 48/4 {VW}", "Richtlijn 2011/95/EU (Kwalificatierichtlijn)"),
        begrippen=["subsidiaire-bescherming"],
    ),
    thema(
        "internationale-bescherming/opvang",
        "Opvang van verzoekers",
        "Verzoekers om internationale bescherming hebben recht op materiële hulp: bed, bad, "
        "brood, medische en psychosociale begeleiding. Fedasil organiseert die opvang.",
        h2("Recht op materiële hulp"),
        p(
            "Het recht begint bij het verzoek en loopt tot het einde van de procedure. Na een "
            "negatieve beslissing eindigt het recht op opvang na de termijn om het grondgebied "
            "te verlaten."
        ),
        h2("Einde van de opvang na erkenning"),
        p(
            "Wie erkend wordt of subsidiaire bescherming krijgt, moet de opvangstructuur binnen "
            "een overgangsperiode verlaten en gaat daarna naar het OCMW voor leefloon."
        ),
        let_op(
            "De overgangsperiodes na een beslissing werden in 2024 aangepast. Controleer de "
            "termijn die op de datum van de beslissing gold."
        ),
        wetten("Wet van 12 januari 2007 (Opvangwet)"),
        themas=["sociale-rechten/leefloon"],
        begrippen=["fedasil"],
        bijgewerkt="2024-11-20",
    ),
    thema(
        "internationale-bescherming/dublin",
        "De Dublinprocedure",
        "De Dublinverordening bepaalt welke lidstaat een verzoek om internationale bescherming "
        "behandelt. Is een andere lidstaat bevoegd, dan wordt de verzoeker daarheen overgedragen.",
        h2("Criteria"),
        ul(
            "familieleden die in een lidstaat internationale bescherming genieten",
            "een verblijfsdocument of visum van een lidstaat",
            "de lidstaat van eerste irreguliere binnenkomst",
        ),
        h2("Overdracht"),
        p(
            "DVZ vraagt de andere lidstaat om de verzoeker over te nemen. Bij akkoord volgt een "
            "beslissing tot weigering van verblijf met bevel (bijlage 26quater), waartegen beroep "
            "openstaat bij de RvV."
        ),
        wetten("Verordening (EU) nr. 604/2013 (Dublin III)"),
        begrippen=["dublinprocedure"],
    ),
    thema(
        "internationale-bescherming/tijdelijke-bescherming",
        "Tijdelijke bescherming",
        "Bij een massale toestroom kan de Raad van de EU tijdelijke bescherming activeren. Sinds "
        "maart 2022 geldt ze voor wie de oorlog in Oekraïne ontvlucht.",
        h2("Wie?"),
        ul(
            "Oekraïners die vóór 24 februari 2022 in Oekraïne woonden, en hun familieleden",
            "vluchtelingen en staatlozen die in Oekraïne internationale bescherming genoten",
        ),
        h2("Rechten"),
        p(
            "Wie tijdelijke bescherming krijgt, ontvangt een A-kaart, heeft toegang tot de "
            "arbeidsmarkt, tot onderwijs en tot maatschappelijke hulp van het OCMW."
        ),
        let_op(
            "De tijdelijke bescherming werd meermaals verlengd, zie het dossier "
            + a("dossiers/oekraine", "Oekraïne")
            + " voor de actuele einddatum."
        ),
        wetten("Richtlijn 2001/55/EG", f"art. 57/29 {VW}"),
        begrippen=["tijdelijke-bescherming"],
        bijgewerkt="2025-07-10",
    ),
    thema(
        "internationale-bescherming/niet-begeleide-minderjarigen",
        "Niet-begeleide minderjarigen",
        "Een minderjarige vreemdeling zonder ouder of voogd krijgt een voogd van de Dienst "
        "Voogdij. Hij kan internationale bescherming vragen of een duurzame oplossing krijgen.",
        h2("De voogd"),
        p(
            "De Dienst Voogdij van de FOD Justitie identificeert de minderjarige, laat zo nodig "
            "een leeftijdsonderzoek uitvoeren en wijst een voogd aan die hem bijstaat in alle "
            "procedures."
        ),
        h2("Duurzame oplossing"),
        p(
            "Naast de asielprocedure bestaat een specifieke procedure waarin DVZ zoekt naar een "
            "duurzame oplossing: gezinshereniging, terugkeer of een verblijf in België."
        ),
        wetten(f"art. 61/14 tot 61/25 {VW}", "Programmawet van 24 december 2002, titel XIII"),
        begrippen=["nbmv"],
    ),
]

# ---------------------------------------------------------------------------------- werk
T += [
    thema(
        "werk",
        "Werk",
        "Een derdelander die in België wil werken, heeft meestal een toelating nodig. Voor meer "
        "dan 90 dagen is dat de gecombineerde vergunning, voor kortere opdrachten een "
        "arbeidskaart; sommigen zijn vrijgesteld.",
        h2("Bevoegdheden"),
        p(
            "De gewesten beslissen over de toegang tot de arbeidsmarkt (in Vlaanderen het "
            "Departement Werk en Sociale Economie). DVZ beslist over het verblijf."
        ),
        h2("Onderwerpen"),
        ul(
            a("werk/gecombineerde-vergunning", "de gecombineerde vergunning"),
            a("werk/seizoenarbeid", "seizoenarbeid"),
            a("werk/europese-blauwe-kaart", "de Europese blauwe kaart"),
            a("werk/arbeidsmarkt-verzoekers", "werk voor verzoekers om bescherming"),
            a("werk/zelfstandigen", "zelfstandigen en de beroepskaart"),
        ),
        let_op(
            "Unieburgers, erkende vluchtelingen en wie een verblijf van onbeperkte duur heeft, "
            "mogen werken zonder toelating."
        ),
        wetten("Wet van 30 april 1999 betreffende de tewerkstelling van buitenlandse werknemers"),
        begrippen=["gecombineerde-vergunning"],
    ),
    thema(
        "werk/gecombineerde-vergunning",
        "De gecombineerde vergunning",
        "Sinds 2019 vraagt de werkgever voor een tewerkstelling van meer dan 90 dagen één "
        "vergunning aan die zowel het werk als het verblijf dekt.",
        h2("Procedure"),
        p(
            "De werkgever dient de aanvraag in bij het gewest. Het gewest onderzoekt de "
            "arbeidsmarktvoorwaarden (bijvoorbeeld een knelpuntberoep of een hooggeschoolde "
            "functie) en geeft het dossier door aan DVZ, dat het verblijf onderzoekt."
        ),
        h2("Resultaat"),
        p(
            "De werknemer krijgt een A-kaart met de vermelding van de toegang tot de "
            "arbeidsmarkt bij die werkgever. Van werkgever veranderen vraagt een nieuwe aanvraag."
        ),
        faq(
            (
                "Hoelang duurt de procedure?",
                "De wettelijke termijn is vier maanden voor het geheel van de procedure.",
            ),
        ),
        wetten(
            "Samenwerkingsakkoord van 2 februari 2018 (gecombineerde vergunning)",
            "Richtlijn 2011/98/EU | single permit",
            f"art. 61/25-1 tot 61/25-7 {VW}",
        ),
        begrippen=["gecombineerde-vergunning"],
    ),
    thema(
        "werk/seizoenarbeid",
        "Seizoenarbeid",
        "Seizoenarbeiders van buiten de EU kunnen in land- en tuinbouw werken met een "
        "seizoensvergunning, voor maximaal 150 dagen per periode van twaalf maanden.",
        h2("Voorwaarden"),
        ul(
            "een arbeidsovereenkomst of bindend aanbod in een seizoensgebonden sector",
            "huisvesting van behoorlijk niveau",
            "een ziektekostenverzekering",
        ),
        h2("Procedure"),
        p(
            "De werkgever vraagt de vergunning aan. Voor een verblijf tot 90 dagen krijgt de "
            "werknemer een visum C met toelating tot arbeid, voor langer een visum D."
        ),
        let_op(
            "Seizoenarbeid door Unieburgers valt niet onder deze regeling: zij hebben vrij "
            "toegang tot de arbeidsmarkt, maar moeten wel worden aangegeven (Limosa of Dimona)."
        ),
        wetten("Richtlijn 2014/36/EU (seizoenarbeiders)"),
        bijgewerkt="2024-09-02",
    ),
    thema(
        "werk/europese-blauwe-kaart",
        "Europese blauwe kaart",
        "Hooggekwalificeerde werknemers met een hoger diploma of relevante beroepservaring en een "
        "hoog loon kunnen een Europese blauwe kaart krijgen (H-kaart).",
        h2("Voorwaarden"),
        ul(
            "een arbeidsovereenkomst van minstens zes maanden",
            "een diploma hoger onderwijs of gelijkwaardige beroepservaring",
            "een brutojaarloon boven de jaarlijks vastgelegde drempel",
        ),
        h2("Voordelen"),
        p(
            "Gezinshereniging zonder wachttijd en, na een periode, mobiliteit naar een andere "
            "lidstaat onder soepelere voorwaarden."
        ),
        wetten("Richtlijn (EU) 2021/1883"),
        themas=["werk/gecombineerde-vergunning"],
    ),
    thema(
        "werk/arbeidsmarkt-verzoekers",
        "Werk voor verzoekers om internationale bescherming",
        "Een verzoeker om internationale bescherming mag werken als het CGVS binnen vier "
        "maanden na het verzoek nog geen beslissing nam.",
        h2("Hoe bewijzen?"),
        p(
            "De toegang wordt vermeld op de bijlage 26 of het attest van immatriculatie. Een "
            "arbeidskaart is niet nodig."
        ),
        h2("Tot wanneer?"),
        p(
            "De toegang loopt tot het einde van de procedure, ook tijdens een schorsend beroep bij "
            "de RvV."
        ),
        wetten("KB van 2 september 2018, art. 18"),
        begrippen=["attest-van-immatriculatie"],
    ),
    thema(
        "werk/zelfstandigen",
        "Zelfstandigen en de beroepskaart",
        "Een derdelander die als zelfstandige wil werken, heeft een beroepskaart nodig. In "
        "Vlaanderen beslist het Departement Economie, Wetenschap en Innovatie.",
        h2("Voorwaarden"),
        p(
            "Het project moet economisch nut hebben, bijvoorbeeld door investeringen, innovatie of "
            "het scheppen van jobs. De aanvrager moet ook de algemene vestigingsvoorwaarden "
            "vervullen."
        ),
        let_op(
            "Wie een verblijf van onbeperkte duur heeft, een erkende vluchteling is of "
            "gezinshereniger van een Belg, is vrijgesteld."
        ),
        wetten("Wet van 19 februari 1965 betreffende de uitoefening van zelfstandige activiteiten"),
    ),
]

# ----------------------------------------------------------------------------- sociale rechten
T += [
    thema(
        "sociale-rechten",
        "Sociale rechten",
        "Welke sociale rechten een vreemdeling heeft (leefloon, maatschappelijke dienstverlening, "
        "gezondheidszorg, gezinsbijslag), hangt sterk af van zijn verblijfssituatie.",
        h2("Onderwerpen"),
        ul(
            a("sociale-rechten/leefloon", "leefloon"),
            a(
                "sociale-rechten/maatschappelijke-dienstverlening",
                "maatschappelijke dienstverlening",
            ),
            a("sociale-rechten/dringende-medische-hulp", "dringende medische hulp"),
            a("sociale-rechten/gezondheidszorg", "gezondheidszorg en ziekteverzekering"),
            a("sociale-rechten/groeipakket", "kinderbijslag (Groeipakket)"),
        ),
        let_op(
            "Het OCMW mag geen hulp weigeren zonder een sociaal onderzoek. Een weigering moet "
            "schriftelijk en gemotiveerd zijn; beroep staat open bij de arbeidsrechtbank."
        ),
        begrippen=["ocmw"],
    ),
    thema(
        "sociale-rechten/leefloon",
        "Leefloon",
        "Het leefloon is een minimuminkomen dat het OCMW toekent aan wie onvoldoende middelen "
        "heeft. Vreemdelingen hebben er recht op als ze in het bevolkingsregister zijn "
        "ingeschreven of erkend vluchteling, subsidiair beschermd of staatloos zijn.",
        h2("Wie heeft recht?"),
        ul(
            "Belgen en Unieburgers (na de eerste drie maanden van verblijf)",
            "vreemdelingen ingeschreven in het bevolkingsregister",
            "erkende vluchtelingen, subsidiair beschermden en erkende staatlozen",
        ),
        h2("Voorwaarden"),
        p(
            "De aanvrager moet zijn werkelijke verblijfplaats in België hebben, meerderjarig zijn, "
            "onvoldoende middelen hebben, werkbereid zijn en zijn rechten op andere uitkeringen "
            "laten gelden."
        ),
        let_op(
            "Een Unieburger die een verblijf heeft als werkzoekende, heeft geen recht op "
            "leefloon. Een aanvraag kan bovendien leiden tot een onderzoek naar zijn verblijf."
        ),
        wetten("Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie"),
        themas=["sociale-rechten/maatschappelijke-dienstverlening"],
        begrippen=["leefloon", "ocmw"],
    ),
    thema(
        "sociale-rechten/maatschappelijke-dienstverlening",
        "Maatschappelijke dienstverlening",
        "Wie geen recht heeft op leefloon, kan maatschappelijke dienstverlening krijgen van het "
        "OCMW: financiële steun, hulp bij huisvesting of medische kosten.",
        h2("Voor wie?"),
        p(
            "Bijvoorbeeld vreemdelingen ingeschreven in het vreemdelingenregister met een "
            "tijdelijk verblijf, of personen met een ontvankelijke aanvraag medische "
            "regularisatie."
        ),
        h2("Onwettig verblijf"),
        p(
            "Voor wie onwettig verblijft, beperkt de hulp zich tot dringende medische hulp. Voor "
            "gezinnen met minderjarige kinderen organiseert Fedasil materiële hulp."
        ),
        wetten("art. 1 en 57 OCMW-wet van 8 juli 1976"),
        themas=["sociale-rechten/dringende-medische-hulp"],
        begrippen=["ocmw"],
    ),
    thema(
        "sociale-rechten/dringende-medische-hulp",
        "Dringende medische hulp",
        "Wie zonder wettig verblijf in België is, heeft recht op dringende medische hulp via het "
        "OCMW. Het begrip dekt zowel preventieve als curatieve zorg.",
        h2("Wat is dringend?"),
        p(
            "Het begrip is ruim: een arts attesteert dat de zorg nodig is. Het gaat niet alleen "
            "om spoedgevallen."
        ),
        h2("Procedure"),
        p(
            "Het OCMW van de verblijfplaats voert een sociaal onderzoek. Het geeft een medische "
            "kaart of een betalingsbewijs; de kosten worden teruggevorderd van de federale "
            "overheid."
        ),
        faq(
            (
                "Moet de patiënt vooraf naar het OCMW?",
                "Niet noodzakelijk: bij dringende zorg kan de aanvraag ook achteraf, maar het "
                "OCMW moet binnen korte termijn worden verwittigd.",
            ),
        ),
        wetten("KB van 12 december 1996 betreffende de dringende medische hulp"),
        begrippen=["dringende-medische-hulp"],
    ),
    thema(
        "sociale-rechten/gezondheidszorg",
        "Gezondheidszorg en ziekteverzekering",
        "Wie in België wettig verblijft en ingeschreven is, kan zich aansluiten bij een "
        "ziekenfonds. Verzoekers om bescherming krijgen medische zorg via hun opvangstructuur.",
        h2("Aansluiting"),
        p(
            "Werknemers zijn verzekerd via hun werk. Wie niet werkt, kan zich aansluiten als "
            "ingeschreven resident in het Rijksregister."
        ),
        wetten(
            "Wet betreffende de verplichte verzekering voor geneeskundige verzorging, gecoördineerd op 14 juli 1994"
        ),
        themas=["sociale-rechten/dringende-medische-hulp"],
    ),
    thema(
        "sociale-rechten/groeipakket",
        "Kinderbijslag: het Groeipakket",
        "In Vlaanderen heet de kinderbijslag sinds 2019 het Groeipakket. Het recht hangt af van "
        "de woonplaats van het kind in Vlaanderen, met bijkomende voorwaarden voor kinderen van "
        "buiten de EU.",
        h2("Voorwaarden"),
        p(
            "Het kind moet in Vlaanderen wonen. Voor een kind dat geen Unieburger is, geldt in de "
            "regel een verblijfsvoorwaarde voor het kind of voor de ouder."
        ),
        h2("Uitbetalers"),
        p(
            "Gezinnen kiezen een uitbetaler (bijvoorbeeld FONS of een private uitbetaler). De "
            "uitbetaler onderzoekt ook de sociale toeslagen."
        ),
        wetten(
            "Decreet van 27 april 2018 tot regeling van de toelagen in het kader van het gezinsbeleid"
        ),
    ),
]

# ------------------------------------------------------------------------------- nationaliteit
T += [
    thema(
        "nationaliteit",
        "Belgische nationaliteit",
        "De Belgische nationaliteit kan worden toegekend (bij geboorte of adoptie) of verkregen "
        "(door een verklaring of naturalisatie). Sinds 2013 is de verwerving sterk afhankelijk "
        "van integratie en economische participatie.",
        h2("Onderwerpen"),
        ul(
            a("nationaliteit/nationaliteitsverklaring", "de nationaliteitsverklaring"),
            a("nationaliteit/naturalisatie", "naturalisatie"),
            a("nationaliteit/toekenning", "toekenning aan kinderen"),
            a("nationaliteit/verlies", "verlies en vervallenverklaring"),
        ),
        wetten("Wetboek van de Belgische nationaliteit (WBN) van 28 juni 1984"),
        begrippen=["nationaliteitsverklaring"],
    ),
    thema(
        "nationaliteit/nationaliteitsverklaring",
        "Nationaliteitsverklaring",
        "Na vijf of tien jaar wettig verblijf kan een vreemdeling Belg worden door een verklaring "
        "bij de ambtenaar van de burgerlijke stand, als hij zijn integratie aantoont.",
        h2("Na vijf jaar"),
        ul(
            "kennis van een landstaal (niveau A2)",
            "maatschappelijke integratie (bijvoorbeeld een diploma of een inburgeringsattest)",
            "economische participatie (468 arbeidsdagen in de laatste vijf jaar)",
        ),
        h2("Na tien jaar"),
        p("Kennis van een landstaal en deelname aan het leven van de onthaalgemeenschap volstaan."),
        h2("Procedure"),
        p(
            "De ambtenaar van de burgerlijke stand controleert het dossier en stuurt het door naar "
            "het parket, dat binnen vier maanden een negatief advies kan geven."
        ),
        let_op(
            "Het wettig verblijf moet ononderbroken zijn en op de dag van de verklaring een "
            "verblijf van onbeperkte duur zijn."
        ),
        faq(
            (
                "Telt de tijd van de asielprocedure mee?",
                "De periode van het verzoek om internationale bescherming telt mee als wettig "
                "verblijf als het verzoek tot erkenning leidde.",
            ),
        ),
        wetten(
            "art. 12bis WBN", "KB van 14 januari 2013 tot uitvoering van de wet van 4 december 2012"
        ),
        themas=["inburgering/inburgeringstraject"],
        begrippen=["nationaliteitsverklaring"],
    ),
    thema(
        "nationaliteit/naturalisatie",
        "Naturalisatie",
        "Naturalisatie is een gunst die de Kamer van volksvertegenwoordigers verleent, sinds 2013 "
        "enkel nog voor uitzonderlijke verdiensten of voor staatlozen.",
        h2("Voorwaarden"),
        p(
            "De aanvrager moet meerderjarig zijn, een verblijf van onbeperkte duur hebben en "
            "uitzonderlijke verdiensten aantonen op wetenschappelijk, sportief of "
            "sociaal-cultureel vlak. Voor erkende staatlozen volstaan twee jaar wettig verblijf."
        ),
        wetten("art. 19 WBN"),
        themas=["verblijf/staatlozen"],
    ),
    thema(
        "nationaliteit/toekenning",
        "Toekenning van de nationaliteit aan kinderen",
        "Een kind krijgt de Belgische nationaliteit onder meer als een ouder Belg is, of als het "
        "in België geboren is uit ouders die hier lang verblijven.",
        h2("Belgische ouder"),
        p(
            "Een kind van een Belgische ouder is Belg als het in België geboren is. Bij geboorte "
            "in het buitenland gelden bijkomende voorwaarden als de ouder zelf in het buitenland "
            "geboren is."
        ),
        h2("Geboorte in België"),
        p(
            "Een kind geboren in België kan Belg worden door een verklaring van de ouders, als "
            "zij tien jaar in België verblijven en een van hen een verblijf van onbeperkte duur "
            "heeft. Een kind dat anders staatloos zou zijn, is Belg."
        ),
        wetten("art. 8 tot 11bis WBN"),
        themas=["internationaal-privaatrecht/afstamming"],
    ),
    thema(
        "nationaliteit/verlies",
        "Verlies en vervallenverklaring",
        "De Belgische nationaliteit kan verloren gaan door afstand of door een "
        "vervallenverklaring door de rechter, bijvoorbeeld bij fraude of zware misdrijven.",
        h2("Vervallenverklaring"),
        p(
            "Enkel wie de nationaliteit niet van een Belgische ouder heeft gekregen, kan vervallen "
            "worden verklaard, en enkel als hij daardoor niet staatloos wordt."
        ),
        wetten("art. 22 en 23 WBN"),
    ),
]

# --------------------------------------------------------------------- internationaal privaatrecht
IPR = "Wetboek van internationaal privaatrecht (WIPR) van 16 juli 2004"
T += [
    thema(
        "internationaal-privaatrecht",
        "Internationaal privaatrecht",
        "Het internationaal privaatrecht bepaalt welk recht van toepassing is op een "
        "familierelatie met een buitenlands element, welke rechter bevoegd is en of een "
        "buitenlandse akte of beslissing in België wordt erkend.",
        p(
            "Vragen over internationaal familierecht kunnen professionals per e-mail stellen aan "
            "de juridesk."
        ),
        h2("Onderwerpen"),
        ul(
            a("internationaal-privaatrecht/huwelijk", "huwelijk"),
            a("internationaal-privaatrecht/wettelijke-samenwoning", "wettelijke samenwoning"),
            a("internationaal-privaatrecht/buitenlandse-documenten", "buitenlandse documenten"),
            a("internationaal-privaatrecht/afstamming", "afstamming"),
            a("internationaal-privaatrecht/namen", "namen"),
            a("internationaal-privaatrecht/echtscheiding", "echtscheiding"),
        ),
        wetten(IPR),
    ),
    thema(
        "internationaal-privaatrecht/huwelijk",
        "Huwelijk",
        "Voor een huwelijk met een buitenlands element gelden per echtgenoot de "
        "grondvoorwaarden van zijn nationaal recht; de vorm volgt het recht van de plaats van "
        "voltrekking.",
        h2("Onderwerpen"),
        ul(
            a("internationaal-privaatrecht/huwelijk/huwelijk-in-belgie", "trouwen in België"),
            a(
                "internationaal-privaatrecht/huwelijk/erkenning-buitenlands-huwelijk",
                "erkenning van een buitenlands huwelijk",
            ),
            a("internationaal-privaatrecht/huwelijk/schijnhuwelijk", "schijnhuwelijk"),
        ),
        wetten(f"art. 46 en 47 {IPR}"),
    ),
    thema(
        "internationaal-privaatrecht/huwelijk/huwelijk-in-belgie",
        "Trouwen in België",
        "Wie in België wil trouwen, legt een aangifte van huwelijk af bij de ambtenaar van de "
        "burgerlijke stand van de woonplaats van een van de toekomstige echtgenoten.",
        h2("Documenten"),
        ul(
            "een afschrift van de geboorteakte",
            "een bewijs van nationaliteit en van ongehuwde staat",
            "een bewijs van ontbinding van een vorig huwelijk",
        ),
        h2("Verblijf"),
        p(
            "Een wettig verblijf is geen voorwaarde om te trouwen. De ambtenaar mag de aangifte "
            "niet weigeren alleen omdat een partner illegaal verblijft."
        ),
        let_op(
            "Buitenlandse documenten moeten gelegaliseerd of van een apostille voorzien zijn en "
            "zo nodig vertaald door een beëdigd vertaler."
        ),
        wetten("art. 164/1 en 164/2 oud Burgerlijk Wetboek", f"art. 46 {IPR}"),
        themas=["internationaal-privaatrecht/buitenlandse-documenten"],
        begrippen=["apostille"],
    ),
    thema(
        "internationaal-privaatrecht/huwelijk/erkenning-buitenlands-huwelijk",
        "Erkenning van een buitenlands huwelijk",
        "Een in het buitenland gesloten huwelijk wordt in België erkend zonder procedure, als de "
        "akte geldig is en de erkenning niet strijdig is met de openbare orde.",
        h2("Wie beslist?"),
        p(
            "Elke overheid waaraan de akte wordt voorgelegd, beoordeelt de erkenning: de "
            "gemeente, DVZ bij gezinshereniging, een rechter. Een weigering kan worden "
            "aangevochten bij de familierechtbank."
        ),
        h2("Weigeringsgronden"),
        ul(
            "een polygaam huwelijk als een eerste huwelijk nog bestaat",
            "een huwelijk met een minderjarige",
            "een schijnhuwelijk of gedwongen huwelijk",
            "wetsontduiking",
        ),
        wetten(f"art. 21, 27 en 31 {IPR}"),
        themas=["verblijf/gezinshereniging"],
    ),
    thema(
        "internationaal-privaatrecht/huwelijk/schijnhuwelijk",
        "Schijnhuwelijk",
        "Een schijnhuwelijk is een huwelijk dat enkel gericht is op een verblijfsvoordeel. De "
        "ambtenaar van de burgerlijke stand kan de voltrekking uitstellen en weigeren.",
        h2("Uitstel en onderzoek"),
        p(
            "De ambtenaar kan de voltrekking uitstellen en het advies van de procureur des "
            "Konings vragen. De partners worden vaak apart gehoord."
        ),
        h2("Gevolgen"),
        p(
            "Een weigering kan binnen een maand worden aangevochten bij de familierechtbank. Een "
            "voltrokken schijnhuwelijk kan nietig worden verklaard."
        ),
        wetten("art. 146bis oud Burgerlijk Wetboek", "art. 167 oud Burgerlijk Wetboek"),
        begrippen=["schijnhuwelijk"],
    ),
    thema(
        "internationaal-privaatrecht/wettelijke-samenwoning",
        "Wettelijke samenwoning",
        "Partners die geen huwelijk willen, kunnen een verklaring van wettelijke samenwoning "
        "afleggen. Voor gezinshereniging telt ze enkel mee als de relatie duurzaam is.",
        h2("Duurzame relatie"),
        p(
            "De partners moeten bewijzen dat ze minstens een jaar samenwoonden, of elkaar twee "
            "jaar kennen met regelmatig contact en minstens drie ontmoetingen, of een "
            "gemeenschappelijk kind hebben."
        ),
        wetten(f"art. 58 tot 60 {IPR}", f"art. 10, §1, 5° {VW}"),
        themas=["verblijf/gezinshereniging/met-een-derdelander"],
    ),
    thema(
        "internationaal-privaatrecht/buitenlandse-documenten",
        "Buitenlandse documenten: legalisatie en apostille",
        "Een buitenlandse openbare akte moet in de regel gelegaliseerd worden of voorzien zijn "
        "van een apostille voordat een Belgische overheid ze aanvaardt.",
        h2("Apostille of legalisatie"),
        p(
            "Landen die het Apostilleverdrag hebben ondertekend, voorzien de akte van een "
            "apostille. Voor andere landen volgt een legalisatie door het ministerie in het land "
            "van herkomst en de Belgische ambassade."
        ),
        h2("Vrijstellingen"),
        p(
            "Voor openbare documenten uit EU-lidstaten geldt sinds 2019 een vrijstelling van "
            "legalisatie en apostille."
        ),
        faq(
            (
                "Moet de akte vertaald worden?",
                "Ja, als ze niet in het Nederlands, Frans, Duits of Engels is opgesteld, door een "
                "beëdigd vertaler.",
            ),
        ),
        wetten(
            "Verdrag van 's-Gravenhage van 5 oktober 1961 (Apostilleverdrag)",
            "Verordening (EU) 2016/1191 | openbare documenten",
            f"art. 30 {IPR}",
        ),
        begrippen=["apostille"],
    ),
    thema(
        "internationaal-privaatrecht/afstamming",
        "Afstamming",
        "De afstamming wordt beheerst door het recht van de nationaliteit van de persoon wiens "
        "vaderschap of moederschap in het geding is.",
        h2("Erkenning van een kind"),
        p(
            "De erkenning gebeurt bij de ambtenaar van de burgerlijke stand. Ook hier kan de "
            "ambtenaar uitstellen bij een vermoeden van een schijnerkenning."
        ),
        wetten(f"art. 62 {IPR}", "art. 330/1 oud Burgerlijk Wetboek | schijnerkenning"),
        themas=["nationaliteit/toekenning"],
    ),
    thema(
        "internationaal-privaatrecht/namen",
        "Namen",
        "De naam en voornamen worden beheerst door het recht van de nationaliteit. Voor "
        "personen met meerdere nationaliteiten kan een keuze worden gemaakt.",
        h2("Naamsverandering"),
        p(
            "Een naamsverandering in het buitenland wordt erkend onder voorwaarden; in België "
            "beslist de FOD Justitie over een verandering van familienaam."
        ),
        wetten(f"art. 37 tot 39 {IPR}"),
    ),
    thema(
        "internationaal-privaatrecht/echtscheiding",
        "Echtscheiding",
        "Welk recht op een echtscheiding van toepassing is, bepaalt de Rome III-verordening; de "
        "bevoegde rechter volgt uit de Brussel II ter-verordening.",
        h2("Toepasselijk recht"),
        p(
            "De echtgenoten kunnen het toepasselijke recht kiezen. Zonder keuze geldt in de regel "
            "het recht van de gewone verblijfplaats."
        ),
        h2("Erkenning van een buitenlandse echtscheiding"),
        p(
            "Een buitenlandse echtscheiding wordt erkend zonder procedure, tenzij een "
            "weigeringsgrond geldt, bijvoorbeeld een verstoting zonder gelijke rechten."
        ),
        wetten(
            "Verordening (EU) nr. 1259/2010 (Rome III)",
            "Verordening (EU) 2019/1111",
            f"art. 57 {IPR}",
        ),
    ),
]

# ----------------------------------------------------------------------------------- unieburgers
T += [
    thema(
        "unieburgers",
        "Unieburgers",
        "Burgers van de Europese Unie, de Europese Economische Ruimte en Zwitserland hebben een "
        "recht op vrij verkeer. Na drie maanden moeten ze zich laten inschrijven als werknemer, "
        "zelfstandige, student, werkzoekende of persoon met voldoende middelen.",
        h2("Onderwerpen"),
        ul(
            a("unieburgers/inschrijving", "inschrijving en EU-kaart"),
            a("unieburgers/duurzaam-verblijf", "duurzaam verblijf"),
            a("unieburgers/einde-verblijf", "einde van het verblijf"),
        ),
        wetten(f"art. 40 tot 47 {VW}", "Richtlijn 2004/38/EG"),
    ),
    thema(
        "unieburgers/inschrijving",
        "Inschrijving en EU-kaart",
        "Een Unieburger die langer dan drie maanden blijft, vraagt een verklaring van "
        "inschrijving aan bij de gemeente (bijlage 19). Na het onderzoek krijgt hij een EU-kaart.",
        h2("Bewijsstukken"),
        ul(
            "werknemer: een werkgeversverklaring of arbeidsovereenkomst",
            "zelfstandige: een inschrijving in de Kruispuntbank van Ondernemingen",
            "student: een inschrijving en voldoende middelen",
            "niet-actief: voldoende middelen en een ziektekostenverzekering",
        ),
        wetten(f"art. 40 en 50 {VB}"),
        begrippen=["verblijfskaart"],
    ),
    thema(
        "unieburgers/duurzaam-verblijf",
        "Duurzaam verblijf van Unieburgers",
        "Na vijf jaar ononderbroken verblijf krijgt een Unieburger een duurzaam verblijfsrecht "
        "(EU+-kaart), los van de voorwaarden die eerder golden.",
        wetten(f"art. 42quinquies {VW}"),
    ),
    thema(
        "unieburgers/einde-verblijf",
        "Einde van het verblijf van Unieburgers",
        "DVZ kan het verblijf beëindigen als de Unieburger niet meer aan de voorwaarden voldoet, "
        "bijvoorbeeld wanneer hij een onredelijke belasting wordt voor het sociale stelsel.",
        let_op(
            "DVZ moet rekening houden met de duur van het verblijf, de leeftijd, de "
            "gezondheidstoestand en de integratie."
        ),
        wetten(f"art. 42bis {VW}"),
        themas=["sociale-rechten/leefloon"],
    ),
]

# ------------------------------------------------------------------------------------ terugkeer
T += [
    thema(
        "terugkeer",
        "Terugkeer en verwijdering",
        "Wie geen verblijfsrecht (meer) heeft, krijgt een bevel om het grondgebied te verlaten. "
        "Vrijwillige terugkeer krijgt voorrang; anders kan een gedwongen verwijdering volgen.",
        h2("Onderwerpen"),
        ul(
            a(
                "terugkeer/bevel-om-het-grondgebied-te-verlaten",
                "het bevel om het grondgebied te verlaten",
            ),
            a("terugkeer/vrijwillige-terugkeer", "vrijwillige terugkeer"),
            a("terugkeer/vasthouding", "vasthouding in een gesloten centrum"),
            a("terugkeer/inreisverbod", "het inreisverbod"),
        ),
        wetten(f"art. 7 en 74/11 {VW}", "Richtlijn 2008/115/EG (Terugkeerrichtlijn)"),
        bijgewerkt="2025-03-05",
    ),
    thema(
        "terugkeer/bevel-om-het-grondgebied-te-verlaten",
        "Bevel om het grondgebied te verlaten",
        "Het bevel om het grondgebied te verlaten (bijlage 13) verplicht de vreemdeling om "
        "binnen een termijn, meestal dertig dagen, te vertrekken.",
        h2("Beroep"),
        p(
            "Tegen het bevel staat een beroep tot nietigverklaring open bij de RvV, binnen dertig "
            "dagen. Het beroep is in de regel niet schorsend; bij een dreigende verwijdering kan "
            "een vordering bij uiterst dringende noodzakelijkheid worden ingesteld."
        ),
        let_op(
            "Voordat DVZ een bevel geeft, moet het rekening houden met het hoger belang van het "
            "kind, het gezinsleven en de gezondheidstoestand."
        ),
        wetten(f"art. 7 en 74/13 {VW}"),
        begrippen=["bevel-om-het-grondgebied-te-verlaten", "rvv"],
    ),
    thema(
        "terugkeer/vrijwillige-terugkeer",
        "Vrijwillige terugkeer",
        "Wie vrijwillig wil terugkeren, kan begeleiding en steun krijgen via Fedasil en zijn "
        "partners, zoals een ticket en re-integratiesteun.",
        h2("Re-integratiesteun"),
        p(
            "Afhankelijk van het profiel en het land van terugkeer is steun mogelijk voor "
            "huisvesting, medische zorg of het opstarten van een kleine onderneming."
        ),
        wetten(f"art. 74/14 {VW}"),
        begrippen=["fedasil"],
    ),
    thema(
        "terugkeer/vasthouding",
        "Vasthouding in een gesloten centrum",
        "Met het oog op verwijdering kan DVZ een vreemdeling vasthouden in een gesloten centrum. "
        "De raadkamer controleert de wettigheid.",
        h2("Beroep"),
        p(
            "Tegen de vasthouding staat een verzoekschrift open bij de raadkamer van de "
            "correctionele rechtbank. De raadkamer toetst enkel de wettigheid, niet de "
            "opportuniteit."
        ),
        wetten(f"art. 7, derde lid, en 71 {VW}"),
    ),
    thema(
        "terugkeer/inreisverbod",
        "Inreisverbod",
        "Een inreisverbod verbiedt de toegang tot het Schengengebied gedurende een bepaalde "
        "periode, in de regel maximaal drie jaar.",
        p(
            "Het inreisverbod (bijlage 13sexies) kan langer duren bij fraude of een ernstige "
            "bedreiging voor de openbare orde. De opheffing kan worden gevraagd vanuit het "
            "buitenland."
        ),
        wetten(f"art. 74/11 {VW}"),
    ),
]

# ---------------------------------------------------------------------------- verblijfsdocumenten
T += [
    thema(
        "verblijfsdocumenten",
        "Verblijfsdocumenten",
        "De gemeente reikt de verblijfsdocumenten uit: elektronische verblijfskaarten, attesten "
        "en bijlagen bij het Vreemdelingenbesluit. Het document bewijst het verblijf, maar "
        "schept het niet.",
        h2("Onderwerpen"),
        ul(
            a("verblijfsdocumenten/verblijfskaarten", "de verblijfskaarten"),
            a("verblijfsdocumenten/attest-van-immatriculatie", "het attest van immatriculatie"),
            a("verblijfsdocumenten/bijlagen", "de bijlagen bij het Vreemdelingenbesluit"),
        ),
    ),
    thema(
        "verblijfsdocumenten/verblijfskaarten",
        "Verblijfskaarten",
        "Sinds 2021 dragen de Belgische verblijfskaarten nieuwe letters, in lijn met de Europese "
        "regels. De letter zegt welk soort verblijf de houder heeft.",
        tabel(
            ["Kaart", "Verblijf"],
            ["A", "beperkt verblijf (tijdelijk)"],
            ["B", "onbeperkt verblijf"],
            ["K", "vestiging"],
            ["L", "EU-langdurig ingezetene"],
            ["EU", "verklaring van inschrijving van een Unieburger"],
            ["EU+", "duurzaam verblijf van een Unieburger"],
            ["F", "familielid van een Unieburger of Belg"],
            ["F+", "duurzaam verblijf van een familielid"],
            ["H", "Europese blauwe kaart"],
            bijschrift="De belangrijkste verblijfskaarten",
        ),
        let_op("Een verlopen kaart betekent niet automatisch dat het verblijfsrecht is verlopen."),
        wetten(f"bijlagen 6 tot 9 {VB}"),
        begrippen=["verblijfskaart"],
    ),
    thema(
        "verblijfsdocumenten/attest-van-immatriculatie",
        "Attest van immatriculatie",
        "Het attest van immatriculatie (AI) is een tijdelijk document voor wie in een lopende "
        "procedure is ingeschreven in het wachtregister of vreemdelingenregister.",
        p(
            "Het AI wordt onder meer afgegeven aan verzoekers om internationale bescherming na "
            "hun inschrijving en aan personen met een ontvankelijke aanvraag medische "
            "regularisatie."
        ),
        begrippen=["attest-van-immatriculatie"],
    ),
    thema(
        "verblijfsdocumenten/bijlagen",
        "Bijlagen bij het Vreemdelingenbesluit",
        "De bijlagen zijn modeldocumenten: aanvragen, ontvangstbewijzen, beslissingen. Ze dragen "
        "een nummer dat in de praktijk als naam wordt gebruikt.",
        tabel(
            ["Bijlage", "Wat"],
            ["3bis", "verbintenis tot tenlasteneming (kort verblijf)"],
            ["13", "bevel om het grondgebied te verlaten"],
            ["19", "aanvraag verklaring van inschrijving (Unieburger)"],
            ["19ter", "aanvraag verblijfskaart familielid"],
            ["26", "verzoek om internationale bescherming"],
            ["35", "bijzonder verblijfsdocument tijdens een beroep bij de RvV"],
        ),
        begrippen=["bijlage-3bis", "bevel-om-het-grondgebied-te-verlaten"],
    ),
]

# ----------------------------------------------------------------------------------- inburgering
T += [
    thema(
        "inburgering",
        "Inburgering",
        "Nieuwkomers in Vlaanderen volgen een inburgeringstraject bij het Agentschap Integratie "
        "en Inburgering. Voor veel nieuwkomers is het traject verplicht.",
        h2("Onderwerpen"),
        ul(
            a("inburgering/inburgeringstraject", "het inburgeringstraject"),
            a("inburgering/verplichting", "wie is verplicht?"),
        ),
        wetten("Decreet van 7 juni 2013 betreffende het Vlaamse integratie- en inburgeringsbeleid"),
    ),
    thema(
        "inburgering/inburgeringstraject",
        "Het inburgeringstraject",
        "Het traject bestaat uit vier pijlers: Nederlands, maatschappelijke oriëntatie, "
        "participatie en netwerking, en begeleiding naar werk.",
        ul(
            "Nederlands tot niveau A2, afgesloten met een examen",
            "een cursus maatschappelijke oriëntatie met een test",
            "participatie en netwerking (bijvoorbeeld vrijwilligerswerk)",
            "een inschrijving bij de VDAB",
        ),
        h2("Inburgeringsattest"),
        p(
            "Wie slaagt, krijgt een inburgeringsattest. Dat attest kan ook dienen als bewijs van "
            "maatschappelijke integratie voor de nationaliteitsverklaring."
        ),
        themas=["nationaliteit/nationaliteitsverklaring"],
    ),
    thema(
        "inburgering/verplichting",
        "Wie is verplicht?",
        "Derdelanders die zich voor het eerst inschrijven in een Vlaamse gemeente met een "
        "verblijf van meer dan drie maanden zijn in de regel verplicht; in Brussel is het traject "
        "vrijwillig of volgens de Brusselse regels.",
        let_op(
            "Wie de verplichting niet nakomt, riskeert een administratieve geldboete. Unieburgers "
            "en Belgen kunnen het traject vrijwillig volgen."
        ),
        wetten("Decreet van 7 juni 2013, art. 27"),
    ),
]

THEMAS = T
