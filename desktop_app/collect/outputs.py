"""The collection for others: Parquet partitioned by day, CSV and OONI's form, one row per measurement.

Every row says where it came from (signer, bundle SHA-256, block and leaf), so anyone can go back to the signed
bundle. Networks appear, addresses never: the OONI form is rebuilt from the records with every IP withheld,
whatever a bundle disclosed. With `pseudonymise`, signers are named by label or pseudonym, not by key.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from desktop_app.collect.ingest import zip_lines
from desktop_app.collect.queries import signer_names
from desktop_app.collect.store import CollectionError, Layout
from desktop_app.common import fastjson
from desktop_app.evidence import names
from desktop_app.evidence.formats.ooni import OoniCache, OoniSweep

# One row per measurement with its provenance; `signer` is the fingerprint or, pseudonymised, the public name.
ROWS_SQL = """
SELECT strftime(make_timestamp(CAST(round(m.measured_at * 1e6) AS BIGINT)), '%Y-%m-%d') AS day,
       make_timestamp(CAST(round(m.measured_at * 1e6) AS BIGINT)) AS measured_at,
       m.platform, m.verdict, m.asn, m.isp, m.country,
       coalesce(n.name, m.signer) AS signer, m.bundle, m.seq AS block, m.block_hash, m.leaf
FROM measurements m LEFT JOIN signer_name n ON n.fingerprint = m.signer
"""


def _names_table(con: Any, pseudonymise: bool) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE signer_name (fingerprint VARCHAR, name VARCHAR)")
    mapping = signer_names(con, pseudonymise) if pseudonymise else {}
    if mapping:
        con.executemany("INSERT INTO signer_name VALUES (?, ?)", list(mapping.items()))


def export_parquet(con: Any, dest: Path, pseudonymise: bool = False) -> int:
    """Write DEST/day=YYYY-MM-DD/*.parquet (Hive partitions); DEST must be new or empty."""
    dest = Path(dest).expanduser()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise CollectionError(f"{dest} already holds files; give a new or empty folder for the Parquet export.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    _names_table(con, pseudonymise)
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    try:
        out = work / "data"
        con.execute(f"COPY ({ROWS_SQL} ORDER BY m.measured_at, m.signer, m.seq, m.leaf) TO '{_sql_path(out)}' "
                    "(FORMAT parquet, PARTITION_BY (day), COMPRESSION zstd)")
        count = int(con.execute("SELECT count(*) FROM measurements").fetchone()[0])
        if dest.exists():
            dest.rmdir()
        if count == 0:
            out.mkdir()
        os.replace(out, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return count


def export_csv(con: Any, dest: Path, pseudonymise: bool = False) -> int:
    dest = Path(dest).expanduser()
    _names_table(con, pseudonymise)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        con.execute(f"COPY ({ROWS_SQL} ORDER BY m.measured_at, m.signer, m.seq, m.leaf) TO '{_sql_path(partial)}' "
                    "(FORMAT csv, HEADER)")
        os.chmod(partial, 0o600)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return int(con.execute("SELECT count(*) FROM measurements").fetchone()[0])


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def export_ooni(con: Any, layout: Layout, dest: Path) -> int:
    """Every measurement once, in OONI's form (JSON lines; gzipped when DEST ends in .gz), from the bundle that
    first brought it, with every address withheld."""
    dest = Path(dest).expanduser()
    partial = dest.with_name(f".{dest.name}.partial")
    count = 0
    try:
        with (gzip.open(partial, "wb") if dest.suffix == ".gz" else open(partial, "wb")) as out:
            for (sha256,) in con.execute("SELECT sha256 FROM bundles ORDER BY received_at, sha256").fetchall():
                wanted = {(s, i) for s, i in con.execute("SELECT seq, leaf FROM measurements WHERE bundle = ?",
                                                         [sha256]).fetchall()}
                if wanted:
                    count += _ooni_lines(layout.bundle(sha256), wanted, out)
        os.chmod(partial, 0o600)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _ooni_lines(bundle: Path, wanted: set[tuple[int, int]], out: Any) -> int:
    count = 0
    try:
        with zipfile.ZipFile(bundle) as archive:
            contexts, seeds = {}, {}
            for line in zip_lines(archive, names.BLOCKS):  # each block header's own bytes, as the log hashed them
                header = fastjson.loads(line)
                contexts[int(header["seq"])] = header["context"]
                seeds[int(header["seq"])] = hashlib.sha256(line).hexdigest()  # as the exporter seeds its ids
            sweeps: dict[int, OoniSweep] = {}
            cache = OoniCache()
            for raw, proof_raw in zip(zip_lines(archive, names.MEASUREMENTS), zip_lines(archive, names.PROOFS),
                                      strict=False):
                proof = fastjson.loads(proof_raw)
                seq, leaf = int(proof["seq"]), int(proof["index"])
                if (seq, leaf) not in wanted:
                    continue
                if seq not in sweeps:
                    sweeps = {seq: OoniSweep(contexts[seq], seed=seeds[seq],
                                             redact_ip=True, disclosed={}, cache=cache)}
                out.write(fastjson.dumps_compact(sweeps[seq].convert(fastjson.loads(raw))) + b"\n")
                count += 1
    except (OSError, zipfile.BadZipFile) as exc:
        raise CollectionError(f"The stored bundle {bundle.name} cannot be read ({exc}); the collection's "
                              "bundles folder was changed outside Vantage.") from None
    return count

