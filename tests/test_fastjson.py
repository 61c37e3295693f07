"""fastjson reads what the standard library reads, the same way, including where orjson alone would differ."""

from __future__ import annotations

import json

import pytest

from desktop_app.common import fastjson


@pytest.mark.parametrize("raw", [b'{"a":1,"b":[1.5,"x"]}', b'{"n":123456789012345678901234}',
                                 b'[-98765432109876543210]', b'{"v":NaN}', b'{"s":"\\u00e9"}', b'{"d":1,"d":2}'])
def test_loads_agrees_with_the_standard_library(raw):
    got, want = fastjson.loads(raw), json.loads(raw)
    assert json.dumps(got) == json.dumps(want) and type(got) is type(want)


def test_loads_keeps_long_integers_exact():
    assert fastjson.loads(b'{"n":123456789012345678901234}')["n"] == 123456789012345678901234


def test_dumps_compact_writes_what_orjson_cannot():
    assert json.loads(fastjson.dumps_compact({"n": 2 ** 70, "s": "é"})) == {"n": 2 ** 70, "s": "é"}
    assert fastjson.dumps_compact({"a": [1, None]}) == b'{"a":[1,null]}'


def test_what_the_log_writes_reads_the_same_either_way():
    from desktop_app.store.hashing import canonical
    raw = canonical({"n": 2 ** 53 - 1, "f": 0.1, "s": "پاکستان", "l": [None, True]})
    assert fastjson.loads_logged(raw) == json.loads(raw)
