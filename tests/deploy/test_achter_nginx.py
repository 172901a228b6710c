"""The site as deployed: Debian's nginx with deploy/nginx-vreemdelingenrecht.conf in front of
gunicorn with the production settings, set up by deploy/deploy.sh (issue 12, "A real proxy
in the tests").

Everything runs on loopback as this user: nginx with `-p <tmp> -c <conf>` and `daemon off`,
its configuration made from the real one with only the ports and paths changed (TLS with a
throw-away certificate), gunicorn through `deploy/deploy.sh web`, a database of its own
(a SQLite file, or a scratch PostgreSQL database when the suite runs with a postgres
DATABASE_URL), and Redis when `redis-server` is installed (two gunicorn workers then
share one count; otherwise one worker with the local-memory cache).

Visitors connect from different loopback addresses (127.0.0.2, 127.0.0.3, ... all reach
`lo` on Linux), so nginx sees each as its own client and appends that address to
X-Forwarded-For, exactly as it does for visitors on the internet."""

import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "deploy.sh"
NGINX_CONF = ROOT / "deploy" / "nginx-vreemdelingenrecht.conf"
HOST = "www.vreemdelingenrecht.be"
WACHTWOORD = "Juiste-Paard-Batterij-Niet-Raden-42"


def _nginx():
    return shutil.which("nginx", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")


pytestmark = [
    pytest.mark.skipif(
        _nginx() is None,
        reason="Debian's nginx ontbreekt: `make nginx-deps` (apt-get install nginx-light)",
    ),
    pytest.mark.skipif(
        shutil.which("openssl") is None, reason="openssl ontbreekt (TLS-certificaat)"
    ),
]


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wacht_op_poort(poort, proces, log, seconden=120):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if proces.poll() is not None:
            pytest.fail(f"proces gestopt (exit {proces.returncode}):\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", poort), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"poort {poort} gaat niet open:\n{log.read_text()[-3000:]}")


def start(args, log, **kwargs):
    return subprocess.Popen(
        args,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped whole below
        **kwargs,
    )


def stop(proces):
    if proces is None or proces.poll() is not None:
        return
    try:
        os.killpg(proces.pid, signal.SIGTERM)
        proces.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proces.pid, signal.SIGKILL)
        proces.wait(timeout=10)
    except ProcessLookupError:
        pass


def nginx_configuratie(tmp, *, https, http, gunicorn, cert, key):
    """deploy/nginx-vreemdelingenrecht.conf with loopback ports and temporary paths; every
    replacement must hit, so a changed file fails here instead of testing something else."""
    conf = NGINX_CONF.read_text()
    vervangingen = [
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{gunicorn};"),
        ("listen 80;", f"listen 127.0.0.1:{http};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl http2;"),
        ("/etc/ssl/vreemdelingenrecht/fullchain.pem", str(cert)),
        ("/etc/ssl/vreemdelingenrecht/privkey.pem", str(key)),
        ("/srv/vreemdelingenrecht/media/", f"{tmp / 'media'}/"),
    ]
    for oud, nieuw in vervangingen:
        assert oud in conf, f"{oud!r} staat niet (meer) in {NGINX_CONF.name}"
        conf = conf.replace(oud, nieuw)
    gebruiker = "user root root;\n" if os.geteuid() == 0 else ""
    return f"""{gebruiker}daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/nginx-access.log;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
{conf}
}}
"""


class Database:
    """SQLite file, or a scratch database on the PostgreSQL server of DATABASE_URL."""

    def __init__(self, tmp):
        self.url = f"sqlite:///{tmp / 'site.sqlite3'}"
        self.pg = None
        basis = os.environ.get("DATABASE_URL", "")
        if basis.startswith(("postgres://", "postgresql://")):
            import psycopg

            config = dj_database_url.parse(basis)
            self.naam = f"{config['NAME']}_nginx_{os.getpid()}"
            self.pg = psycopg.connect(
                host=config["HOST"] or None,
                port=config["PORT"] or None,
                user=config["USER"] or None,
                password=config["PASSWORD"] or None,
                dbname="postgres",
                autocommit=True,
            )
            self.pg.execute(f'DROP DATABASE IF EXISTS "{self.naam}"')
            self.pg.execute(f'CREATE DATABASE "{self.naam}"')
            self.url = basis.rsplit("/", 1)[0] + "/" + self.naam

    def weg(self):
        if self.pg is not None:
            self.pg.execute(f'DROP DATABASE IF EXISTS "{self.naam}" WITH (FORCE)')
            self.pg.close()


