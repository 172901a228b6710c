"""deploy/deploy.sh: the one way production is deployed (docs/DEPLOYMENT.md, make deploy).

Issue 12, finding 11: `make run`/`make demo` collect the static files with the development
settings (no hashed names, no manifest); production then answered 500 on every page
("Missing staticfiles manifest entry for 'css/site.css'")."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "deploy.sh"

# what production's pages ask of the static files storage
MANIFEST_VRAAG = (
    "import django; django.setup(); "
    "from django.contrib.staticfiles.storage import staticfiles_storage as s; "
    "print(s.url('css/site.css'))"
)


def omgeving(tmp_path, **extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL")
    }
    env.update(
        SECRET_KEY="deploy-test-" + "q8Zr2mXv5Tn7Lp4Wc1Hs9Jd6Bf3Kg0Ya",
        ALLOWED_HOSTS="www.vreemdelingenrecht.be",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        OMGEVING=str(tmp_path / "geen.env"),
    )
    env.update(extra)
    return env


def draai(args, env):
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_production_static_files_after_a_dev_collectstatic(tmp_path):
    env = omgeving(tmp_path)
    # what `make demo` does: collectstatic with the development settings
    dev = draai(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )
    assert dev.returncode == 0, dev.stderr
    prod = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    voor = draai([sys.executable, "-c", MANIFEST_VRAAG], prod)
    assert "Missing staticfiles manifest entry for 'css/site.css'" in voor.stderr

    stap = draai([str(SCRIPT), "statisch"], env)
    assert stap.returncode == 0, stap.stdout + stap.stderr

    na = draai([sys.executable, "-c", MANIFEST_VRAAG], prod)
    assert na.returncode == 0, na.stderr
    url = na.stdout.strip()
    assert (
        url.startswith("/static/css/site.")
        and url.endswith(".css")
        and url != "/static/css/site.css"
    )
    assert (tmp_path / "static" / url.removeprefix("/static/")).is_file()
    assert (tmp_path / "static" / "staticfiles.json").is_file()


def test_the_script_always_uses_the_production_settings(tmp_path):
    env = omgeving(tmp_path, DJANGO_SETTINGS_MODULE="config.settings.dev")
    del env["SECRET_KEY"]
    stap = draai([str(SCRIPT), "statisch"], env)
    assert stap.returncode != 0
    assert "SECRET_KEY ontbreekt" in stap.stderr


def test_the_environment_file_is_read_like_systemd_does(tmp_path):
    (tmp_path / "productie.env").write_text(
        "# commentaar\n"
        "SECRET_KEY=uit-het-bestand-q8Zr2mXv5Tn7Lp4Wc1Hs9Jd6Bf3Kg0Ya\n"
        "DEFAULT_FROM_EMAIL=vreemdelingenrecht.be <nieuwsbrief@vreemdelingenrecht.be>\n"
        "\n"
        "ALLOWED_HOSTS=uit-het-bestand.example\n"
    )
    env = omgeving(tmp_path, OMGEVING=str(tmp_path / "productie.env"))
    del env["SECRET_KEY"]
    vraag = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECRET_KEY[:15], s.DEFAULT_FROM_EMAIL, s.ALLOWED_HOSTS)"
    )
    stap = draai([str(SCRIPT), "taak", "shell", "-c", vraag], env)
    assert stap.returncode == 0, stap.stderr
    # a variable already in the environment wins over the file
    assert stap.stdout.strip().splitlines()[-1] == (
        "uit-het-bestand vreemdelingenrecht.be <nieuwsbrief@vreemdelingenrecht.be> "
        "['www.vreemdelingenrecht.be']"
    )


def test_an_unknown_step_stops_the_deployment(tmp_path):
    stap = draai([str(SCRIPT), "migreer", "verkeerd"], omgeving(tmp_path))
    assert stap.returncode == 2
    assert "onbekende stap: verkeerd" in stap.stderr
    assert "migreren" not in stap.stdout  # checked before any step runs
    assert not (tmp_path / "db.sqlite3").exists()
