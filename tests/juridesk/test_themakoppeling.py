"""Juridesk themes linked to the site's theme pages (juridesk_themakoppeling, the admin
screen), and the logging screen's pages: where the jurist referred the caller to, and
whether the site answered the question (with what was missing)."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from juridesk.models import ThemaKoppeling, Vraag, VraagPagina

pytestmark = pytest.mark.django_db
REGISTREREN = "/admin/juridesk/registreren/"


@pytest.fixture
def paginas(maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    middelen = maak_thema("Bestaansmiddelen", parent=gezin)
    leefloon = maak_thema("Leefloon")
    return {"verblijf": verblijf, "gezin": gezin, "middelen": middelen, "leefloon": leefloon}


def csv_bestand(tmp_path, *regels, kop="thema;pad"):
    pad = tmp_path / "koppelingen.csv"
    pad.write_text(kop + "\n" + "".join(r + "\n" for r in regels), encoding="utf-8")
    return str(pad)


def koppelingen():
    return set(ThemaKoppeling.objects.values_list("thema__code", "pagina__title"))


def test_the_import_links_themes_as_the_question_import_reads_them(tmp_path, paginas, capsys):
    pad = csv_bestand(
        tmp_path,
        "Verblijfsrecht > Gezinshereniging;verblijf/gezinshereniging",
        "verblijfsrecht - gezinshereniging;/verblijf/gezinshereniging/bestaansmiddelen/",
        "SOCIAAL RECHT > OCMW-steun;leefloon",
        "Verblijfsrecht;verblijf",
        "Verblijfsrecht > Gezinshereniging;verblijf/gezinshereniging",  # twice: once
    )
    call_command("juridesk_themakoppeling", pad)
    assert "4 koppelingen in het bestand, 4 nieuw" in capsys.readouterr().out
    assert koppelingen() == {
        ("verblijfsrecht-gezinshereniging", "Gezinshereniging"),
        ("verblijfsrecht-gezinshereniging", "Bestaansmiddelen"),
        ("sociaal-recht-ocmw-steun", "Leefloon"),
        ("verblijfsrecht", "Verblijf"),
    }
    # again: nothing new; --vervang makes the file the whole list
    call_command("juridesk_themakoppeling", csv_bestand(tmp_path, "Verblijfsrecht;verblijf"))
    assert len(koppelingen()) == 4
    call_command(
        "juridesk_themakoppeling", csv_bestand(tmp_path, "Verblijfsrecht;verblijf"), vervang=True
    )
    assert koppelingen() == {("verblijfsrecht", "Verblijf")}


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        (
            "Verblijfsrecht > Bestaat niet;verblijf",
            "regel 3: kolom thema: 'Verblijfsrecht > Bestaat",
        ),
        ("Gezinshereniging;verblijf/bestaat-niet", "regel 3: kolom pad: 'verblijf/bestaat-niet'"),
        ("Gezinshereniging;", "regel 3: kolom pad is leeg"),
        (";verblijf", "regel 3: kolom thema is leeg"),
        ("Gezinshereniging;nieuws", "regel 3: kolom pad: 'nieuws' is geen (gepubliceerde) thema"),
    ],
)
def test_one_bad_line_links_nothing_and_is_named(tmp_path, paginas, regel, melding):
    pad = csv_bestand(tmp_path, "Verblijfsrecht;verblijf", regel)
    with pytest.raises(CommandError) as fout:
        call_command("juridesk_themakoppeling", pad)
    assert "er is niets ingevoerd" in str(fout.value)
    assert melding in str(fout.value)
    assert not ThemaKoppeling.objects.exists()


def test_a_file_without_the_header_says_which_columns_are_missing(tmp_path, paginas):
    with pytest.raises(CommandError, match="kolommen ontbreken in de kop: pad"):
        call_command("juridesk_themakoppeling", csv_bestand(tmp_path, "x;y", kop="thema;pagina"))


def test_coordinators_keep_the_links_in_the_admin_and_jurists_do_not(aangemeld, paginas, waarde):
    coordinator = aangemeld("Coördinatoren")
    antwoord = coordinator.post(
        "/admin/juridesk/themakoppelingen/new/",
        {
            "thema": waarde("thema", "verblijfsrecht-gezinshereniging").pk,
            "pagina": paginas["gezin"].pk,
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-2000:]
    assert koppelingen() == {("verblijfsrecht-gezinshereniging", "Gezinshereniging")}
    lijst = coordinator.get("/admin/juridesk/themakoppelingen/")
    assert "Verblijfsrecht &gt; Gezinshereniging" in lijst.content.decode()
    # the chooser offers theme pages only
    formulier = coordinator.get("/admin/juridesk/themakoppelingen/new/").content.decode()
    assert "kennisbank.themapagina" in formulier.lower()
    jurist = aangemeld("Juristen", "een-jurist")
    assert jurist.get("/admin/juridesk/themakoppelingen/").status_code in (302, 403)


def nu():
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


def test_the_logging_screen_offers_the_linked_pages_and_the_site_search(aangemeld, paginas, waarde):
    ThemaKoppeling.objects.create(
        thema=waarde("thema", "verblijfsrecht-gezinshereniging"), pagina=paginas["middelen"]
    )
    html = aangemeld("Juristen").get(REGISTREREN).content.decode()
    assert 'data-zoeken="/api/zoeken/"' in html
    assert (
        "&quot;Verblijfsrecht &gt; Gezinshereniging&quot;: [&quot;Bestaansmiddelen "
        "(/verblijf/gezinshereniging/bestaansmiddelen/)&quot;]" in html
    )
    # without JavaScript: every theme page in the fields' datalist
    assert '<option value="Leefloon (/leefloon/)">' in html


def test_a_question_notes_its_pages_and_what_the_site_lacked(aangemeld, paginas):
    jurist = aangemeld("Juristen")
    antwoord = jurist.post(
        REGISTREREN,
        {
            "thema_1": "Gezinshereniging",
            "pagina_1": "Bestaansmiddelen (/verblijf/gezinshereniging/bestaansmiddelen/)",
            "pagina_2": "leefloon",  # a unique beginning of a title, as without JavaScript
            "niet_beantwoord": "on",
            "ontbrekend": "Het bedrag van dit jaar",
            "datum": nu(),
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-3000:]
    vraag = Vraag.objects.get()
    assert set(vraag.paginas.values_list("title", flat=True)) == {"Bestaansmiddelen", "Leefloon"}
    assert vraag.niet_beantwoord and vraag.ontbrekend == "Het bedrag van dit jaar"
    assert set(VraagPagina.objects.values_list("dag", flat=True)) == {vraag.dag}
    # the correction form shows them as the fields name them
    html = jurist.get(f"/admin/juridesk/vragen/edit/{vraag.pk}/").content.decode()
    assert 'value="Bestaansmiddelen (/verblijf/gezinshereniging/bestaansmiddelen/)"' in html


@pytest.mark.parametrize(
    ("velden", "veld", "melding"),
    [
        ({"pagina_1": "Bestaat niet"}, "pagina_1", "Onbekende pagina"),
        ({"pagina_1": "/verblijf/niets/"}, "pagina_1", "geen pagina van de site"),
        ({"ontbrekend": "iets"}, "niet_beantwoord", "vink dan ook"),
    ],
)
def test_a_bad_page_or_a_note_without_the_tick_saves_nothing(
    aangemeld, paginas, velden, veld, melding
):
    antwoord = aangemeld("Juristen").post(REGISTREREN, {"datum": nu(), **velden})
    assert antwoord.status_code == 200
    assert melding in " ".join(antwoord.context["form"].errors[veld])
    assert not Vraag.objects.exists()


def test_the_privacy_warning_also_stands_at_the_note(aangemeld, paginas):
    html = aangemeld("Juristen").get(REGISTREREN).content.decode()
    assert (
        "Noteer geen namen, adressen, geboortedata, rijksregister-, O.V.- of dossiernummers: alleen wat er op de site ontbrak."
        in html
    )
