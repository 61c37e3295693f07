"""The shipped catalogue, user targets, Citizen Lab lists and the loader's refusal of every malformed file."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

import pytest

from desktop_app.probes.catalogue.loader import (
    CSV_HEADER,
    import_citizenlab_csv,
    load_catalogue,
    parse_citizenlab_csv,
)
from desktop_app.probes.catalogue.model import CONTROL_ID, Catalogue, CatalogueError
from desktop_app.system import paths

# The platforms the brief names; the shipped file must hold each one, probed by default.
REQUIRED_IDS = ("x", "facebook", "instagram", "whatsapp", "youtube", "tiktok", "telegram", "signal", "wikipedia",
                "google")

HEADER = ",".join(CSV_HEADER)

CONTROLS = {
    "http://connectivitycheck.gstatic.com/generate_204": (204, b""),
    "http://detectportal.firefox.com/success.txt": (200, b"success\n"),
    "http://www.msftconnecttest.com/connecttest.txt": (200, b"Microsoft Connect Test"),
    "http://captive.apple.com/hotspot-detect.html":
        (200, b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"),
}
PORTAL_PAGE = (b"<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>"
               b"<form method=\"post\" action=\"/login\"><input name=\"room\"><button>Connect</button></form>"
               b"</body></html>\n")

MESSAGING = (
    [f"tcp://e{n}.whatsapp.net:{port}" for n in range(1, 17) for port in (443, 5222)]
    + ["https://g.whatsapp.net/", "https://mmg.whatsapp.net/", "https://v.whatsapp.net/", "https://web.whatsapp.com/",
       "https://chat.signal.org/", "https://cdsi.signal.org/", "https://storage.signal.org/",
       "https://sfu.voip.signal.org/",
       "https://web.telegram.org/", "https://api.telegram.org/", "https://t.me/",
       "tls://edge-mqtt.facebook.com:443", "https://b-api.facebook.com/", "https://scontent.xx.fbcdn.net/"]
)
MESSAGING_PLATFORM = {"whatsapp": "whatsapp", "signal": "signal", "telegram": "telegram", "t.me": "telegram",
                      "facebook": "facebook", "fbcdn": "facebook"}


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    return load_catalogue(config_dir=tmp_path_factory.mktemp("empty-config"))


def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


# ----------------------------------------------------------------------------------------- shipped catalogue

def test_shipped_catalogue_has_exactly_the_required_platforms_in_order(shipped: Catalogue) -> None:
    assert shipped.ids == (*REQUIRED_IDS, CONTROL_ID)
    assert shipped.sources == (str(paths.resources_dir() / "platforms.toml"),)
    assert re.fullmatch(r"[0-9a-f]{64}", shipped.digest)
    assert all(p.name and p.domains and p.endpoints for p in shipped.platforms)


def test_every_platform_has_one_throughput_asset_and_the_controls_none(shipped: Catalogue) -> None:
    for platform in shipped.platforms:
        assets = [e for e in platform.endpoints if e.throughput]
        if platform.is_control:
            assert assets == []
        else:
            assert len(assets) == 1, platform.id
            assert assets[0].scheme == "https" and assets[0].path != "/"


def test_platform_endpoints_are_https_or_app_sockets_and_owned_by_the_platform(shipped: Catalogue) -> None:
    for platform in shipped.platforms:
        for e in platform.endpoints:
            expected = ("http",) if platform.is_control else ("https", "tcp", "tls")
            assert e.scheme in expected, e.url
            assert platform.owns(e.host), e.url
            assert e.platform == platform.id


def test_x_has_its_web_api_and_media_hosts(shipped: Catalogue) -> None:
    hosts = {e.host: e.role for e in shipped.platform("x").endpoints}
    assert hosts["x.com"] == "web" and hosts["api.x.com"] == "api"
    assert {"abs.twimg.com", "pbs.twimg.com", "video.twimg.com"} <= hosts.keys()


@pytest.mark.parametrize("url", MESSAGING)
def test_messaging_app_host_is_listed(shipped: Catalogue, url: str) -> None:
    platform_id = next(v for k, v in MESSAGING_PLATFORM.items() if k in url)
    endpoints = shipped.platform(platform_id).endpoints
    if url.startswith(("tcp://", "tls://")):
        assert url in {e.url for e in endpoints}
    else:
        host = url.split("/")[2]
        assert any(e.host == host and e.scheme == "https" for e in endpoints), url


def test_controls_are_the_four_documented_checks(shipped: Catalogue) -> None:
    control = shipped.platform(CONTROL_ID)
    assert control.name == "Connectivity checks"
    assert [e.url for e in control.endpoints] == list(CONTROLS)
    expectations = {e.url: (e.expect.status, e.expect.body_equals, e.expect.body_contains)
                    for e in control.endpoints if e.expect is not None}
    assert expectations == {
        "http://connectivitycheck.gstatic.com/generate_204": (204, "", None),
        "http://detectportal.firefox.com/success.txt": (200, "success", None),
        "http://www.msftconnecttest.com/connecttest.txt": (200, "Microsoft Connect Test", None),
        "http://captive.apple.com/hotspot-detect.html": (200, None, "Success"),
    }
    assert all(e.role == "control" and not e.throughput for e in control.endpoints)


@pytest.mark.parametrize("url", list(CONTROLS))
def test_control_expectation_accepts_the_documented_answer_and_refuses_a_portal(shipped: Catalogue, url: str) -> None:
    endpoint = next(e for e in shipped.platform(CONTROL_ID).endpoints if e.url == url)
    assert endpoint.expect is not None
    status, body = CONTROLS[url]
    assert endpoint.expect.matches(status, body)
    assert not endpoint.expect.matches(200, PORTAL_PAGE)
    assert not endpoint.expect.matches(302, b"")
    assert not endpoint.expect.matches(None, None)


# ---------------------------------------------------------------------------------------- no literal IPs

_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?![\w:])")


def ip_literals(text: str) -> list[str]:
    found = []
    for candidate in _IPV4.findall(text) + _IPV6.findall(text):
        if not re.search(r"[0-9A-Fa-f]", candidate):
            continue
        try:
            ipaddress.ip_address(candidate.split("%")[0])
        except ValueError:
            continue
        found.append(candidate)
    return found


def test_ip_literal_scanner_finds_addresses_and_ignores_look_alikes() -> None:
    assert ip_literals("see 203.0.113.5 and [2001:db8::1] and ::1 or fe80::1%eth0") == \
        ["203.0.113.5", "2001:db8::1", "::1", "fe80::1%eth0"]
    assert ip_literals('at 12:30:00, version 1.2.3, "http://10.10.34." a::b:: x.com:443') == []


def test_no_literal_ip_address_anywhere_in_resources() -> None:
    files = [p for p in paths.resources_dir().rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert ip_literals(path.read_bytes().decode("utf-8", errors="replace")) == [], path


# ------------------------------------------------------------------------------------------ user targets

TARGETS = """\
format = 1

