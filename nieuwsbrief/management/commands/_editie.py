from django.core.management.base import CommandError

from nieuwsbrief.models import Editie


def haal_editie(waarde):
    try:
        return Editie.objects.get(pk=int(waarde))
    except (ValueError, Editie.DoesNotExist) as exc:
        raise CommandError(f"Er is geen editie met id {waarde!r}.") from exc
