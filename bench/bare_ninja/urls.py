from django.http import HttpResponse
from django.urls import path
from ninja import NinjaAPI

api = NinjaAPI(docs_url=None)


@api.get("/ping")
def ping(request):
    return {"status": "ok"}


def live(request):
    # What bench/http_me.py polls to know the server is up.
    return HttpResponse("ok")


urlpatterns = [path("api/", api.urls), path("health/live", live)]
