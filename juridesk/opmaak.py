"""Numbers printed the way the annual report prints them.

Dutch format: thousands with a dot, decimals with a comma. Shares and changes are
rounded to whole percents, half away from zero; a share above zero that would round to
0% keeps one decimal ("0,3%"); a positive change carries its sign ("(+4)").
"""

from decimal import ROUND_HALF_UP, Decimal


def afronden(getal, decimalen=0):
    """Round half away from zero (Decimal's ROUND_HALF_UP does exactly that)."""
    kwantum = Decimal(1).scaleb(-decimalen)
    return Decimal(repr(float(getal))).quantize(kwantum, rounding=ROUND_HALF_UP)


def _nl(decimal_getal):
    tekst = f"{decimal_getal:,}"
    return tekst.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def aantal(n):
    """2182 -> '2.182'."""
    return _nl(int(n))


def decimaal(getal, decimalen=2):
    """A plain Dutch decimal without thousands separator: 24.0626 -> '24,06'."""
    if getal is None:
        return ""
    return str(afronden(getal, decimalen)).replace(".", ",")


def aandeel(procent):
    """24.06 -> '24%'; 0.309 -> '0,3%'; 0 -> '0%'."""
    afgerond = afronden(procent)
    if afgerond == 0 and procent > 0:
        afgerond = afronden(procent, 1)
    if afgerond == 0:
        afgerond = Decimal(0)
    return f"{_nl(afgerond)}%"


def evolutie(procent):
    """-13.06 -> '-13'; 4.2 -> '+4'; -0.3 -> '0'; None (nothing to compare) -> ''."""
    if procent is None:
        return ""
    afgerond = int(afronden(procent))
    if afgerond > 0:
        return f"+{afgerond}"
    return str(afgerond)  # int(-0) is 0: never '-0'


def gedrukt(aandeel_procent, evolutie_procent):
    """The report's column 'Aandeel op totaal (en evolutie ...)': '24% (-13)', '0,3%'."""
    tekst = aandeel(aandeel_procent)
    if evolutie_procent is not None:
        tekst += f" ({evolutie(evolutie_procent)})"
    return tekst
