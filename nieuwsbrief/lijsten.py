"""The two mailing lists: their codes (also the names of the subscriber's boolean fields and
an edition's `soort`) and their names. Its own module so that models.py and mail.py both read
it without importing each other the wrong way."""

LIJSTEN = {
    "nieuwsbrief": "E-nieuwsbrief",
    "rechtspraak": "Rechtspraakmailing",
}
