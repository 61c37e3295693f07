"""Blockpage fingerprints: the shipped file, the loader's validation and each matcher, positive and negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.probes.fingerprints import Fingerprint, load_fingerprints, match_blockpage, match_location

ORDINARY_PAGES = [
    b"<!DOCTYPE html><html><head><title>x.com</title></head><body><h1>x.com</h1></body></html>",
    b"",
    b"success\n",
    b"Microsoft Connect Test",
    b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
    "<html><head><title>Википедия</title></head><body>Свободная энциклопедия</body></html>".encode(),
]

# What the lab serves for its Pakistan-style blockpage and Indonesian-style injected redirect.
LAB_PK_BODY = (b"<html><head><title>Surf Safely!</title></head><body><p>The site you are trying to access contains "
               b"content that is prohibited for viewership from within Pakistan.</p></body></html>\n")
LAB_ID_BODY = (b"<html><head><title>Internet Positif</title></head><body><h1>Internet Positif</h1>"
               b"<p>Situs ini tidak bisa diakses melalui jaringan ini sesuai peraturan perundang-undangan.</p>"
               b"</body></html>\n")


@pytest.fixture(scope="module")
def shipped() -> tuple[Fingerprint, ...]:
    return load_fingerprints()


def title_of(body: bytes) -> str | None:
    text = body.decode("utf-8", errors="replace")
    start, end = text.lower().find("<title>"), text.lower().find("</title>")
    return text[start + 7:end] if 0 <= start < end else None


# ------------------------------------------------------------------------------------------- shipped file

def test_shipped_fingerprints_cover_the_countries_we_care_about(shipped: tuple[Fingerprint, ...]) -> None:
    assert len(shipped) >= 15
    assert len({f.id for f in shipped}) == len(shipped)
    assert {"PK", "ID", "IR", "RU", "TR", "IN", "MM"} <= {f.country for f in shipped}
    for country in ("PK", "ID"):
        kinds = {f.matcher for f in shipped if f.country == country}
        assert {"body", "location"} <= kinds, country
    assert all(f.description and f.source for f in shipped)


def test_every_shipped_fingerprint_matches_a_response_carrying_its_pattern(shipped: tuple[Fingerprint, ...]) -> None:
    for fp in shipped:
        body, title, headers, status = b"<html></html>", None, {}, 200
        if fp.matcher == "body":
            body = f"<html><body>before {fp.pattern} after</body></html>".encode()
        elif fp.matcher == "title":
            title = f"- {fp.pattern} -"
        elif fp.matcher == "header":
            assert fp.header is not None, f"{fp.id} matches a header but names none"
            headers = {fp.header.title(): f"x {fp.pattern} y"}
        else:
            headers, status = {"Location": f"http://{fp.pattern}/?u=1"}, 302
            found = match_location(shipped, headers["Location"])
            assert found is not None and found.country == fp.country, fp.id
        found = match_blockpage(shipped, status=status, headers=headers, body=body, title=title)
        assert found is not None and found.country == fp.country, fp.id


@pytest.mark.parametrize("body", ORDINARY_PAGES)
def test_ordinary_pages_and_control_answers_match_nothing(shipped: tuple[Fingerprint, ...], body: bytes) -> None:
    headers = {"Server": "nginx", "Content-Type": "text/html"}
    assert match_blockpage(shipped, status=200, headers=headers, body=body, title=title_of(body)) is None
    assert match_location(shipped, "https://x.com/home") is None
    assert match_location(shipped, "https://www.youtube.com/watch?v=dQw4w9WgXcQ") is None


def test_lab_pakistan_blockpage_and_redirect_are_recognised(shipped: tuple[Fingerprint, ...]) -> None:
    found = match_blockpage(shipped, status=200, headers={}, body=LAB_PK_BODY, title=title_of(LAB_PK_BODY))
    assert found is not None and found.id == "pk-pta-prohibited"
    redirect = match_location(shipped, "http://restrict.wateen.net/restrict/?url=x.com")
    assert redirect is not None and redirect.id == "pk-wateen-restrict-redirect"


def test_lab_indonesian_redirect_and_blockpage_are_recognised(shipped: tuple[Fingerprint, ...]) -> None:
    redirect = match_location(shipped, "http://internetpositif.id/")
    assert redirect is not None and redirect.id == "id-internetpositif-redirect"
    found = match_blockpage(shipped, status=200, headers={}, body=LAB_ID_BODY, title=None)
    assert found is not None and found.id == "id-regulation-notice"
    by_title = match_blockpage(shipped, status=200, headers={}, body=b"<html></html>", title="Internet Positif")
    assert by_title is not None and by_title.id == "id-internet-positif-title"


def test_iran_iframe_blockpage_is_recognised(shipped: tuple[Fingerprint, ...]) -> None:
    body = (b'<html><head><title>M1-2</title></head><body><iframe src="http://10.10.34.34?type=Invalid Site&'
            b'policy=MainPolicy " style="width: 100%; height: 100%"></iframe></body></html>')
    found = match_blockpage(shipped, status=200, headers={}, body=body, title="M1-2")
    assert found is not None and found.id == "ir-private-iframe"


# --------------------------------------------------------------------------------------------- matchers

CUSTOM = """\
format = 1

