app_name = "kennisbank"

urlpatterns = []
