app_name = "nieuwsbrief"

urlpatterns = []
