"""The collection's folder and its DuckDB database: private to the owner, one schema, errors as sentences.

COLLECTION/collection.duckdb holds what was ingested; COLLECTION/bundles/<sha256>.zip are the accepted bundles
byte for byte; COLLECTION/incoming/ holds a bundle being received (emptied on open: never trusted, never counted).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from desktop_app.common.errors import CollectFailure

DB_NAME = "collection.duckdb"
BUNDLES = "bundles"
INCOMING = "incoming"
SCHEMA_VERSION = 2  # 2: the cells rollup
CELL_S = 600  # the rollup's bucket; never more than the incident gap (store.incidents.MERGE_GAP_S), see queries.py
UNKNOWN_NETWORK = "unknown network"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS signers (fingerprint VARCHAR PRIMARY KEY, label VARCHAR NOT NULL,
                                    registered_at DOUBLE NOT NULL);
CREATE TABLE IF NOT EXISTS bundles (sha256 VARCHAR PRIMARY KEY, signer VARCHAR NOT NULL, received_at DOUBLE NOT NULL,
                                    source VARCHAR NOT NULL, size BIGINT NOT NULL, measurements BIGINT NOT NULL,
                                    new_measurements BIGINT NOT NULL, range_since VARCHAR, range_until VARCHAR,
                                    platforms VARCHAR);
CREATE TABLE IF NOT EXISTS rejections (sha256 VARCHAR NOT NULL, received_at DOUBLE NOT NULL, source VARCHAR NOT NULL,
                                       check_name VARCHAR NOT NULL, detail VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (signer VARCHAR NOT NULL, seq BIGINT NOT NULL, hash VARCHAR NOT NULL,
                                   started_at DOUBLE, asn VARCHAR, isp VARCHAR, country VARCHAR,
                                   bundle VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS measurements (signer VARCHAR NOT NULL, seq BIGINT NOT NULL, block_hash VARCHAR NOT NULL,
                                         leaf INTEGER NOT NULL, bundle VARCHAR NOT NULL, measured_at DOUBLE NOT NULL,
                                         platform VARCHAR NOT NULL, verdict VARCHAR NOT NULL, asn VARCHAR,
                                         isp VARCHAR, country VARCHAR);
CREATE TABLE IF NOT EXISTS cells (platform VARCHAR NOT NULL, network VARCHAR NOT NULL, signer VARCHAR NOT NULL,
                                  verdict VARCHAR NOT NULL, bucket BIGINT NOT NULL, n BIGINT NOT NULL,
                                  first DOUBLE NOT NULL, last DOUBLE NOT NULL);
"""

# The rollup the summary, incidents and charts read: per platform, network, signer, verdict and CELL_S bucket, how
# many distinct measurements and the first and last of them. Built only from rows just added to `measurements`
# (after the duplicates were left out), in the same transaction, so it never counts a measurement twice. Rows are
# appended batch by batch (a bucket may have several rows); every reader sums them.
CELLS_OF = f"""
SELECT platform, coalesce(asn, '{UNKNOWN_NETWORK}') AS network, signer, verdict,
       CAST(floor(measured_at / {CELL_S}) AS BIGINT) AS bucket, count(*) AS n, min(measured_at) AS first,
       max(measured_at) AS last
FROM {{source}} GROUP BY ALL
"""


class CollectionError(CollectFailure):
    """The collection cannot be opened or written; the message is one sentence a person can act on."""


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def bundles(self) -> Path:
        return self.root / BUNDLES

    @property
    def incoming(self) -> Path:
        return self.root / INCOMING

    def bundle(self, sha256: str) -> Path:
        return self.bundles / f"{sha256}.zip"


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def prepare(root: Path, create: bool = True) -> Layout:
    """The collection's folders (made, owner-only, when `create`)."""
    layout = Layout(Path(root).expanduser())
    if not create and not layout.db.is_file():
        raise CollectionError(f"{layout.root} is not a collection yet; add a bundle to it first with "
                              f"`vantage collect add {layout.root} FILE.zip`.")
    if layout.root.exists() and not layout.root.is_dir():
        raise CollectionError(f"{layout.root} is a file, not a folder; choose a folder for the collection.")
    try:
        for path in (layout.root, layout.bundles, layout.incoming):
            _private_dir(path)
    except OSError as exc:
        raise CollectionError(f"The collection folder {layout.root} cannot be used ({exc.strerror}); choose a "
                              "folder you can write to.") from None
    return layout


@contextlib.contextmanager
def connect(root: Path, create: bool = True, read_only: bool = False) -> Iterator[tuple[Layout, Any]]:
    """The collection's layout and a DuckDB connection to it, closed on the way out."""
    layout = prepare(root, create)
    old = os.umask(0o077)  # DuckDB creates its files (and its WAL) with the process's umask
    try:
        con = duckdb.connect(str(layout.db), read_only=read_only and layout.db.exists())
    except duckdb.Error as exc:
        raise CollectionError(f"The collection database {layout.db} cannot be opened ({_first_line(exc)}); close "
                              "any other window or command using this collection and try again.") from None
    finally:
        os.umask(old)
    try:
        if not read_only:
            con.execute(SCHEMA)
            # Only the process holding the database's write lock gets here: a copy left by one that was killed
            # was never counted, so it goes.
            for stray in layout.incoming.iterdir():
                stray.unlink(missing_ok=True)
            _upgrade(con)
        for path in (layout.db, layout.db.with_name(layout.db.name + ".wal")):
            if path.exists():
                os.chmod(path, 0o600)
        yield layout, con
    finally:
        con.close()


def _upgrade(con: Any) -> None:
    """A collection made before the rollup gets it, built from its rows (once, in one transaction)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is not None and int(row[0]) >= SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        rebuild_cells(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def rebuild_cells(con: Any) -> None:
    """The rollup made again from every row (inside the caller's transaction)."""
    con.execute("DELETE FROM cells")
    con.execute("INSERT INTO cells " + CELLS_OF.format(source="measurements"))


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
