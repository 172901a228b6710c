"""The database's share of the ranking is bm25 on both databases: SQLite's FTS5 computes it,
on PostgreSQL zoeken computes the same from the vectors (backends.PostgresBackend._bm25).
ts_rank, which PostgreSQL ranked with before, weighs a common word as much as a rare one:
the parent theme page that names the common word outranked the page about the rare one,
where SQLite had that page first."""

from .conftest import maak_thema, tekst


def test_the_page_about_the_rare_word_of_the_question_comes_before_its_parent(home, client):
    # "verblijf" is on every page, "seizoenarbeid" on five of them
    for titel in ("Arbeidskaart", "Werkvergunning", "Gecombineerde vergunning"):
        maak_thema(
            titel,
            parent=home,
            samenvatting=f"{titel} voor werknemers.",
            body=tekst("Voor seizoenarbeid gelden eigen regels over het verblijf."),
        )
    for titel in ("Studenten", "Gezinshereniging", "Langdurig ingezetenen", "Staatlozen"):
        maak_thema(
            titel,
            parent=home,
            samenvatting=f"Het verblijf van {titel.lower()} in België.",
            body=tekst("Wie een verblijf aanvraagt, dient een dossier in bij de gemeente."),
        )
    verblijf = maak_thema(
        "Verblijf",
        parent=home,
        samenvatting="Verblijf voor werk, studie of seizoenarbeid.",
        body=tekst("Een overzicht van de procedures: kort verblijf, lang verblijf en de kaarten."),
    )
    seizoenarbeid = maak_thema(
        "Seizoenarbeid",
        parent=home,
        samenvatting="Seizoenarbeid in land- en tuinbouw geeft een verblijf van enkele maanden.",
        body=tekst(
            "De werkgever vraagt de vergunning aan bij het gewest voor een bepaalde periode.",
            "De werknemer plukt fruit of groenten en keert daarna terug naar zijn land.",
            "Na de periode van seizoenarbeid eindigt het verblijf; een nieuwe aanvraag kan "
            "het volgende seizoen.",
        ),
    )

    response = client.get("/zoeken/", {"q": "seizoenarbeid verblijf", "direct": "0"})

    uitkomst = response.context["uitkomst"]
    assert not uitkomst.gedeeltelijk and uitkomst.totaal == 5  # every word, no fallback
    assert [r.titel for r in uitkomst.resultaten[:2]] == [seizoenarbeid.title, verblijf.title]
