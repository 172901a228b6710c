"""Hostile summaries in both Atom feeds: a feed reader shows them as the text they are.

Django's Atom feed wrote the plain-text summary as `<summary type="html">`, escaped once, so
a reader turned `<img src=x onerror=...>` into a live element. The test reads each feed with
an XML parser, as a reader does, and then reads every summary the way its `type` tells a
reader to (HTML is parsed as HTML): no element or attribute may come out of a summary."""

import datetime
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest

from rechtspraak.models import Instantie, Uitspraak

ATOM = "{http://www.w3.org/2005/Atom}"
KWAAD = (
    'Lees <img src=x onerror=alert(1)> en <a href="javascript:alert(document.cookie)">klik</a>'
    " &amp; <script>alert(2)</script> ]]> &lt;b&gt;"
)


class _Elementen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.gevonden = []

    def handle_starttag(self, tag, attrs):
        self.gevonden.append((tag, attrs))


def _wat_een_lezer_ziet(summary):
    """The elements a feed reader builds from a summary, by its type (RFC 4287 3.1.1)."""
    if summary.get("type", "text") == "text":
        return []
    lezer = _Elementen()
    lezer.feed(summary.text or "")
    return lezer.gevonden


def _lees_feed(client, url):
    antwoord = client.get(url)
    assert antwoord.status_code == 200
    return ElementTree.fromstring(antwoord.content)


def _controleer(boom):
    summaries = boom.findall(f"{ATOM}entry/{ATOM}summary")
    assert summaries, "the feed has no summaries to check"
    kwaad = [s for s in summaries if "onerror" in (s.text or "")]
    assert kwaad, "the hostile summary is not in the feed"
    for summary in kwaad:
        # the text arrives exactly as typed, and a reader builds nothing from it
        assert summary.text == KWAAD
        assert summary.get("type") == "text"
        assert _wat_een_lezer_ziet(summary) == []
    # and the XML itself holds no element or attribute the summary could have made
    for element in boom.iter():
        naam = element.tag.split("}")[-1]
        assert naam not in ("img", "a", "script"), naam
        for attribuut, waarde in element.attrib.items():
            assert attribuut not in ("onerror", "src"), attribuut
            assert not waarde.lower().startswith("javascript:"), waarde


def test_the_news_feed_keeps_a_hostile_summary_text(client, maak_nieuws):
    maak_nieuws("Gewone titel", samenvatting=KWAAD)
    _controleer(_lees_feed(client, "/nieuws/feed/"))


def test_the_case_law_feed_keeps_a_hostile_summary_text(client, maak_thema):
    thema = maak_thema("Verblijf")
    uitspraak = Uitspraak(
        titel="Gewone titel",
        instantie=Instantie.objects.get(code="rvv"),
        datum=datetime.date(2024, 2, 13),
        nummer="301 234",
        samenvatting=KWAAD,
        live=True,
    )
    uitspraak.save()
    uitspraak.themas.set([thema])
    uitspraak.save()
    _controleer(_lees_feed(client, "/rechtspraak/feed/"))
    _controleer(_lees_feed(client, f"/rechtspraak/feed/?thema={thema.pk}"))


@pytest.mark.parametrize(
    ("url", "zelf", "alternatief"),
    [
        ("/rechtspraak/feed/", "/rechtspraak/feed/", "/rechtspraak/"),
        (
            "/rechtspraak/feed/?thema=verblijf/gezinshereniging",
            "/rechtspraak/feed/?thema=verblijf%2Fgezinshereniging",
            "/rechtspraak/?thema=verblijf%2Fgezinshereniging",
        ),
        (
            "/rechtspraak/feed/?thema={pk}",
            "/rechtspraak/feed/?thema=verblijf%2Fgezinshereniging",
            "/rechtspraak/?thema=verblijf%2Fgezinshereniging",
        ),
        ("/rechtspraak/feed/?instantie=RvV", "/rechtspraak/feed/?instantie=rvv", None),
    ],
)
def test_the_feeds_self_link_keeps_its_filter(client, maak_thema, url, zelf, alternatief):
    """A reader that follows rel="self" must get the same theme's feed, not all judgments."""
    gezin = maak_thema("Gezinshereniging", parent=maak_thema("Verblijf"))
    boom = _lees_feed(client, url.format(pk=gezin.pk))
    links = {link.get("rel"): link.get("href") for link in boom.findall(f"{ATOM}link")}
    assert links["self"] == "http://testserver" + zelf
    if alternatief:
        assert links["alternate"] == "http://testserver" + alternatief
