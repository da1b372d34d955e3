"""The sign-ups' addresses: the event form's target, the confirmation link and the registrant's own page."""

from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("<int:page_id>/", views.sign_up, name="sign_up"),
    path("thanks/", views.thanks, name="thanks"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("mine/<str:token>/", views.registration, name="registration"),
]
