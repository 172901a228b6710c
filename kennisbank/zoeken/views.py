"""STUB (issue 6 fills this in): the site search page and its JSON endpoints."""

from django.http import JsonResponse
from django.shortcuts import render


def zoeken(request):
    return render(request, "kennisbank/zoeken/zoeken.html", {"zoekterm": "", "resultaten": []})


def api_zoeken(request):
    return JsonResponse({"count": 0, "results": []})


def api_suggesties(request):
    return JsonResponse({"suggesties": []})
