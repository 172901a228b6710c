"""Admin menus that show an item only to whom it serves (juridesk, jaarverslag)."""

from wagtail.admin.menu import MenuItem


class PermissieMenuItem(MenuItem):
    """A menu item shown only to a user with `permissie` ("app.codename")."""

    def __init__(self, *args, permissie, **kwargs):
        super().__init__(*args, **kwargs)
        self.permissie = permissie

    def is_shown(self, request):
        return request.user.has_perm(self.permissie)
