"""The kinds of trainings, coaching and coaching activities of the annual report's chapter
"Juridische dienstverlening" (docs/DOMEIN.md, figures 58 and 59), and the sectors the data
migration seeds. The kinds are fixed (the computation depends on them: external is every
kind of training but `intern`); the sectors are data that coordinators manage in the admin."""

from django.db import models


class VormingSoort(models.TextChoices):
    OPEN_AANBOD = "open_aanbod", "Open aanbod"
    LOKALE_BESTUREN = "open_aanbod_lokale_besturen", "Open aanbod lokale besturen"
    OP_AANVRAAG = "op_aanvraag", "Op aanvraag"
    INTERN = "intern", "Intern"


class BegeleidingSoort(models.TextChoices):
    ORGANISATIE_EXTERN = "organisatiegericht_extern", "Organisatiegericht extern"
    ORGANISATIE_INTERN = "organisatiegericht_intern", "Organisatiegericht intern"
    PROBLEMATIEK = "problematiekgericht", "Problematiekgericht"
    LEREND_NETWERK = "lerend_netwerk", "Lerend netwerk"


class ActiviteitSoort(models.TextChoices):
    WERKSESSIE = "werksessie", "Werksessie"
    PUBLICATIE = "publicatie", "Publicatie"
    VORMING = "vorming", "Vorming"


# The sectors of trainings and coaching, in the report's order (seeded by 0002).
SECTOREN = [
    "Diverse sectoren",
    "Integratie en inburgering",
    "Lokale besturen",
    "Werk",
    "Onderwijs",
    "Welzijn",
    "Sociaal tolken",
    "Jeugdzorg",
]
