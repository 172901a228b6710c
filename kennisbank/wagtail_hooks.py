"""Admin additions of the kennisbank: the editor's own stylesheet (beheer.css)."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def beheer_css():
    return format_html('<link rel="stylesheet" href="{}">', static("kennisbank/beheer.css"))
