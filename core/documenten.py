"""Documents at /documenten/<id>/<file name>, with the id read as every number in a URL is.

Wagtail's own route takes `(\\d+)`, which in a Python pattern also matches "²" and Arabic-Indic
digits and any number of digits; the database then refuses the value and the reader gets a
500. This route answers first: an id that is not a plain number in range is a 404, the rest
goes to Wagtail's view unchanged (privacy rules, redirects, serving)."""

from django.http import Http404
from wagtail.documents.views import serve

from .parameters import geheel_getal


def document(request, document_id, document_filename):
    nummer = geheel_getal(document_id, minimum=1)
    if nummer is None:
        raise Http404("Geen document met dit nummer")
    return serve.serve(request, nummer, document_filename)