[[fingerprint]]
id = "t-body"
country = "PK"
description = "Body matcher."
source = "test"
body_contains = "Blocked By Order"

[[fingerprint]]
id = "t-title"
country = "ID"
description = "Title matcher."
source = "test"
title_contains = "Situs Diblokir"

[[fingerprint]]
id = "t-header"
country = "AE"
description = "Header matcher."
source = "test"
header = "X-Filter"
header_contains = "WireFilter"

[[fingerprint]]
id = "t-location"
country = "ID"
description = "Location matcher."
source = "test"
location_contains = "block.example.net/notice"

[[fingerprint]]
id = "t-body-later"
country = "RU"
description = "A broader body matcher listed after t-body."
source = "test"
body_contains = "Blocked"
"""


@pytest.fixture
def custom(tmp_path: Path) -> tuple[Fingerprint, ...]:
    path = tmp_path / "blockpages.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    return load_fingerprints(path)


def match(fps: tuple[Fingerprint, ...], *, status: int | None = 200, headers: dict[str, str] | None = None,
          body: bytes = b"", title: str | None = None) -> str | None:
    found = match_blockpage(fps, status=status, headers=headers or {}, body=body, title=title)
    return found.id if found is not None else None


def test_loader_reads_each_matcher_kind(custom: tuple[Fingerprint, ...]) -> None:
    assert [(f.id, f.matcher, f.pattern) for f in custom] == [
        ("t-body", "body", "Blocked By Order"), ("t-title", "title", "Situs Diblokir"),
        ("t-header", "header", "WireFilter"), ("t-location", "location", "block.example.net/notice"),
        ("t-body-later", "body", "Blocked")]
    assert custom[2].header == "x-filter"


def test_body_matcher(custom: tuple[Fingerprint, ...]) -> None:
    assert match(custom, body=b"<p>Blocked By Order of the PTA</p>") == "t-body"
    assert match(custom, body=b"\xff\xfe<p>Blocked By Order</p>\xc3") == "t-body"  # undecodable bytes are replaced
    assert match(custom, body=b"<p>blocked by order</p>") is None  # case-sensitive
    assert match(custom, body=b"<p>Nothing to see</p>") is None
    assert match(custom, body=b"<p>Blocked, said the sign</p>") == "t-body-later"  # first match in file order


def test_title_matcher(custom: tuple[Fingerprint, ...]) -> None:
    assert match(custom, title="Maaf - Situs Diblokir") == "t-title"
    assert match(custom, title="situs diblokir") is None
    assert match(custom, title=None, body=b"<title>Situs Diblokir</title>") is None  # only the extracted title counts


def test_header_matcher(custom: tuple[Fingerprint, ...]) -> None:
    assert match(custom, headers={"x-filter": "Protected by WireFilter 8000"}) == "t-header"
    assert match(custom, headers={"X-FILTER": "WireFilter"}) == "t-header"  # header names ignore case
    assert match(custom, headers={"X-Filter": "wirefilter"}) is None  # values do not
    assert match(custom, headers={"Server": "WireFilter"}) is None  # another header


def test_location_matcher(custom: tuple[Fingerprint, ...]) -> None:
    assert match_location(custom, "http://Block.Example.NET/notice?u=x.com")
    assert match_location(custom, "http://block.example.net/other") is None
    assert match_location(custom, "https://x.com/") is None
    redirect = {"Location": "http://block.example.net/notice"}
    assert match(custom, status=302, headers=redirect) == "t-location"
    assert match(custom, status=200, headers=redirect) is None  # only a redirect's target counts
    assert match(custom, status=None, headers=redirect) is None


def test_httpx_headers_work_as_the_mapping(custom: tuple[Fingerprint, ...]) -> None:
    import httpx
    headers = httpx.Headers([("X-Filter", "WireFilter")])
    assert match_blockpage(custom, status=200, headers=headers, body=b"", title=None) is custom[2]


# ------------------------------------------------------------------------------------------- validation

ENTRY = '[[fingerprint]]\nid = "fp"\ncountry = "PK"\ndescription = "d"\nsource = "s"\n'


@pytest.mark.parametrize(("text", "entry", "problem"), [
    ("format = 1\n[[fingerprint]\n", "line 2", "not valid TOML"),
    (ENTRY + 'body_contains = "Blocked"\n', "format", "is missing"),
    ("format = 3\n" + ENTRY + 'body_contains = "Blocked"\n', "format", "reads format 1"),
    ("format = 1\nfingerprints = []\n", "top level", "missing fingerprint"),
    ("format = 1\nfingerprint = 3\n", "fingerprint", "[[fingerprint]] tables"),
    ("format = 1\n" + ENTRY, 'fingerprint 1 ("fp")', "matchers none"),
    ("format = 1\n" + ENTRY + 'body_contains = "Blocked"\ntitle_contains = "Blocked"\n', 'fingerprint 1 ("fp")',
     "matchers body_contains, title_contains"),
    ("format = 1\n" + ENTRY + 'header_contains = "WireFilter"\n', 'fingerprint 1 ("fp")', "`header` and"),
    ("format = 1\n" + ENTRY + 'header = "Server"\nbody_contains = "Blocked"\n', 'fingerprint 1 ("fp")',
     "`header` and"),
    ("format = 1\n" + ENTRY + 'header = "Location"\nheader_contains = "block.example"\n',
     'fingerprint 1 ("fp") header', "use location_contains"),
    ("format = 1\n" + ENTRY + 'header = "X Filter"\nheader_contains = "WireFilter"\n',
     'fingerprint 1 ("fp") header', "header name"),
    ("format = 1\n" + ENTRY + 'body_contains = "ab"\n', 'fingerprint 1 ("fp") body_contains', "at least 4"),
    ("format = 1\n" + ENTRY.replace('"PK"', '"pk"') + 'body_contains = "Blocked"\n',
     'fingerprint 1 ("fp") country', "ISO 3166-1"),
    ("format = 1\n" + ENTRY.replace('"fp"', '"Bad Id"') + 'body_contains = "Blocked"\n',
     'fingerprint 1 ("Bad Id")', "invalid id"),
    ("format = 1\n" + ENTRY.replace('source = "s"\n', "") + 'body_contains = "Blocked"\n',
     'fingerprint 1 ("fp")', "missing source"),
    ("format = 1\n" + ENTRY + 'body_contains = "Blocked"\nregex = ".*"\n', 'fingerprint 1 ("fp")',
     "unknown key regex"),
    ("format = 1\n" + ENTRY + "body_contains = 42\n", 'fingerprint 1 ("fp") body_contains', "non-empty string"),
    ("format = 1\n" + ENTRY + 'body_contains = "Blocked"\n' + ENTRY + 'body_contains = "Other"\n',
     'fingerprint 2 ("fp")', "repeats an id"),
])
def test_malformed_fingerprint_file_is_refused(tmp_path: Path, text: str, entry: str, problem: str) -> None:
    path = tmp_path / "blockpages.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_fingerprints(path)
    assert info.value.file == str(path)
    assert info.value.entry.startswith(entry), info.value.entry
    assert problem in info.value.problem


def test_missing_fingerprint_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as info:
        load_fingerprints(tmp_path / "none.toml")
    assert "cannot be read" in info.value.problem
