"""System checks of the newsletter, run at every start (`runserver`, `migrate`, `db_worker`,
`check --deploy`): a DKIM key that cannot be used stops the start instead of every send."""

from email.utils import parseaddr

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from . import ondertekening


@register(Tags.compatibility)
def dkim_sleutel(app_configs=None, **kwargs):
    try:
        gegevens = ondertekening.instellingen()
        if gegevens is None:
            return []
        domein, selector, pad = gegevens
        ondertekening.lees_sleutel(pad)
    except ondertekening.SleutelFout as fout:
        return [
            Error(
                str(fout),
                hint="Zonder bruikbare sleutel wordt er geen nieuwsbrief verzonden. Zie "
                "docs/DEPLOYMENT.md, 'DKIM'.",
                id="nieuwsbrief.E001",
            )
        ]
    afzender = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rsplit("@", 1)[-1].lower()
    domein = domein.lower()
    if afzender != domein and not afzender.endswith("." + domein):
        return [
            Warning(
                f"DKIM_DOMAIN {domein} hoort niet bij het afzenderdomein {afzender} "
                "(DEFAULT_FROM_EMAIL): voor DMARC telt de handtekening dan niet.",
                hint="Gebruik het domein van het afzenderadres (of een bovenliggend domein).",
                id="nieuwsbrief.W001",
            )
        ]
    return []
