"""Blockpage fingerprints: the shipped file loads, each matcher matches what it should and nothing else."""

from __future__ import annotations

import pytest

from desktop_app.probes.fingerprints import load_fingerprints, match_blockpage, match_location
from desktop_app.probes.targets import CatalogueError

ORDINARY = b"<html><head><title>News</title></head><body>Welcome to the news.</body></html>"


@pytest.fixture(scope="module")
def shipped():
    return load_fingerprints()


def test_shipped_file_loads_with_many_countries(shipped):
    assert len(shipped) >= 15
    assert {"PK", "ID", "IR", "RU", "TR", "IN"} <= {f.country for f in shipped}
    assert len({f.id for f in shipped}) == len(shipped)


def test_body_fingerprint(shipped):
    page = (b"<html><title>Surf Safely!</title>The site you are trying to access contains content that is "
            b"prohibited for viewership from within Pakistan.</html>")
    assert match_blockpage(shipped, status=200, headers={}, body=page, title="Surf Safely!").id == "pk-pta-prohibited"
    assert match_blockpage(shipped, status=200, headers={}, body=ORDINARY, title="News") is None


def test_title_fingerprint(shipped):
    fp = match_blockpage(shipped, status=200, headers={}, body=b"", title="Internet Positif - blocked")
    assert fp is not None and fp.country == "ID"
    assert match_blockpage(shipped, status=200, headers={}, body=b"", title="Positive internet news") is None


def test_location_fingerprint_is_case_insensitive(shipped):
    assert match_location(shipped, "http://InternetPositif.id/?u=x").id == "id-internetpositif-redirect"
    assert match_location(shipped, "https://www.youtube.com/") is None
    redirect = match_blockpage(shipped, status=302, headers={"Location": "http://warning.rt.ru/?id=1"}, body=b"",
                               title=None)
    assert redirect is not None and redirect.country == "RU"
    # A Location header on a 200 is not a redirect.
    assert match_blockpage(shipped, status=200, headers={"Location": "http://warning.rt.ru/"}, body=b"",
                           title=None) is None


def test_header_fingerprint(tmp_path):
    path = tmp_path / "fp.toml"
    path.write_text('format = 1\n[[fingerprint]]\nid = "xx-proxy"\ncountry = "XX"\ndescription = "d"\n'
                    'source = "s"\nheader = "Server"\nheader_contains = "CensorBox"\n')
    fps = load_fingerprints(path)
    assert match_blockpage(fps, status=200, headers={"server": "CensorBox/2"}, body=b"", title=None).id == "xx-proxy"
    assert match_blockpage(fps, status=200, headers={"server": "nginx"}, body=b"", title=None) is None


@pytest.mark.parametrize("body,problem", [
    ('[[fingerprint]]\nid = "a"\ncountry = "PK"\ndescription = "d"\nsource = "s"\nbody_contains = "long enough"\n',
     "format"),
    ('format = 1\n[[fingerprint]]\nid = "a"\ncountry = "Pakistan"\ndescription = "d"\nsource = "s"\n'
     'body_contains = "long enough"\n', "country"),
    ('format = 1\n[[fingerprint]]\nid = "a"\ncountry = "PK"\ndescription = "d"\nsource = "s"\n', "matcher"),
    ('format = 1\n[[fingerprint]]\nid = "a"\ncountry = "PK"\ndescription = "d"\nsource = "s"\n'
     'body_contains = "long enough"\ntitle_contains = "also"\n', "one"),
    ('format = 1\n[[fingerprint]]\nid = "a"\ncountry = "PK"\ndescription = "d"\nsource = "s"\n'
     'body_contains = "long enough"\n[[fingerprint]]\nid = "a"\ncountry = "PK"\ndescription = "d"\n'
     'source = "s"\nbody_contains = "other text"\n', "repeats"),
    ('format = 1\n[[fingerprint]\n', "line"),
])
def test_malformed_files_name_the_file_and_the_problem(tmp_path, body, problem):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(CatalogueError) as caught:
        load_fingerprints(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value).lower() or problem in caught.value.problem.lower()