class Bezoeker:
    """A browser on its own address: cookies, CSRF token, HTTPS to nginx."""

    def __init__(self, adres, poort):
        self.adres, self.poort = adres, poort
        self.cookies = SimpleCookie()
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE

    def vraag(self, methode, pad, data=None, headers=()):
        verbinding = http.client.HTTPSConnection(
            "127.0.0.1",
            self.poort,
            context=self.context,
            source_address=(self.adres, 0),
            timeout=30,
        )
        kop = {"Host": HOST, "User-Agent": f"test-{self.adres}", **dict(headers)}
        if self.cookies:
            kop["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            kop["Content-Type"] = "application/x-www-form-urlencoded"
            kop["Origin"] = f"https://{HOST}"
            kop["Referer"] = f"https://{HOST}{pad}"
        verbinding.request(methode, pad, body=body, headers=kop)
        antwoord = verbinding.getresponse()
        antwoord.tekst = antwoord.read().decode("utf-8", "replace")
        antwoord.set_cookies = antwoord.headers.get_all("Set-Cookie") or []
        for regel in antwoord.set_cookies:
            self.cookies.load(regel)
        verbinding.close()
        return antwoord

    def formulier(self, pad, data, headers=()):
        """GET the form (CSRF cookie and token), then POST it."""
        pagina = self.vraag("GET", pad, headers=headers)
        assert pagina.status == 200, (pad, pagina.status)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', pagina.tekst)[1]
        return self.vraag("POST", pad, {**data, "csrfmiddlewaretoken": token}, headers=headers)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("achter-nginx")
    (tmp / "media").mkdir()
    processen = {}
    database = Database(tmp)
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
             "-subj", f"/CN={HOST}", "-keyout", str(tmp / "key.pem"), "-out", str(tmp / "cert.pem")],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        poorten = {naam: vrije_poort() for naam in ("gunicorn", "https", "http", "redis")}
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "PYTEST_", "REDIS_URL", "CACHE_URL", "GUNICORN_"))
            and k not in ("TRUSTED_PROXY_COUNT", "DATABASE_URL")
        }
        env.update(
            OMGEVING=str(tmp / "geen.env"),
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS=HOST,
            CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
            DATABASE_URL=database.url,
            STATIC_ROOT=str(tmp / "static"),
            MEDIA_ROOT=str(tmp / "media"),
            EMAIL_URL="dummy://",
            GUNICORN_BIND=f"127.0.0.1:{poorten['gunicorn']}",
            GUNICORN_THREADS="1",
            GUNICORN_ACCESSLOG=str(tmp / "gunicorn-access.log"),
        )  # TRUSTED_PROXY_COUNT not set: the production default (1, nginx) is under test
        if shutil.which("redis-server"):
            processen["redis"] = start(
                ["redis-server", "--port", str(poorten["redis"]), "--bind", "127.0.0.1",
                 "--save", "", "--appendonly", "no", "--dir", str(tmp)],
                tmp / "redis.log",
            )  # fmt: skip
            wacht_op_poort(poorten["redis"], processen["redis"], tmp / "redis.log")
            env.update(REDIS_URL=f"redis://127.0.0.1:{poorten['redis']}/0", GUNICORN_WORKERS="2")
        else:
            env.update(GUNICORN_WORKERS="1")  # one process: the local-memory count is exact

        # the deployment, as docs/DEPLOYMENT.md does it (minus pip and systemd)
        stappen = subprocess.run(
            [str(SCRIPT), "statisch", "migreer"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        assert stappen.returncode == 0, stappen.stdout[-3000:] + stappen.stderr[-3000:]
        gebruiker = subprocess.run(
            [str(SCRIPT), "taak", "createsuperuser", "--no-input",
             "--username", "jurist", "--email", "jurist@example.be"],
            cwd=ROOT, env={**env, "DJANGO_SUPERUSER_PASSWORD": WACHTWOORD},
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert gebruiker.returncode == 0, gebruiker.stderr

        processen["gunicorn"] = start([str(SCRIPT), "web"], tmp / "gunicorn.log", cwd=ROOT, env=env)
        wacht_op_poort(poorten["gunicorn"], processen["gunicorn"], tmp / "gunicorn.log")

        (tmp / "nginx.conf").write_text(
            nginx_configuratie(
                tmp,
                https=poorten["https"],
                http=poorten["http"],
                gunicorn=poorten["gunicorn"],
                cert=tmp / "cert.pem",
                key=tmp / "key.pem",
            )
        )
        nginx = [
            _nginx(),
            "-p",
            str(tmp),
            "-c",
            str(tmp / "nginx.conf"),
            "-e",
            str(tmp / "nginx-error.log"),
        ]
        test = subprocess.run([*nginx, "-t"], capture_output=True, text=True, timeout=60)
        assert test.returncode == 0, test.stderr
        processen["nginx"] = start(nginx, tmp / "nginx.log")
        wacht_op_poort(poorten["https"], processen["nginx"], tmp / "nginx-error.log")

        yield {"poorten": poorten, "tmp": tmp, "redis": "redis" in processen}
    finally:
        for naam in ("nginx", "gunicorn", "redis"):
            stop(processen.get(naam))
        database.weg()


def test_the_site_behind_nginx(site):
    poort = site["poorten"]["https"]
    waarnemingen = []

    # --- static files, served after deploy.sh's collectstatic with the production settings
    bezoeker = Bezoeker("127.0.0.2", poort)
    home = bezoeker.vraag("GET", "/")
    assert home.status == 200, home.tekst[:500]
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home.tekst)
    assert css, "de startpagina verwijst niet naar de gehashte site.css"
    stijl = bezoeker.vraag("GET", css[1])
    assert stijl.status == 200
    assert stijl.headers["Content-Type"].startswith("text/css")
    assert "immutable" in stijl.headers.get("Cache-Control", "")

    # --- X-Forwarded-Proto: Django knows the request was HTTPS: no redirect (loop), HSTS,
    # Secure cookies; plain HTTP is sent to HTTPS by nginx
    assert "max-age=31536000" in home.headers.get("Strict-Transport-Security", "")
    login = bezoeker.vraag("GET", "/admin/login/")
    assert login.status == 200
    csrf_cookie = next(c for c in login.set_cookies if c.startswith("csrftoken="))
    assert "Secure" in csrf_cookie
    http_verbinding = http.client.HTTPConnection("127.0.0.1", site["poorten"]["http"], timeout=30)
    http_verbinding.request("GET", "/verblijf/?x=1", headers={"Host": HOST})
    doorverwezen = http_verbinding.getresponse()
    assert doorverwezen.status == 301
    assert doorverwezen.headers["Location"] == f"https://{HOST}/verblijf/?x=1"
    http_verbinding.close()

    # --- five wrong passwords from one client do not lock the account for another client
    aanvaller = Bezoeker("127.0.0.2", poort)
    codes = [
        aanvaller.formulier("/admin/login/", {"username": "jurist", "password": "fout"}).status
        for _ in range(5)
    ]
    assert codes == [200, 200, 200, 200, 429]
    juist = {"username": "jurist", "password": WACHTWOORD}
    assert aanvaller.formulier("/admin/login/", juist).status == 429
    # forging X-Forwarded-For does not help: nginx appends the address it really saw
    vervalst = aanvaller.formulier("/admin/login/", juist, {"X-Forwarded-For": "127.0.0.3"})
    assert vervalst.status == 429
    waarnemingen.append(
        f"aanmelden 'jurist' vanaf 127.0.0.2, 5x fout wachtwoord: {codes}; daarna het juiste "
        f"wachtwoord: 429; met een vervalste X-Forwarded-For: 127.0.0.3: {vervalst.status}"
    )
    jurist = Bezoeker("127.0.0.3", poort)
    aangemeld = jurist.formulier("/admin/login/", juist)
    assert aangemeld.status == 302, aangemeld.tekst[:500]
    assert aangemeld.headers["Location"] == "/admin/"
    sessie = next(c for c in aangemeld.set_cookies if c.startswith("sessionid="))
    assert "Secure" in sessie and "HttpOnly" in sessie
    beheer = jurist.vraag("GET", "/admin/")
    assert beheer.status == 200 and "jurist" in beheer.tekst
    waarnemingen.append(
        f"'jurist' vanaf 127.0.0.3 met het juiste wachtwoord: {aangemeld.status} -> /admin/ "
        f"{beheer.status} (sessiecookie Secure, HttpOnly)"
    )

    # --- each client has its own newsletter limit (20 an hour), shared by the workers
    lezer = Bezoeker("127.0.0.4", poort)
    inschrijvingen = [
        lezer.formulier(
            "/nieuwsbrief/", {"email": f"lezer{i}@example.be", "lijsten": ["nieuwsbrief"]}
        ).status
        for i in range(22)
    ]
    assert inschrijvingen == [302] * 20 + [429, 429]
    ander = Bezoeker("127.0.0.5", poort)
    andere = ander.formulier(
        "/nieuwsbrief/", {"email": "ander@example.be", "lijsten": ["nieuwsbrief"]}
    ).status
    assert andere == 302
    cache = "Redis, 2 gunicorn-workers" if site["redis"] else "lokaal geheugen, 1 worker"
    waarnemingen.append(
        f"nieuwsbrief vanaf 127.0.0.4, 22 inschrijvingen ({cache}): "
        f"{inschrijvingen.count(302)}x 302, daarna {inschrijvingen[20:]}; "
        f"vanaf 127.0.0.5 meteen daarna: {andere}"
    )
    print("\nWaargenomen achter nginx:\n- " + "\n- ".join(waarnemingen))
