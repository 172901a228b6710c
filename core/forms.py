"""Forms shared by the whole admin."""

from wagtail.admin.forms.auth import LoginForm


class AanmeldForm(LoginForm):
    """WAGTAILADMIN_USER_LOGIN_FORM: Wagtail's login form with its password field labelled
    in Dutch (Wagtail gives the field no label, so the field name "Password" showed)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Wachtwoord"
