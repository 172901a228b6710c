"""Demo data for `make run`: two demo users and realistic questions for 2023 up to today,
with the regions of 2024 and 2023 exactly as in figure 55 of the annual report."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from .genereer import REGIO_2023, REGIO_2024, genereer
from .models import Vraag

DEMO_WACHTWOORD = "vreemdelingenrecht"
GEBRUIKERS = [("jurist", "Juristen", "Jurist"), ("coordinator", "Coördinatoren", "Coördinator")]


def _gebruikers():
    User = get_user_model()
    gebruikers = {}
    for username, groep, voornaam in GEBRUIKERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.be",
                "first_name": voornaam,
                "last_name": "Demo",
            },
        )
        if created:
            user.set_password(DEMO_WACHTWOORD)
            user.save()
        user.groups.add(Group.objects.get(name=groep))
        gebruikers[username] = user
    return gebruikers


def laad():
    gebruikers = _gebruikers()
    jurist = gebruikers["jurist"]
    if Vraag.objects.filter(jurist=jurist).exists():
        return f"juridesk-vragen waren al geladen ({Vraag.objects.count():,} vragen)".replace(
            ",", "."
        )
    vandaag = timezone.localdate()
    aantal = 0
    aantal += genereer(
        0,
        datetime.date(2023, 1, 1),
        datetime.date(2023, 12, 31),
        seed=2023,
        regio_aantallen=REGIO_2023,
        jurist=jurist,
    )
    aantal += genereer(
        0,
        datetime.date(2024, 1, 1),
        datetime.date(2024, 12, 31),
        seed=2024,
        regio_aantallen=REGIO_2024,
        jurist=jurist,
    )
    for jaar in range(2025, vandaag.year + 1):
        einde = min(datetime.date(jaar, 12, 31), vandaag - datetime.timedelta(days=1))
        if einde < datetime.date(jaar, 1, 1):
            continue
        dagen = (einde - datetime.date(jaar, 1, 1)).days + 1
        aantal += genereer(
            round(9200 * dagen / 365), datetime.date(jaar, 1, 1), einde, seed=jaar, jurist=jurist
        )
    return (
        f"{aantal:,} juridesk-vragen aangemaakt (2023 tot gisteren; 2024 met de regio's van "
        f"figuur 55); aanmelden als 'jurist' of 'coordinator' met wachtwoord "
        f"'{DEMO_WACHTWOORD}'"
    ).replace(",", ".", 1)
