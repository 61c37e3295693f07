"""Decompressing stored blocks: payloads are zstd against the raw content of their keyframe block."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict

import zstandard

from desktop_app.store.errors import StoreError

DICT_CACHE = 4


class BlockCodec:
    """Keeps the few keyframe dictionaries in use; one per connection, used from that connection's thread."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._dicts: OrderedDict[int, zstandard.ZstdCompressionDict] = OrderedDict()
        # A decompressor per keyframe in use: making one loads its dictionary, which costs three times what
        # decompressing a sweep with it does (a month's export reads 86,000 headers and payloads).
        self._decompressors: dict[int, zstandard.ZstdDecompressor] = {}
        self._plain = zstandard.ZstdDecompressor()

    def dictionary(self, keyframe: int) -> zstandard.ZstdCompressionDict:
        cached = self._dicts.get(keyframe)
        if cached is None:
            row = self._conn.execute("SELECT header, payload FROM blocks WHERE seq = ? AND dict_seq IS NULL",
                                     (keyframe,)).fetchone()
            if row is None:
                raise StoreError(f"The history is damaged: block {keyframe}, which later blocks need to be read, is "
                                 f"missing. Run `vantage log verify` to see what still verifies.")
            plain = zstandard.ZstdDecompressor()
            raw = plain.decompress(row[0]) + b"\n" + plain.decompress(row[1])
            cached = zstandard.ZstdCompressionDict(raw, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
            self._dicts[keyframe] = cached
            while len(self._dicts) > DICT_CACHE:
                dropped, _ = self._dicts.popitem(last=False)
                self._decompressors.pop(dropped, None)
        else:
            self._dicts.move_to_end(keyframe)
        return cached

    def decompress(self, dict_seq: int | None, payload: bytes) -> bytes:
        if dict_seq is None:
            return self._plain.decompress(payload)
        dictionary = self.dictionary(dict_seq)  # first: it keeps the keyframe's place in the cache
        decompressor = self._decompressors.get(dict_seq)
        if decompressor is None:
            decompressor = self._decompressors[dict_seq] = zstandard.ZstdDecompressor(dict_data=dictionary)
        return decompressor.decompress(payload)
