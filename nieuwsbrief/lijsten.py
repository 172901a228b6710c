"""The kinds of mail a subscriber receives: their codes (also the names of the subscriber's
boolean fields and an edition's `soort`) and their names. Its own module so that models.py and
mail.py both read it without importing each other the wrong way.

"meldingen" is the digest of what she follows (volgen.py): one subscriber, several kinds of
mail. The subscribe form offers only the two MAILINGS; the alerts are chosen on the follow
page, with what to follow."""

LIJSTEN = {
    "nieuwsbrief": "E-nieuwsbrief",
    "rechtspraak": "Rechtspraakmailing",
    "meldingen": "Meldingen over wat je volgt",
}
MAILINGS = {code: LIJSTEN[code] for code in ("nieuwsbrief", "rechtspraak")}
