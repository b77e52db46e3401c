#!/usr/bin/env python3
"""roster on PostgreSQL against PostgreSQL's own tools, on the same files.

Run through the throwaway server (it needs ROSTER_TEST_POSTGRES and psql):

    scripts/with-postgres.sh python3 bench/postgres.py --rows 100000

Figures (medians of --runs alternated runs, each in a fresh database):
  (a) import of N authorisations over verified enterprises (100, or one
      per 1,000 rows), every rule
      checked and every row audited, against `psql \\copy` of the same file
      into a table with the same unique key (douyin_id);
  (b) `roster auth show` of one of them, as a whole process, against
      `psql -c` of the SELECT of that row, as a whole process;
  (c) `roster auth modify` of one of them (new modules, audited), against
      `psql -c` of the UPDATE of that row;
  (d) `roster --format jsonl export authorizations` of all N, against
      `psql` copying the same rows, ordered the same, out as JSON lines.
Each import's summary is checked (every row created, none failed), and its
peak memory is reported.
Uses the generators of bench/harness.py; standard library only.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402

NOW = "2026-02-13T09:00:00+08:00"
# Enterprises at the top growth level hold 1,000 seats each (EN-3): at
# least 100, and enough for every row.
SEATS = 1000


def with_db(url: str, name: str) -> str:
    scheme, rest = url.split("://", 1)
    authority, _, query = rest.partition("?")
    host = authority.split("/", 1)[0]
    return f"{scheme}://{host}/{name}" + (f"?{query}" if query else "")


def psql(url: str, *args: str, stdin=None) -> float:
    t = time.perf_counter()
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, *args],
                   check=True, stdout=subprocess.DEVNULL, stdin=stdin)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--roster", default="target/release/roster")
    a = ap.parse_args()
    admin = os.environ.get("ROSTER_TEST_POSTGRES")
    if not admin or not shutil.which("psql"):
        print("bench/postgres.py: run it through scripts/with-postgres.sh (needs psql)", file=sys.stderr)
        return 2
    roster = str(Path(a.roster).resolve())
    work = Path(tempfile.mkdtemp(prefix="roster-pgbench."))
    key = work / "bench.key"
    orgs = work / "orgs.csv"
    auths = work / "auths.csv"
    n_orgs = max(100, -(-a.rows // SEATS))
    harness.write_orgs(orgs, "e", range(n_orgs))
    harness.write_auths(auths, "e", n_orgs, 0, a.rows)
    env = dict(os.environ, ROSTER_NOW=NOW, ROSTER_ACTOR="bench", ROSTER_KEY_FILE=str(key))

    def run(db: str, *args: str, fmt: str = "--json") -> float:
        t = time.perf_counter()
        subprocess.run([roster, "--db", db, *fmt.split(), *args], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - t

    def run_import(db: str) -> float:
        t = time.perf_counter()
        out = subprocess.run([roster, "--db", db, "--json", "import", "authorizations",
                              str(auths), "--agree"], env=env, check=True,
                             stdout=subprocess.PIPE).stdout
        t = time.perf_counter() - t
        summary = json.loads(out)
        if summary["created"] != a.rows or summary["failed"] != 0 or not summary["landed"]:
            raise SystemExit(f"bench/postgres.py: the import did not land every row: {out[:400]!r}")
        return t

    imports, copies, shows, selects, modifies, updates = [], [], [], [], [], []
    exports, dumps = [], []
    export_sql = ("SELECT row_to_json(x) FROM (SELECT o.handle AS org, a.douyin_id, a.modules, "
                  "a.valid_until, a.status FROM authorizations a JOIN orgs o ON o.id = a.org_id "
                  "ORDER BY o.handle, a.douyin_id) x")
    for i in range(a.runs):
        name = f"bench_{os.getpid()}_{i}"
        psql(admin, "-c", f"CREATE DATABASE {name}")
        db = with_db(admin, name)
        run(db, "import", "orgs", str(orgs))
        t = run_import(db)
        imports.append(t)
        # The largest child so far is the import (psql and the orgs import are small).
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        harness.log(f"(a) roster import {a.rows:,} rows, run {i + 1}: {t:.2f} s "
                    f"({a.rows / t:,.0f} rows/s, peak RSS {rss:.1f} MiB)")
        peer = f"peer_{os.getpid()}_{i}"
        psql(admin, "-c", f"CREATE DATABASE {peer}")
        pdb = with_db(admin, peer)
        psql(pdb, "-c", "CREATE TABLE auths (org text NOT NULL, douyin_id text PRIMARY KEY, "
                        "modules text NOT NULL, valid_until date)")
        t = psql(pdb, "-c", f"\\copy auths FROM '{auths}' WITH (FORMAT csv, HEADER true)")
        copies.append(t)
        harness.log(f"(a) psql \\copy {a.rows:,} rows, run {i + 1}: {t:.2f} s")
        # (d) checked once: every row out, one line each.
        out = subprocess.run([roster, "--db", db, "--format", "jsonl", "export", "authorizations"],
                             env=env, check=True, stdout=subprocess.PIPE).stdout
        lines = out.count(b"\n")
        if lines != a.rows:
            raise SystemExit(f"bench/postgres.py: the export wrote {lines:,} lines, not {a.rows:,}")
        del out
        exports.append(run(db, "export", "authorizations", fmt="--format jsonl"))
        dumps.append(psql(db, "-c", f"\\copy ({export_sql}) TO STDOUT"))
        harness.log(f"(d) export {a.rows:,} rows, run {i + 1}: {exports[-1]:.2f} s; psql {dumps[-1]:.2f} s")
        for j in range(10):
            dy = harness.douyin_id((j * 7919 + i) % a.rows)
            shows.append(run(db, "auth", "show", dy))
            selects.append(psql(db, "-c", f"SELECT * FROM authorizations WHERE douyin_id = '{dy}'"))
            mods = "backend.live" if j % 2 else "backend.video"
            modifies.append(run(db, "auth", "modify", dy, "--modules", mods))
            updates.append(psql(db, "-c", f"UPDATE authorizations SET modules = ARRAY['{mods}'] "
                                          f"WHERE douyin_id = '{dy}'"))
    shutil.rmtree(work)
    m = statistics.median
    rows = [
        (f"(a) import {a.rows:,} authorisations", m(imports), m(copies), "s", 2.0),
        ("(b) auth show, whole process", m(shows) * 1000, m(selects) * 1000, "ms", 2.0),
        ("(c) auth modify, whole process", m(modifies) * 1000, m(updates) * 1000, "ms", 2.0),
        (f"(d) export {a.rows:,} authorisations as JSON Lines", m(exports), m(dumps), "s", 2.0),
    ]
    print("| figure | roster on PostgreSQL | psql | ratio | goal |")
    print("|---|---|---|---|---|")
    for what, r, p, unit, goal in rows:
        ratio = r / p
        print(f"| {what} | {r:.2f} {unit} | {p:.2f} {unit} | {ratio:.1f}× | ≤ {goal:g}× "
              f"{'met' if ratio <= goal else 'NOT met'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
