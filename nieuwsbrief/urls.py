from django.urls import path

from . import archief, views
from .feeds import VolgFeed

app_name = "nieuwsbrief"

urlpatterns = [
    path("nieuwsbrief/", views.inschrijven, name="inschrijven"),
    path("nieuwsbrief/archief/", archief.archief, name="archief"),
    path("nieuwsbrief/archief/<int:pk>/", archief.archief_editie, name="archief_editie"),
    path("nieuwsbrief/controleer-je-mailbox/", views.bedankt, name="bedankt"),
    path("nieuwsbrief/bevestigen/<str:sleutel>/", views.bevestigen, name="bevestigen"),
    path("nieuwsbrief/beheren/<str:token>/", views.beheren, name="beheren"),
    path("nieuwsbrief/volgen/", views.volgen, name="volgen"),
    path("nieuwsbrief/volgen/<str:soort>/<int:pk>/feed/", VolgFeed(), name="feed"),
    path("nieuwsbrief/beheren/<str:token>/volgen/", views.volgen_beheren, name="volgen_beheren"),
    path("nieuwsbrief/afmelden/<str:token>/", views.afmelden, name="afmelden"),
    path("nieuwsbrief/afmelden/<str:token>/<str:lijst>/", views.afmelden, name="afmelden_lijst"),
]
