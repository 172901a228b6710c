app_name = "juridesk"

urlpatterns = []
