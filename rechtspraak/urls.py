app_name = "rechtspraak"

urlpatterns = []
