#!/usr/bin/env bash
# The deployment of vreemdelingenrecht.be on one host, always with the production settings.
# docs/DEPLOYMENT.md, `make deploy`, the systemd units and tests/deploy all use this script.
#
#   deploy/deploy.sh                    a new version: installeer statisch migreer controleer herstart
#   deploy/deploy.sh statisch migreer   only these steps, in this order
#   deploy/deploy.sh web                start gunicorn (foreground; systemd: vreemdelingenrecht-web)
#   deploy/deploy.sh worker             start the task worker (systemd: vreemdelingenrecht-worker)
#   deploy/deploy.sh taak NAAM [ARG…]   one periodic job: manage.py NAAM (systemd: the timers)
#
# Steps:
#   installeer  pip install the code and its dependencies into .venv
#   statisch    collectstatic WITH THE PRODUCTION SETTINGS (hashed names and the manifest
#               whitenoise needs; a collectstatic with the dev settings, as `make run` does,
#               makes production answer 500: "Missing staticfiles manifest entry"), then
#               checks that the manifest answers for css/site.css
#   migreer     migrate (once per release, from one host; safe to repeat)
#   controleer  manage.py check --deploy (errors stop the deployment, warnings are shown)
#   herstart    reload gunicorn (graceful), restart the worker, enable the periodic jobs
#
# The environment is the production one (deploy/productie.env.voorbeeld). When the file
# $OMGEVING (default /etc/vreemdelingenrecht/productie.env) is readable, its KEY=value lines
# are exported first, as systemd's EnvironmentFile= does; variables already set win.
set -euo pipefail
cd "$(dirname "$0")/.."

OMGEVING=${OMGEVING:-/etc/vreemdelingenrecht/productie.env}
if [ -r "$OMGEVING" ]; then
    while IFS= read -r regel || [ -n "$regel" ]; do
        case "$regel" in '' | '#'*) continue ;; esac
        naam=${regel%%=*}
        [ -n "${!naam+x}" ] || export "$regel"
    done <"$OMGEVING"
fi
export DJANGO_SETTINGS_MODULE=config.settings.production
VENV=${VENV:-.venv}
PYTHON="$VENV/bin/python"
TIMERS="vreemdelingenrecht-taak@publish_scheduled.timer vreemdelingenrecht-taak@juridesk_opschonen.timer vreemdelingenrecht-taak@zoeklog_opschonen.timer vreemdelingenrecht-taak@clearsessions.timer vreemdelingenrecht-postvak.timer vreemdelingenrecht-meldingen-dag.timer vreemdelingenrecht-meldingen-week.timer"

stap() { printf '== %s\n' "$*"; }

installeer() {
    stap "installeren in $VENV"
    [ -x "$PYTHON" ] || "$(command -v python3.12 || command -v python3)" -m venv "$VENV"
    "$PYTHON" -m pip install -q -e .
}

statisch() {
    stap "statische bestanden (collectstatic met de productie-instellingen)"
    "$PYTHON" manage.py collectstatic --no-input -v0
    "$PYTHON" - <<'PY'
import django

django.setup()
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage

# raises ValueError ("Missing staticfiles manifest entry") exactly as a page would
print(f"   {settings.STATIC_ROOT}: css/site.css -> {staticfiles_storage.url('css/site.css')}")
PY
}

migreer() {
    stap "migreren"
    "$PYTHON" manage.py migrate --no-input
}

controleer() {
    stap "controle (check --deploy)"
    "$PYTHON" manage.py check --deploy
}

herstart() {
    stap "herstarten"
    if ! command -v systemctl >/dev/null 2>&1; then
        echo "   geen systemd: start zelf '$0 web', '$0 worker' en de periodieke taken" \
            "('$0 taak publish_scheduled' elke minuut, zie docs/DEPLOYMENT.md)"
        return
    fi
    systemctl reload vreemdelingenrecht-web || systemctl restart vreemdelingenrecht-web
    systemctl restart vreemdelingenrecht-worker
    # the periodic jobs run on ONE host: set DEPLOY_TIMERS=0 on the others
    if [ "${DEPLOY_TIMERS:-1}" = 1 ]; then
        # shellcheck disable=SC2086
        systemctl enable --now $TIMERS
    fi
}

if [ $# -eq 0 ]; then
    set -- installeer statisch migreer controleer herstart
fi
case "$1" in
web) exec "$VENV/bin/gunicorn" -c deploy/gunicorn.conf.py ;;
worker) exec "$PYTHON" manage.py db_worker ;;
taak)
    shift
    exec "$PYTHON" manage.py "$@"
    ;;
esac
for s in "$@"; do
    case "$s" in
    installeer | statisch | migreer | controleer | herstart) ;;
    *)
        echo "onbekende stap: $s (zie de uitleg bovenaan $0)" >&2
        exit 2
        ;;
    esac
done
for s in "$@"; do "$s"; done
