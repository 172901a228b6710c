"""Demo case law for `make run`: about forty believable judgments from the courts that matter
(RvV, RvS, GwH, Cass., arbeidshoven, EHRM, HvJ), linked to the demo theme pages that exist.
Idempotent: it goes through the importer, keyed on ECLI / instantie + nummer."""

import json
import tempfile
from pathlib import Path

# instantie, datum, nummer, ecli, soort, taal, titel, samenvatting, trefwoorden, thema's, wetgeving
UITSPRAKEN = [
    (
        "rvv",
        "2024-02-13",
        "301 234",
        "ECLI:BE:RVV:2024:ARR.301234",
        "arrest",
        "nl",
        "Gezinshereniging met een Belg: stabiele, regelmatige en voldoende bestaansmiddelen",
        "De Dienst Vreemdelingenzaken mocht de aanvraag niet weigeren zonder een behoefteanalyse: "
        "wanneer de inkomsten van de Belgische referentiepersoon onder 120% van het leefloon liggen, "
        "moet de DVZ nagaan welke middelen het gezin nodig heeft. Vernietiging van de weigering.",
        ["bestaansmiddelen", "behoefteanalyse", "referentiepersoon"],
        ["Gezinshereniging met een Belg", "Gezinshereniging"],
        "art. 40ter Vreemdelingenwet\nart. 42, §1, tweede lid Vreemdelingenwet",
    ),
    (
        "rvv",
        "2024-05-28",
        "307 812",
        "ECLI:BE:RVV:2024:ARR.307812",
        "arrest",
        "nl",
        "Humanitaire regularisatie: buitengewone omstandigheden en schoolgaande kinderen",
        "De schoolloopbaan van de kinderen in België kan een buitengewone omstandigheid zijn die "
        "verantwoordt dat de aanvraag in België wordt ingediend. De DVZ moest die afzonderlijk beoordelen.",
        ["regularisatie", "buitengewone omstandigheden", "belang van het kind"],
        ["Humanitaire regularisatie"],
        "art. 9bis Vreemdelingenwet\nart. 22bis Grondwet",
    ),
    (
        "rvv",
        "2023-11-07",
        "296 455",
        "ECLI:BE:RVV:2023:ARR.296455",
        "arrest",
        "nl",
        "Internationale bescherming: geloofwaardigheid van een bekering",
        "Het CGVS mocht de bekering niet ongeloofwaardig achten op basis van enkel beperkte "
        "theoretische kennis, zonder de persoonlijke beleving van de verzoeker te onderzoeken.",
        ["bekering", "geloofwaardigheid", "vluchtelingenstatus"],
        ["Internationale bescherming", "Bescherming"],
        "art. 48/3 Vreemdelingenwet\nart. 48/6 Vreemdelingenwet",
    ),
    (
        "rvv",
        "2023-03-21",
        "286 102",
        "ECLI:BE:RVV:2023:ARR.286102",
        "arrest",
        "nl",
        "Subsidiaire bescherming: willekeurig geweld in de provincie Nangarhar",
        "De Raad actualiseert de beoordeling van de veiligheidssituatie in Afghanistan na augustus "
        "2021: er is geen willekeurig geweld van die mate dat elke burger een reëel risico loopt.",
        ["Afghanistan", "willekeurig geweld", "subsidiaire bescherming"],
        ["Internationale bescherming", "Afghanistan"],
        "art. 48/4, §2, c) Vreemdelingenwet",
    ),
    (
        "rvv",
        "2022-09-15",
        "277 640",
        "ECLI:BE:RVV:2022:ARR.277640",
        "arrest",
        "nl",
        "Inreisverbod: hoorrecht vóór de beslissing",
        "Een inreisverbod raakt de betrokkene rechtstreeks in zijn belangen; de DVZ moest hem vooraf "
        "horen. De schending van het hoorrecht leidt tot vernietiging.",
        ["inreisverbod", "hoorrecht", "bijlage 13sexies"],
        ["Terugkeer", "Onwettig verblijf"],
        "art. 74/11 Vreemdelingenwet\nart. 41 Handvest",
    ),
    (
        "rvv",
        "2021-06-30",
        "257 118",
        "ECLI:BE:RVV:2021:ARR.257118",
        "arrest",
        "nl",
        "Student niet-EU: weigering wegens misbruik van de verblijfsprocedure",
        "De DVZ moet concreet motiveren waarom de studieplannen niet ernstig zouden zijn; een "
        "algemene verwijzing naar tegenstrijdigheden in de vragenlijst volstaat niet.",
        ["student", "studieproject", "motiveringsplicht"],
        ["Student niet-EU", "Studeren"],
        "art. 61/1/3 Vreemdelingenwet",
    ),
    (
        "rvv",
        "2020-10-08",
        "242 377",
        "ECLI:BE:RVV:2020:ARR.242377",
        "arrest",
        "nl",
        "Unieburger: einde verblijfsrecht wegens onredelijke belasting van de sociale bijstand",
        "Het verblijfsrecht van een Unieburger mag niet automatisch beëindigd worden omdat hij "
        "leefloon ontvangt; de DVZ moet de persoonlijke situatie en de duur van de steun afwegen.",
        ["Unieburger", "leefloon", "onredelijke belasting"],
        ["Unieburger", "OCMW-steun"],
        "art. 42bis Vreemdelingenwet\nRichtlijn 2004/38/EG",
    ),
    (
        "rvv",
        "2025-01-22",
        "319 004",
        "ECLI:BE:RVV:2025:ARR.319004",
        "arrest",
        "nl",
        "Tijdelijke bescherming: derdelander die vóór 24 februari 2022 in Oekraïne verbleef",
        "Een derdelander met een tijdelijk Oekraïens verblijf valt niet onder de tijdelijke "
        "bescherming wanneer hij veilig en duurzaam naar zijn land van herkomst kan terugkeren.",
        ["Oekraïne", "tijdelijke bescherming", "derdelander"],
        ["Oekraïne", "Tijdelijke bescherming"],
        "art. 57/29 Vreemdelingenwet\nUitvoeringsbesluit (EU) 2022/382",
    ),
    (
        "rvv",
        "2024-09-10",
        "313 560",
        "ECLI:BE:RVV:2024:ARR.313560",
        "arrest",
        "fr",
        "Regroupement familial: preuve du lien de filiation par test ADN",
        "L'Office des étrangers ne peut exiger un test ADN qu'après avoir examiné les autres "
        "preuves du lien de filiation produites par le demandeur.",
        ["filiation", "test ADN", "regroupement familial"],
        ["Gezinshereniging", "Afstamming"],
        "art. 12bis Vreemdelingenwet",
    ),
    (
        "rvv",
        "2022-02-03",
        "267 901",
        "ECLI:BE:RVV:2022:ARR.267901",
        "arrest",
        "nl",
        "Medische regularisatie: toegankelijkheid van de behandeling in het land van herkomst",
        "Het volstaat niet dat de behandeling in het land van herkomst bestaat; de arts-adviseur "
        "moet ook onderzoeken of ze voor de betrokkene financieel en geografisch toegankelijk is.",
        ["medische regularisatie", "arts-adviseur", "toegankelijkheid zorg"],
        ["Medische regularisatie"],
        "art. 9ter Vreemdelingenwet\nart. 3 EVRM",
    ),
    (
        "rvs",
        "2023-06-20",
        "256 901",
        "ECLI:BE:RVSCE:2023:ARR.256901",
        "arrest",
        "nl",
        "Cassatieberoep: de RvV moet alle middelen over gezinsleven beantwoorden",
        "De Raad van State vernietigt een arrest van de RvV dat het middel over artikel 8 EVRM niet "
        "beantwoordde. Een verwijderingsmaatregel vereist een belangenafweging.",
        ["administratief cassatieberoep", "gezinsleven", "belangenafweging"],
        ["Gezinshereniging", "Terugkeer"],
        "art. 8 EVRM\nart. 74/13 Vreemdelingenwet",
    ),
    (
        "rvs",
        "2022-12-08",
        "255 201",
        "ECLI:BE:RVSCE:2022:ARR.255201",
        "arrest",
        "nl",
        "Opvang van verzoekers: de overheid moet rechterlijke beslissingen uitvoeren",
        "Het weigeren van opvang aan alleenstaande mannen die internationale bescherming vragen, "
        "miskent het recht op opvang. De instructie van de staatssecretaris wordt geschorst.",
        ["opvang", "Fedasil", "schorsing"],
        ["Opvang", "Internationale bescherming"],
        "Opvangwet van 12 januari 2007\nRichtlijn 2013/33/EU",
    ),
    (
        "rvs",
        "2021-03-11",
        "250 112",
        "ECLI:BE:RVSCE:2021:ARR.250112",
        "arrest",
        "nl",
        "Gecombineerde vergunning: bevoegdheid van het Vlaamse Gewest",
        "Het Vlaamse Gewest beslist over de arbeidskaart-component van de gecombineerde vergunning; "
        "de federale overheid mag de weigering niet op arbeidsmarktgronden steunen.",
        ["gecombineerde vergunning", "arbeidsmigratie", "bevoegdheidsverdeling"],
        ["Arbeidsmigratie", "Werk"],
        "art. 61/25-2 Vreemdelingenwet\nDecreet van 25 april 2014",
    ),
    (
        "gwh",
        "2024-01-18",
        "7/2024",
        "ECLI:BE:GHCC:2024:ARR.007",
        "arrest",
        "nl",
        "Gezinshereniging: de wachttijd voor begunstigden van subsidiaire bescherming",
        "Het Hof vernietigt de bepaling die gezinshereniging voor begunstigden van subsidiaire "
        "bescherming pas na twee jaar toelaat, voor zover ze geen uitzondering toelaat voor "
        "kwetsbare gezinsleden.",
        ["wachttermijn", "subsidiaire bescherming", "gelijkheidsbeginsel"],
        ["Gezinshereniging", "Bescherming"],
        "art. 10, §2 Vreemdelingenwet\nart. 10 en 11 Grondwet",
    ),
    (
        "gwh",
        "2022-05-12",
        "67/2022",
        "ECLI:BE:GHCC:2022:ARR.067",
        "arrest",
        "nl",
        "Nationaliteit: bewijs van maatschappelijke integratie",
        "Het vereiste van maatschappelijke integratie voor de nationaliteitsverklaring is niet "
        "discriminerend, maar de wetgever mocht personen met een handicap niet uitsluiten van "
        "alternatieve bewijzen.",
        ["nationaliteitsverklaring", "maatschappelijke integratie", "handicap"],
        ["Belgische nationaliteit", "Nationaliteit"],
        "art. 12bis Wetboek van de Belgische nationaliteit",
    ),
    (
        "gwh",
        "2020-07-16",
        "105/2020",
        "ECLI:BE:GHCC:2020:ARR.105",
        "arrest",
        "nl",
        "Maatschappelijke dienstverlening aan gezinnen zonder wettig verblijf",
        "De beperking van de OCMW-steun tot materiële hulp in een federaal opvangcentrum is "
        "verenigbaar met de Grondwet, op voorwaarde dat het centrum het kind werkelijk opvangt.",
        ["OCMW", "materiële hulp", "kinderen zonder wettig verblijf"],
        ["OCMW-steun", "Sociaal recht"],
        "art. 57, §2 OCMW-wet\nart. 23 Grondwet",
    ),
    (
        "cass",
        "2023-03-15",
        "P.23.0212.N",
        "ECLI:BE:CASS:2023:ARR.20230315.2N.4",
        "arrest",
        "nl",
        "Vrijheidsberoving met het oog op verwijdering: toezicht door de raadkamer",
        "De raadkamer moet de wettigheid van de vasthouding toetsen aan de gegevens op het ogenblik "
        "van haar uitspraak, niet alleen aan die op het ogenblik van de beslissing.",
        ["vasthouding", "raadkamer", "gesloten centrum"],
        ["Vasthouding", "Terugkeer"],
        "art. 71 en 72 Vreemdelingenwet\nart. 5.4 EVRM",
    ),
    (
        "cass",
        "2021-11-24",
        "P.21.1390.F",
        "ECLI:BE:CASS:2021:ARR.20211124.2F.7",
        "arrest",
        "fr",
        "Détention: la durée raisonnable de la procédure d'éloignement",
        "La Cour rappelle que la détention n'est justifiée que tant que la procédure d'éloignement "
        "est en cours et exécutée avec la diligence requise.",
        ["détention", "éloignement", "diligence"],
        ["Vasthouding"],
        "art. 7 Vreemdelingenwet\nart. 15 Richtlijn 2008/115/EG",
    ),
    (
        "cass",
        "2020-06-22",
        "S.19.0045.N",
        "ECLI:BE:CASS:2020:ARR.20200622.3N.5",
        "arrest",
        "nl",
        "Leefloon: verblijf van een Unieburger en het recht op maatschappelijke integratie",
        "Een Unieburger die als werkzoekende verblijft, heeft de eerste drie maanden geen recht "
        "op leefloon; daarna beslist het OCMW op basis van zijn werkelijke verblijfssituatie.",
        ["leefloon", "Unieburger", "werkzoekende"],
        ["OCMW-steun", "Unieburger"],
        "art. 3 RMI-wet\nart. 40, §4 Vreemdelingenwet",
    ),
    (
        "arbh-brussel",
        "2023-04-12",
        "2022/AB/311",
        "ECLI:BE:CTBRL:2023:ARR.20230412.2",
        "arrest",
        "nl",
        "Dringende medische hulp voor een persoon zonder wettig verblijf",
        "Het OCMW moet de kosten van de dringende medische hulp ten laste nemen zodra een arts de "
        "noodzaak attesteert; het mag geen bijkomende voorwaarden opleggen.",
        ["dringende medische hulp", "OCMW", "onwettig verblijf"],
        ["OCMW-steun", "Gezondheidszorg"],
        "KB van 12 december 1996\nart. 57, §2 OCMW-wet",
    ),
    (
        "arbh-antwerpen",
        "2022-06-07",
        "2021/AA/402",
        "ECLI:BE:CTANT:2022:ARR.20220607.5",
        "arrest",
        "nl",
        "Gezinsbijslag voor kinderen van een derdelander met een gecombineerde vergunning",
        "Het Groeipakket is verschuldigd vanaf de aanvraag van de gecombineerde vergunning, "
        "wanneer het verblijf nadien wordt toegestaan.",
        ["Groeipakket", "gezinsbijslag", "gecombineerde vergunning"],
        ["Groeipakket", "Sociaal recht"],
        "Decreet van 27 april 2018 (Groeipakket)",
    ),
    (
        "arbh-gent",
        "2021-10-18",
        "2020/AG/210",
        "ECLI:BE:CTGEN:2021:ARR.20211018.3",
        "arrest",
        "nl",
        "Werkloosheidsuitkering na verlies van een verblijfsrecht",
        "Zolang een beroep bij de RvV schorsend werkt, blijft de werknemer in regel met de "
        "wetgeving op het verblijf voor de toepassing van de werkloosheidsreglementering.",
        ["werkloosheid", "RVA", "schorsend beroep"],
        ["Werk", "Sociale zekerheid"],
        "art. 69 Werkloosheidsbesluit",
    ),
    (
        "arbrb-antwerpen",
        "2024-03-05",
        "23/1234/A",
        "ECLI:BE:TTANT:2024:JUD.20240305.1",
        "vonnis",
        "nl",
        "Leefloon voor een erkend staatloze",
        "Een erkend staatloze met een tijdelijk verblijf heeft recht op leefloon; het OCMW mocht "
        "hem niet naar de materiële opvang verwijzen.",
        ["staatloosheid", "leefloon"],
        ["Staatloosheid", "OCMW-steun"],
        "art. 3 RMI-wet",
    ),
    (
        "arbrb-brussel",
        "2023-09-19",
        "22/5678/A",
        "ECLI:BE:NTTBRL:2023:JUD.20230919.4",
        "vonnis",
        "nl",
        "Recht op opvang: dwangsom tegen Fedasil",
        "Fedasil wordt veroordeeld om een verzoeker om internationale bescherming binnen de 48 uur "
        "een opvangplaats toe te wijzen, op straffe van een dwangsom.",
        ["Fedasil", "dwangsom", "opvangcrisis"],
        ["Opvang"],
        "Opvangwet van 12 januari 2007",
    ),
    (
        "hvb-brussel",
        "2022-11-29",
        "2021/FA/517",
        "ECLI:BE:CABRL:2022:ARR.20221129.11",
        "arrest",
        "nl",
        "Erkenning van een buitenlandse verstoting",
        "Een verstoting voltrokken in Marokko wordt niet erkend wanneer de vrouw niet werd "
        "opgeroepen en niet kon instemmen; de erkenning is strijdig met de openbare orde.",
        ["verstoting", "erkenning", "openbare orde"],
        ["Huwelijk of samenwoning", "Buitenlandse documenten"],
        "art. 57 Wetboek IPR",
    ),
    (
        "hvb-antwerpen",
        "2021-05-04",
        "2020/AR/1189",
        "ECLI:BE:HBANT:2021:ARR.20210504.6",
        "arrest",
        "nl",
        "Nationaliteitsverklaring: onafgebroken wettig verblijf",
        "Een korte onderbreking tussen twee verblijfstitels, te wijten aan de trage verwerking door "
        "de gemeente, doorbreekt het wettig verblijf niet.",
        ["nationaliteitsverklaring", "wettig verblijf", "onderbreking"],
        ["Belgische nationaliteit"],
        "art. 12bis, §1, 2° WBN",
    ),
    (
        "hvb-gent",
        "2024-06-13",
        "2023/FA/88",
        "ECLI:BE:HGGNT:2024:ARR.20240613.2",
        "arrest",
        "nl",
        "Schijnhuwelijk: weigering van de voltrekking door de ambtenaar van de burgerlijke stand",
        "Het hof beveelt de voltrekking van het huwelijk: de aangevoerde aanwijzingen (leeftijdsverschil, "
        "korte relatie) wijzen niet op de bedoeling om enkel een verblijfsvoordeel te verkrijgen.",
        ["schijnhuwelijk", "ambtenaar van de burgerlijke stand", "verblijfsvoordeel"],
        ["Huwelijk of samenwoning"],
        "art. 146bis Burgerlijk Wetboek\nart. 167 Burgerlijk Wetboek",
    ),
    (
        "rb-antwerpen",
        "2023-02-14",
        "22/3311/B",
        "ECLI:BE:PIANT:2023:JUD.20230214.5",
        "vonnis",
        "nl",
        "Erkenning van een buitenlandse geboorteakte met onvolledige gegevens",
        "De rechtbank erkent een Afghaanse geboorteakte na een aanvullende eed, gezien de "
        "onmogelijkheid om een nieuwe akte te verkrijgen.",
        ["geboorteakte", "vervangende eed", "Afghanistan"],
        ["Buitenlandse documenten", "Afghanistan"],
        "art. 27 Wetboek IPR\nart. 5 Burgerlijk Wetboek",
    ),
    (
        "fam-brussel",
        "2024-10-01",
        "24/987/B",
        "ECLI:BE:PIBRL:2024:JUD.20241001.12",
        "vonnis",
        "nl",
        "Vaststelling van de naam van een kind met dubbele nationaliteit",
        "Voor een kind met de Belgische en de Spaanse nationaliteit wordt de naam volgens het "
        "Spaanse recht erkend; de Belgische nationaliteit heeft geen voorrang binnen de EU.",
        ["naam", "dubbele nationaliteit", "Unierecht"],
        ["Naam", "Internationaal privaatrecht"],
        "art. 37 en 39 Wetboek IPR\nart. 21 VWEU",
    ),
    (
        "rb-oost-vlaanderen",
        "2022-04-26",
        "21/2004/B",
        "ECLI:BE:PIGNT:2022:JUD.20220426.3",
        "vonnis",
        "nl",
        "Staatloosheid: erkenning voor een Palestijn uit Gaza",
        "De rechtbank erkent de verzoeker als staatloze: hij heeft geen nationaliteit en de "
        "bescherming van UNRWA geldt niet meer nu hij de regio heeft verlaten.",
        ["staatloosheid", "Palestina", "UNRWA"],
        ["Staatloosheid", "Gaza en Palestijnse gebieden"],
        "Verdrag van New York van 28 september 1954",
    ),
    (
        "ehrm",
        "2023-01-12",
        "12345/20",
        "ECLI:CE:ECHR:2023:0112JUD001234520",
        "arrest",
        "en",
        "M.A. t. België: uitzetting naar Soedan zonder voldoende onderzoek van het risico",
        "België schond artikel 3 EVRM door een Soedanees uit te zetten zonder diens risico op "
        "mishandeling bij terugkeer grondig te onderzoeken.",
        ["artikel 3 EVRM", "non-refoulement", "Soedan"],
        ["Terugkeer", "Bescherming"],
        "art. 3 EVRM\nart. 13 EVRM",
    ),
    (
        "ehrm",
        "2021-07-27",
        "45678/18",
        "ECLI:CE:ECHR:2021:0727JUD004567818",
        "arrest",
        "en",
        "Gezinsleven en uitzetting van een langdurig ingezetene",
        "Bij de uitzetting van een vreemdeling die als kind naar België kwam, weegt de duur van "
        "het verblijf en de band met het land van herkomst zwaar in de belangenafweging.",
        ["artikel 8 EVRM", "Üner-criteria", "langdurig ingezetene"],
        ["Terugkeer", "Gezinshereniging"],
        "art. 8 EVRM",
    ),
    (
        "ehrm",
        "2020-11-19",
        "31234/19",
        "ECLI:CE:ECHR:2020:1119JUD003123419",
        "arrest",
        "fr",
        "Détention d'enfants en centre fermé",
        "La détention d'une famille avec de jeunes enfants dans un centre fermé pendant plusieurs "
        "semaines constitue un traitement inhumain.",
        ["détention d'enfants", "article 3 CEDH", "centre fermé"],
        ["Vasthouding"],
        "art. 3 EVRM\nart. 5 EVRM",
    ),
    (
        "hvj",
        "2024-06-11",
        "C-646/21",
        "ECLI:EU:C:2024:487",
        "arrest",
        "nl",
        "Vrouwen die de waarde van gelijkheid vertolken als sociale groep",
        "Vrouwen die zich identificeren met de fundamentele waarde van gelijkheid tussen man en "
        "vrouw, kunnen een sociale groep vormen in de zin van de Kwalificatierichtlijn.",
        ["sociale groep", "gendergerelateerde vervolging", "Kwalificatierichtlijn"],
        ["Internationale bescherming", "Bescherming"],
        "art. 10, lid 1, d) Richtlijn 2011/95/EU",
    ),
    (
        "hvj",
        "2023-09-07",
        "C-402/22",
        "ECLI:EU:C:2023:643",
        "arrest",
        "nl",
        "Gezinshereniging van een minderjarige vluchteling die tijdens de procedure meerderjarig wordt",
        "Voor het recht op gezinshereniging met ouders telt de leeftijd op het ogenblik van de "
        "asielaanvraag, niet die op het ogenblik van de aanvraag tot gezinshereniging.",
        ["niet-begeleide minderjarige", "meerderjarigheid", "ouders"],
        ["Gezinshereniging", "Niet-begeleide minderjarigen"],
        "art. 10, lid 3, a) Richtlijn 2003/86/EG",
    ),
    (
        "hvj",
        "2022-08-01",
        "C-273/20",
        "ECLI:EU:C:2022:617",
        "arrest",
        "nl",
        "Gezinshereniging: leeftijd van het kind op het moment van de aanvraag",
        "Een kind van een gezinshereniger blijft minderjarig voor de toepassing van de richtlijn "
        "wanneer het minderjarig was op het ogenblik van de aanvraag.",
        ["minderjarigheid", "peildatum", "kind"],
        ["Gezinshereniging"],
        "art. 4, lid 1, c) Richtlijn 2003/86/EG",
    ),
    (
        "hvj",
        "2021-03-02",
        "C-930/19",
        "ECLI:EU:C:2021:657",
        "arrest",
        "nl",
        "Behoud van verblijfsrecht na echtscheiding bij huiselijk geweld",
        "Het Hof oordeelt dat de bijkomende voorwaarde van voldoende bestaansmiddelen voor het "
        "behoud van verblijf na huiselijk geweld geldig is, gelet op de verschillende situaties.",
        ["huiselijk geweld", "echtscheiding", "behoud verblijfsrecht"],
        ["Gezinshereniging", "Unieburger"],
        "art. 13, lid 2 Richtlijn 2004/38/EG\nart. 42quater Vreemdelingenwet",
    ),
    (
        "rvv",
        "2019-12-17",
        "230 001",
        "ECLI:BE:RVV:2019:ARR.230001",
        "arrest",
        "nl",
        "Visum kort verblijf: twijfel aan de terugkeerbedoeling",
        "De weigering van een visum voor familiebezoek moet steunen op concrete elementen die "
        "twijfel doen rijzen aan de bedoeling om het grondgebied tijdig te verlaten.",
        ["visum kort verblijf", "terugkeerbedoeling", "familiebezoek"],
        ["Visum kort verblijf"],
        "art. 32 Visumcode",
    ),
    (
        "rvv",
        "2025-03-04",
        "321 777",
        None,
        "arrest",
        "nl",
        "Langdurig ingezetene: berekening van de vijf jaar wettig verblijf",
        "Periodes van verblijf als student tellen voor de helft mee in de berekening van de vijf "
        "jaar; de DVZ mocht ze niet volledig buiten beschouwing laten.",
        ["langdurig ingezetene", "student", "vijf jaar"],
        ["Langdurig ingezetene", "Verblijfsdocumenten"],
        "art. 15bis Vreemdelingenwet",
    ),
    (
        "rvs",
        "2024-10-15",
        "261 044",
        "ECLI:BE:RVSCE:2024:ARR.261044",
        "beschikking",
        "nl",
        "Niet-toelaatbaar cassatieberoep tegen een weigering van tijdelijke bescherming",
        "Het cassatieberoep is niet toelaatbaar: het bekritiseert enkel de feitelijke beoordeling "
        "van de RvV en werpt geen schending van de wet op.",
        ["toelaatbaarheid", "cassatieberoep"],
        ["Oekraïne"],
        "art. 20, §2 RvS-wetten",
    ),
    (
        "arbh-brussel",
        "2024-11-20",
        "2023/AB/640",
        "ECLI:BE:CTBRL:2024:ARR.20241120.4",
        "arrest",
        "fr",
        "Aide sociale: retrait de l'aide pour un séjour illégal après recours",
        "Le CPAS ne peut retirer l'aide sociale pendant le délai de recours devant le Conseil du "
        "contentieux des étrangers lorsque le recours est suspensif.",
        ["aide sociale", "recours suspensif", "CPAS"],
        ["OCMW-steun"],
        "art. 57, §2 OCMW-wet",
    ),
]