[[target]]
url = "https://x.com/"
platform = "x"

[[target]]
url = "https://mobile.x.com/"
platform = "x"

[[target]]
url = "https://mirror.example.com/x"
platform = "x"

[[target]]
url = "https://news.example.org/"

[[target]]
url = "https://example.org/feed"
name = "Example News"
throughput = true

[[target]]
url = "tls://chat.example.net:5223"
platform = "my-chat"
"""


def test_user_targets_join_built_in_platforms_or_make_new_ones(shipped: Catalogue, tmp_path: Path) -> None:
    cfg = config(tmp_path)
    cfg.mkdir()
    (cfg / "targets.toml").write_text(TARGETS, encoding="utf-8")
    catalogue = load_catalogue(config_dir=cfg)

    assert catalogue.ids == (*shipped.ids, "example-org", "my-chat")
    x = catalogue.platform("x")
    builtin_x = shipped.platform("x")
    assert x.endpoints[:len(builtin_x.endpoints)] == builtin_x.endpoints
    added = x.endpoints[len(builtin_x.endpoints):]
    assert [(e.url, e.role) for e in added] == [("https://mobile.x.com/", "extra"),
                                                ("https://mirror.example.com/x", "extra")]
    assert [e.url for e in x.endpoints].count("https://x.com/") == 1
    assert x.name == builtin_x.name and x.domains == (*builtin_x.domains, "example.com")

    example = catalogue.platform("example-org")
    assert example.name == "Example News" and example.domains == ("example.org",)
    assert [(e.url, e.throughput) for e in example.endpoints] == [("https://news.example.org/", False),
                                                                  ("https://example.org/feed", True)]
    chat = catalogue.platform("my-chat")
    assert chat.name == "my-chat" and chat.domains == ("example.net",)
    assert chat.endpoints[0].port == 5223 and chat.endpoints[0].uses_tls

    assert catalogue.sources == (*shipped.sources, str(cfg / "targets.toml"))
    assert catalogue.digest != shipped.digest


def test_targets_file_with_only_a_format_changes_nothing_but_the_digest(shipped: Catalogue, tmp_path: Path) -> None:
    cfg = config(tmp_path)
    cfg.mkdir()
    (cfg / "targets.toml").write_text("format = 1\n", encoding="utf-8")
    catalogue = load_catalogue(config_dir=cfg)
    assert catalogue.platforms == shipped.platforms
    assert catalogue.digest != shipped.digest


def test_digest_is_stable_and_depends_on_content_and_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.csv"
    a.write_text('format = 1\n[[target]]\nurl = "https://example.org/"\n', encoding="utf-8")
    b.write_text(f"{HEADER}\nhttps://example.net/,NEWS,News,2020-01-01,,\n", encoding="utf-8")
    cfg = config(tmp_path)
    first = load_catalogue(config_dir=cfg, extra_files=[a, b])
    assert load_catalogue(config_dir=cfg, extra_files=[a, b]).digest == first.digest
    assert load_catalogue(config_dir=cfg, extra_files=[b, a]).digest != first.digest
    assert first.ids[-2:] == ("example-org", "list-b")
    a.write_text('format = 1\n[[target]]\nurl = "https://example.org/other"\n', encoding="utf-8")
    assert load_catalogue(config_dir=cfg, extra_files=[a, b]).digest != first.digest


def test_extra_file_of_unknown_type_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "targets.json"
    extra.write_text("{}", encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(config_dir=config(tmp_path), extra_files=[extra])
    assert info.value.file == str(extra) and "unknown type" in info.value.problem


def test_default_config_dir_comes_from_the_environment(tmp_path: Path) -> None:
    cfg = paths.config_dir()  # conftest points this into tmp_path
    cfg.mkdir(parents=True)
    (cfg / "targets.toml").write_text('format = 1\n[[target]]\nurl = "https://example.org/"\n', encoding="utf-8")
    assert "example-org" in load_catalogue().ids


# ------------------------------------------------------------------------------------- Citizen Lab lists

LIST_CSV = (
    "\ufeff" + HEADER + "\r\n"
    "http://www.example.com/,NEWS,News Media,2014-04-15,citizenlab,\r\n"
    '"https://example.org/a,b",POLR,"Political Criticism, general",2017-01-01,,"note with ""quotes"", a comma\r\n'
    'and a line break"\r\n'
    "http://www.example.com/,NEWS,News Media,2015-01-01,duplicate,\r\n"
    "\r\n"
    "\r\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def test_citizenlab_csv_parses_bom_quotes_duplicates_and_blank_lines(tmp_path: Path) -> None:
    endpoints = parse_citizenlab_csv(write(tmp_path / "Global List.csv", LIST_CSV))
    assert [e.url for e in endpoints] == ["http://www.example.com/", "https://example.org/a,b"]
    assert {(e.platform, e.role, e.throughput) for e in endpoints} == {("list-global-list", "extra", False)}


def test_imported_list_is_copied_byte_for_byte_and_loaded(tmp_path: Path) -> None:
    src = write(tmp_path / "downloads" / "pk.csv", LIST_CSV)
    cfg = config(tmp_path)
    dest = import_citizenlab_csv(src, cfg)
    assert dest == cfg / "lists" / "pk.csv"
    assert dest.read_bytes() == src.read_bytes()
    catalogue = load_catalogue(config_dir=cfg)
    lst = catalogue.platform("list-pk")
    assert lst.name == "Test list: pk" and lst.domains == ("example.com", "example.org")
    assert str(dest) in catalogue.sources


def test_reimport_replaces_the_list(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    import_citizenlab_csv(write(tmp_path / "in" / "pk.csv", LIST_CSV), cfg)
    newer = write(tmp_path / "in2" / "pk.csv", f"{HEADER}\nhttps://example.net/,NEWS,News,2024-01-01,,\n")
    import_citizenlab_csv(newer, cfg)
    assert sorted(p.name for p in (cfg / "lists").iterdir()) == ["pk.csv"]
    assert [e.url for e in load_catalogue(config_dir=cfg).platform("list-pk").endpoints] == ["https://example.net/"]


@pytest.mark.parametrize(("text", "entry", "problem"), [
    ("url,category,notes\nhttp://example.com/,NEWS,\n", "row 1", "header"),
    ("", "row 1", "header"),
    (f"{HEADER}\nhttp://example.com/,NEWS,News,2014-04-15,,\nhttp://192.0.2.7/,NEWS,News,2014-04-15,,\n",
     "row 3", "literal IP address 192.0.2.7"),
    (f"{HEADER}\nhttp://[2001:db8::7]/,NEWS,News,2014-04-15,,\n", "row 2", "literal IP address 2001:db8::7"),
    (f"{HEADER}\nhttp://example.com/,NEWS,News\n", "row 2", "has 3 fields; expected 6"),
    (f"{HEADER}\nftp://example.com/,NEWS,News,2014-04-15,,\n", "row 2", "scheme ftp://"),
    (f'{HEADER}\nhttp://example.com/,NEWS,News,2014-04-15,,"unterminated\n', "row 2", "not valid CSV"),
    (HEADER + "\n", "file", "no URLs"),
])
def test_invalid_list_is_refused_and_nothing_is_imported(tmp_path: Path, text: str, entry: str, problem: str) -> None:
    src = write(tmp_path / "in" / "bad.csv", text)
    cfg = config(tmp_path)
    with pytest.raises(CatalogueError) as info:
        import_citizenlab_csv(src, cfg)
    assert info.value.file == str(src)
    assert info.value.entry == entry
    assert problem in info.value.problem
    lists = cfg / "lists"
    assert not lists.exists() or list(lists.iterdir()) == []


def test_failed_copy_leaves_no_partial_file(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    blocker = cfg / "lists" / "pk.csv"
    blocker.mkdir(parents=True)  # a directory where the list should go: the final rename fails
    src = write(tmp_path / "in" / "pk.csv", LIST_CSV)
    with pytest.raises(CatalogueError) as info:
        import_citizenlab_csv(src, cfg)
    assert info.value.entry == "import" and str(blocker) in info.value.problem
    assert [p.name for p in (cfg / "lists").iterdir()] == ["pk.csv"] and blocker.is_dir()
    assert list(blocker.iterdir()) == []


# ------------------------------------------------------------------------------------- malformed files

def builtin_text(*, skip: tuple[str, ...] = (), extra: str = "", x_endpoints: str | None = None,
                 control_endpoint: str | None = None, head: str = "format = 1\n") -> str:
    """A minimal valid built-in catalogue, with one platform changed to carry the fault under test."""
    out = [head]
    for pid in REQUIRED_IDS:
        if pid in skip:
            continue
        endpoints = f'{{ url = "https://www.{pid}.example/logo.png", role = "media", throughput = true }}'
        if pid == "x" and x_endpoints is not None:
            endpoints = x_endpoints
        listed = f"[\n    {endpoints},\n]" if endpoints else "[]"
        out.append(f'[[platform]]\nid = "{pid}"\nname = "{pid.title()}"\ndomains = ["{pid}.example"]\n'
                   f"endpoints = {listed}\n")
    if CONTROL_ID not in skip:
        control = control_endpoint or ('{ url = "http://check.control.example/ok", role = "control", '
                                       'expect = { status = 204, body_equals = "" } }')
        out.append(f'[[platform]]\nid = "control"\nname = "Checks"\ndomains = ["control.example"]\n'
                   f"endpoints = [\n    {control},\n]\n")
    return "\n".join(out) + extra


def x_with(*endpoints: str) -> str:
    return ",\n    ".join(endpoints)


ASSET = '{ url = "https://www.x.example/logo.png", role = "media", throughput = true }'
X1 = 'platform "x" endpoint 1'
X2 = 'platform "x" endpoint 2'

BUILTIN_CASES = [
    ("toml syntax", "format = 1\n[[platform]\nid = 'x'\n", "line 2", "not valid TOML"),
    ("format missing", builtin_text(head=""), "format", "is missing"),
    ("format not 1", builtin_text(head="format = 2\n"), "format", "reads format 1"),
    ("format a string", builtin_text(head='format = "1"\n'), "format", "reads format 1"),
    ("unknown top-level key", builtin_text(head="format = 1\nversion = 3\n"), "top level", "unknown key version"),
    ("platforms not tables", 'format = 1\nplatform = "x"\n', "platform", "[[platform]] tables"),
    ("missing name", builtin_text().replace('name = "X"\n', "", 1), "platform 1", "missing name"),
    ("unknown platform key", builtin_text().replace('name = "X"\n', 'name = "X"\ncolour = "blue"\n', 1),
     "platform 1", "unknown key colour"),
    ("name wrong type", builtin_text().replace('name = "X"', "name = 3", 1), 'platform "x" name', "non-empty string"),
    ("domains wrong type", builtin_text().replace('domains = ["x.example"]', 'domains = "x.example"', 1),
     'platform "x" domains', "list of domain names"),
    ("domain is an IP", builtin_text().replace('domains = ["x.example"]', 'domains = ["x.example", "192.0.2.1"]', 1),
     'platform "x" domains', "literal IP address 192.0.2.1"),
    ("invalid id", builtin_text().replace('id = "x"', 'id = "X_Platform"', 1), "platform 1", "has id 'X_Platform'"),
    ("id too long", builtin_text().replace('id = "x"', f'id = "{"a" * 41}"', 1), "platform 1", "1-40 lowercase"),
    ("duplicate id", builtin_text(extra=builtin_text(head="").split("\n\n")[0] + "\n"), 'platform 12 ("x")',
     "repeats an id"),
    ("control missing", builtin_text(skip=(CONTROL_ID,)), "platforms", 'required platform "control"'),
    ("endpoints empty", builtin_text(x_endpoints=""), 'platform "x" endpoints', "is empty"),
    ("endpoint missing role", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example/" }')),
     f"{X2} (https://x.example/)", "missing role"),
    ("endpoint unknown key", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example/", role = "web", '
                                                                    "weight = 2 }")),
     f"{X2} (https://x.example/)", "unknown key weight"),
    ("url wrong type", builtin_text(x_endpoints=x_with(ASSET, '{ url = 443, role = "web" }')), X2, "expected a string"),
    ("unknown role", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example/", role = "cdn" }')),
     f"{X2} (https://x.example/)", "role 'cdn'"),
    ("duplicate url", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://WWW.x.example:443/logo.png", '
                                                              'role = "web" }')),
     f"{X2} (https://WWW.x.example:443/logo.png)", "repeats a URL"),
    ("bad scheme", builtin_text(x_endpoints=x_with(ASSET, '{ url = "ftp://x.example/", role = "web" }')),
     f"{X2} (ftp://x.example/)", "scheme ftp://"),
    ("no scheme", builtin_text(x_endpoints=x_with(ASSET, '{ url = "x.example", role = "web" }')),
     f"{X2} (x.example)", "scheme none"),
    ("no host", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https:///path", role = "web" }')),
     f"{X2} (https:///path)", "no host name"),
    ("IPv4 host", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://192.0.2.10/", role = "web" }')),
     f"{X2} (https://192.0.2.10/)", "literal IP address 192.0.2.10"),
    ("IPv6 host", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://[2001:db8::10]/", role = "web" }')),
     f"{X2} (https://[2001:db8::10]/)", "literal IP address 2001:db8::10"),
    ("IPv4 tcp host", builtin_text(x_endpoints=x_with(ASSET, '{ url = "tcp://198.51.100.2:5222", role = "app" }')),
     f"{X2} (tcp://198.51.100.2:5222)", "literal IP address"),
    ("short numeric host", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://127.1/", role = "web" }')),
     f"{X2} (https://127.1/)", "numeric address"),
    ("tcp without port", builtin_text(x_endpoints=x_with(ASSET, '{ url = "tcp://chat.x.example", role = "app" }')),
     f"{X2} (tcp://chat.x.example)", "explicit port"),
    ("tls with path", builtin_text(x_endpoints=x_with(ASSET, '{ url = "tls://chat.x.example:443/mqtt", '
                                                              'role = "app" }')),
     f"{X2} (tls://chat.x.example:443/mqtt)", "must not have a path"),
    ("bad port", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example:99999/", role = "web" }')),
     f"{X2} (https://x.example:99999/)", "port"),
    ("credentials", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://me:pw@x.example/", role = "web" }')),
     f"{X2} (https://me:pw@x.example/)", "user name or password"),
    ("host outside domains", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example.net/", '
                                                                     'role = "web" }')),
     f"{X2} (https://x.example.net/)", "outside the platform's domains"),
    ("no throughput asset", builtin_text(x_endpoints='{ url = "https://x.example/", role = "web" }'),
     'platform "x"', "has 0 throughput assets"),
    ("two throughput assets", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example/b.png", '
                                                                      'role = "media", throughput = true }')),
     'platform "x"', "has 2 throughput assets"),
    ("throughput wrong type", builtin_text(x_endpoints='{ url = "https://x.example/", role = "web", '
                                                       'throughput = "yes" }'),
     f"{X1} (https://x.example/) throughput", "true or false"),
    ("throughput over tcp", builtin_text(x_endpoints='{ url = "tcp://x.example:443", role = "app", '
                                                     "throughput = true }"),
     f"{X1} (tcp://x.example:443)", "not an https:// or http:// URL"),
    ("expect outside control", builtin_text(x_endpoints=x_with(ASSET, '{ url = "https://x.example/", role = "web", '
                                                                       "expect = { status = 200 } }")),
     f"{X2} (https://x.example/)", 'belong to the "control" platform'),
    ("control without expect", builtin_text(control_endpoint='{ url = "http://check.control.example/ok", '
                                                             'role = "control" }'),
     'platform "control" endpoint 1 (http://check.control.example/ok)', "expect"),
    ("control with throughput", builtin_text(control_endpoint='{ url = "http://check.control.example/ok", '
                                                              'role = "control", throughput = true, '
                                                              "expect = { status = 204 } }"),
     'platform "control"', "no throughput asset"),
    ("expect status wrong", builtin_text(control_endpoint='{ url = "http://check.control.example/ok", '
                                                          'role = "control", expect = { status = "200" } }'),
     'platform "control" endpoint 1 (http://check.control.example/ok) expect status', "HTTP status"),
    ("expect unknown key", builtin_text(control_endpoint='{ url = "http://check.control.example/ok", '
                                                         'role = "control", expect = { status = 200, body = "" } }'),
     'platform "control" endpoint 1 (http://check.control.example/ok) expect', "unknown key body"),
]

TARGET_CASES = [
    ("targets toml syntax", 'format = 1\n[[target]]\nurl = "https://example.org/\n', "line 3", "not valid TOML"),
    ("targets format missing", '[[target]]\nurl = "https://example.org/"\n', "format", "is missing"),
    ("target missing url", 'format = 1\n[[target]]\nplatform = "x"\n', "target 1", "missing url"),
    ("target unknown key", 'format = 1\n[[target]]\nurl = "https://example.org/"\nrole = "web"\n',
     "target 1 (https://example.org/)", "unknown key role"),
    ("target IP literal", ('format = 1\n[[target]]\nurl = "https://example.org/"\n[[target]]\n'
                           'url = "http://192.0.2.44:8080/"\n'),
     "target 2 (http://192.0.2.44:8080/)", "literal IP address 192.0.2.44"),
    ("target bad platform id", 'format = 1\n[[target]]\nurl = "https://example.org/"\nplatform = "My Sites"\n',
     "target 1 (https://example.org/) platform", "has id 'My Sites'"),
    ("target joins control", 'format = 1\n[[target]]\nurl = "http://example.org/"\nplatform = "control"\n',
     "target 1 (http://example.org/)", 'cannot join "control"'),
    ("target renames built-in", 'format = 1\n[[target]]\nurl = "https://x.com/more"\nplatform = "x"\nname = "Y"\n',
     "target 1 (https://x.com/more)", 'built-in platform "x"'),
    ("target second asset", ('format = 1\n[[target]]\nurl = "https://x.com/big.bin"\nplatform = "x"\n'
                             "throughput = true\n"),
     "target 1 (https://x.com/big.bin)", 'second throughput asset for "x"'),
    ("target repeated", ('format = 1\n[[target]]\nurl = "https://example.org/"\n[[target]]\n'
                         'url = "https://example.org:443/"\n'),
     "target 2 (https://example.org:443/)", "repeats a URL"),
    ("target names clash", ('format = 1\n[[target]]\nurl = "https://example.org/"\nname = "A"\n[[target]]\n'
                            'url = "https://example.org/b"\nname = "B"\n'),
     "target 2 (https://example.org/b)", "already named 'A'"),
    ("targets not tables", 'format = 1\ntarget = ["https://example.org/"]\n', "target", "[[target]] tables"),
]

LIST_CASES = [
    ("list bad header", "url;category\nhttp://example.com/;NEWS\n", "row 1", "header"),
    ("list IP row", f"{HEADER}\nhttp://example.com/,NEWS,News,2014-04-15,,\n\nhttp://203.0.113.9/,X,X,2014,,\n",
     "row 4", "literal IP address 203.0.113.9"),
    ("list short row", f"{HEADER}\nhttp://example.com/,NEWS\n", "row 2", "has 2 fields"),
    ("list not utf-8", HEADER + "\nhttp://example.com/,NEWS,Caf\udce9,2014,,\n", "byte", "not UTF-8"),
]


def _write_case(tmp_path: Path, kind: str, text: str) -> tuple[Path, Path, Path]:
    """Writes the faulty file where it belongs; returns (built-in path, config dir, faulty file)."""
    cfg = config(tmp_path)
    builtin = paths.resources_dir() / "platforms.toml"
    if kind == "builtin":
        builtin = faulty = tmp_path / "platforms.toml"
    elif kind == "targets":
        faulty = cfg / "targets.toml"
    else:
        faulty = cfg / "lists" / "bad.csv"
    faulty.parent.mkdir(parents=True, exist_ok=True)
    faulty.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    return builtin, cfg, faulty


def test_every_shipped_platform_has_its_facts():
    """Built-in, probed by default, a tone: declared in platforms.toml alone, read by settings and the app."""
    shipped = load_catalogue()
    for p in shipped.platforms:
        assert p.builtin and p.tone and p.tone.startswith("#"), p.id
        assert any(e.throughput for e in p.endpoints) or p.is_control, p.id
    assert shipped.default_ids == REQUIRED_IDS and shipped.own_ids == ()


def test_a_tone_that_is_not_a_colour_is_refused(tmp_path):
    builtin = tmp_path / "platforms.toml"
    builtin.write_text(builtin_text().replace('name = "X"\n', 'name = "X"\ntone = "black"\n'), encoding="utf-8")
    with pytest.raises(CatalogueError, match="RRGGBB"):
        load_catalogue(builtin, config_dir=tmp_path / "cfg")


@pytest.mark.parametrize(("kind", "text", "entry", "problem"),
                         [pytest.param("builtin", *case[1:], id=case[0]) for case in BUILTIN_CASES]
                         + [pytest.param("targets", *case[1:], id=case[0]) for case in TARGET_CASES]
                         + [pytest.param("list", *case[1:], id=case[0]) for case in LIST_CASES])
def test_malformed_file_is_refused_naming_file_entry_and_problem(tmp_path: Path, kind: str, text: str, entry: str,
                                                                 problem: str) -> None:
    builtin, cfg, faulty = _write_case(tmp_path, kind, text)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(builtin, config_dir=cfg)
    error = info.value
    assert error.file == str(faulty)
    assert error.entry.startswith(entry), error.entry
    assert problem in error.problem
    assert str(error) == f"{faulty}: {error.entry}: {error.problem}"


def test_minimal_builtin_used_by_the_table_is_itself_valid(tmp_path: Path) -> None:
    path = tmp_path / "platforms.toml"
    path.write_text(builtin_text(), encoding="utf-8")
    catalogue = load_catalogue(path, config_dir=config(tmp_path))
    assert catalogue.ids == (*REQUIRED_IDS, CONTROL_ID)


def test_missing_builtin_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(tmp_path / "nope.toml", config_dir=config(tmp_path))
    assert info.value.file == str(tmp_path / "nope.toml") and "cannot be read" in info.value.problem


def test_no_public_ip_literal_anywhere_in_the_code():
    """Defaults name hosts by name only; documentation and private ranges are allowed in code and tests."""
    import ipaddress
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    pattern = re.compile(r"(?<![\w./§-])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
    found = []
    for path in [*root.glob("desktop_app/**/*.py"), *root.glob("resources/**/*"), *root.glob("bench/*.py")]:
        if not path.is_file():
            continue
        for match in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
            try:
                ip = ipaddress.ip_address(match.group())
            except ValueError:
                continue
            if ip.is_global:
                found.append(f"{path.relative_to(root)}: {ip}")
    assert found == []