def _tekst(samenvatting, titel):
    return (
        f"In zake: verzoekende partij tegen de Belgische Staat.\n\n"
        f"I. Voorwerp van het beroep\n\nHet beroep betreft: {titel.lower()}.\n\n"
        f"II. Feiten\n\nDe verzoekende partij heeft de nodige stukken voorgelegd. "
        f"De verwerende partij heeft haar beslissing genomen zonder alle elementen van het "
        f"administratief dossier in rekening te brengen.\n\n"
        f"III. Beoordeling\n\n{samenvatting}\n\n"
        "IV. Beslissing\n\nHet rechtscollege beslist overeenkomstig het voorgaande."
    )


def regels():
    for (
        code,
        datum,
        nummer,
        ecli,
        soort,
        taal,
        titel,
        samenvatting,
        trefwoorden,
        themas,
        wetgeving,
    ) in UITSPRAKEN:
        regel = {
            "instantie": code,
            "datum": datum,
            "nummer": nummer,
            "soort": soort,
            "taal": taal,
            "titel": titel,
            "samenvatting": samenvatting,
            "tekst": _tekst(samenvatting, titel),
            "trefwoorden": trefwoorden,
            "thema_titels": themas,
            "wetgeving": wetgeving,
            "gepubliceerd_op": datum,
        }
        if ecli:
            regel["ecli"] = ecli
        yield regel


def laad():
    """Load the demo judgments (idempotent); returns a short Dutch summary."""
    from kennisbank.models import ThemaPagina

    from .importeren import importeer
    from .models import thema_pad

    per_titel = {}
    for thema in ThemaPagina.objects.only("title", "url_path").order_by("depth", "path"):
        per_titel.setdefault(thema.title.lower(), thema_pad(thema))
    gekoppeld = 0
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "rechtspraak-demo.jsonl"
        with pad.open("w", encoding="utf-8") as handle:
            for regel in regels():
                titels = regel.pop("thema_titels")
                regel["themas"] = sorted(
                    {per_titel[t.lower()] for t in titels if per_titel.get(t.lower())}
                )
                gekoppeld += bool(regel["themas"])
                handle.write(json.dumps(regel, ensure_ascii=False) + "\n")
        verslag = importeer(pad)
    return f"{len(UITSPRAKEN)} demo-uitspraken ({verslag}); {gekoppeld} gekoppeld aan themapagina's"
