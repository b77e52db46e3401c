#!/usr/bin/env python3
"""roster benchmark harness: roster against a peer, run alternately.

Standard library only (python 3.11). Needs the release binary (scripts/bench.sh
builds it) and, for the peer figures, the `sqlite3` shell. Everything it
generates lives in a temp dir (or --keep DIR) that is removed at the end.
See bench/README.md for the figures and their goals.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024

# --- the timeline ---------------------------------------------------------
# Invitations lapse 48 h after they are sent (policy.invite_ttl_hours).
T_ORGS = "2026-02-10T09:00:00+08:00"   # orgs created and verified
T_EARLY = "2026-02-11T09:00:00+08:00"  # the due invitations: lapse 02-13 09:00
T_LATE = "2026-02-12T09:00:00+08:00"   # every other invitation: lapse 02-14 09:00
T_READ = "2026-02-12T12:00:00+08:00"   # (b), (d), idle sweep: nothing has lapsed
T_SWEEP = "2026-02-13T12:00:00+08:00"  # only the early invitations have lapsed
T_IMPORT = "2026-02-13T09:00:00+08:00"  # (a) and (e)

LIVE = "('invited', 'reviewing', 'active', 'rejected')"


def utc(instant: str) -> str:
    """roster's stored form of an instant: UTC, seconds, Z."""
    t = dt.datetime.fromisoformat(instant).astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class BenchError(Exception):
    pass


# --- identity numbers and credit codes ----------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
# roster's alphabet (src/domain/validate/credit.rs): 31 characters, no I O S V Z
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORGCODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714, positions 9-17


def identity_number(region: str, born: dt.date, seq: int) -> str:
    """A valid GB 11643 resident identity number (seq 0..999)."""
    body = f"{region}{born:%Y%m%d}{seq % 1000:03d}"
    s = sum(int(c) * w for c, w in zip(body, ID_WEIGHTS))
    return body + ID_CHECK[s % 11]


def person_id(i: int, region: str = "110105", first: dt.date = dt.date(1985, 1, 1)) -> str:
    """The i-th distinct identity number: one birth day per 1000."""
    return identity_number(region, first + dt.timedelta(days=i // 1000), i % 1000)


def credit_code(i: int) -> str:
    """A valid GB 32100 unified social credit code; the organisation code in
    positions 9-17 carries a valid GB 11714 check digit too."""
    org_body = f"{i:08d}"
    c9 = 11 - sum(int(c) * w for c, w in zip(org_body, ORGCODE_WEIGHTS)) % 11
    org_code = org_body + {10: "X", 11: "0"}.get(c9, str(c9))
    body = "91" + "110108" + org_code
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    return body + USCC_ALPHABET[(31 - s % 31) % 31]


def self_check() -> None:
    # the examples roster's own tests use
    body = "91350100M000100Y4"
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    assert body + USCC_ALPHABET[(31 - s % 31) % 31] == "91350100M000100Y43"
    assert identity_number("110105", dt.date(1949, 12, 31), 2) == "11010519491231002X"


# --- generated files --------------------------------------------------------

def org_handle(prefix: str, i: int) -> str:
    return f"{prefix}{i:05d}"


def write_orgs(path: Path, prefix: str, indices) -> int:
    n = 0
    with open(path, "w", newline="") as f:
        f.write("kind,handle,name,uscc,legal_rep_name,legal_rep_id,verified,level\n")
        for i in indices:
            f.write(
                f"enterprise,{org_handle(prefix, i)},Bench Enterprise {i},{credit_code(i)},"
                f"Legal Rep {i},{person_id(i, '310104', dt.date(1970, 1, 1))},yes,black-diamond-2\n"
            )
            n += 1
    return n


def douyin_id(i: int) -> str:
    return f"dy{i:09d}"


def write_auths(path: Path, prefix: str, norgs: int, start: int, count: int, only_org: int | None = None) -> int:
    """Rows start..start+count-1; row i belongs to org i % norgs."""
    n = 0
    with open(path, "w", newline="") as f:
        f.write("org,douyin_id,modules,valid_until\n")
        buf = []
        for i in range(start, start + count):
            o = i % norgs
            if only_org is not None and o != only_org:
                continue
            buf.append(f"{org_handle(prefix, o)},{douyin_id(i)},backend.video,2027-12-31\n")
            n += 1
            if len(buf) >= 100_000:
                f.writelines(buf)
                buf.clear()
        f.writelines(buf)
    return n


def write_employees(path: Path, org: str, n: int) -> None:
    with open(path, "w", newline="") as f:
        f.write("org,email,holder_name,holder_id,position,proof\n")
        for i in range(n):
            f.write(f"{org},emp{i:06d}@bench.example,Employee {i},{person_id(i, '110105', dt.date(1990, 1, 1))},Staff,sealed\n")


# --- processes ----------------------------------------------------------------

class Result:
    def __init__(self, seconds: float, rss_kib: int, rc: int, out: Path | None, err: Path):
        self.seconds = seconds
        self.rss_mib = rss_kib / 1024  # ru_maxrss is in KiB on Linux
        self.rc = rc
        self.out = out
        self.err = err

    def stdout(self) -> str:
        return self.out.read_text() if self.out else ""

    def json(self):
        try:
            return json.loads(self.stdout())
        except ValueError as e:
            raise BenchError(f"not JSON on stdout ({e}): {self.stdout()[:500]}") from e


# Peak RSS: wait4's ru_maxrss of a child is the largest RSS its process ever
# had, and Linux counts the pre-exec image too (the forked copy of the
# parent). Forked from this harness (which holds generated data) it would
# read tens of MiB too high; so every measured process is forked by a small
# spawner (python -S, plain fork, no vfork), whose own size is the floor
# below which no figure can read ("rss floor" in the header).
SPAWNER = r"""
import os, sys, time, json
for line in sys.stdin.buffer:
    q = json.loads(line)
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            fi = os.open(q["stdin"], os.O_RDONLY)
            fo = os.open(q["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            fe = os.open(q["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fi, 0); os.dup2(fo, 1); os.dup2(fe, 2)
            os.chdir(q["cwd"])
            os.execvpe(q["argv"][0], q["argv"], q["env"])
        except BaseException as e:
            os.write(2, ("spawn: %s\n" % e).encode())
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    t = time.perf_counter() - t0
    sys.stdout.write(json.dumps({"seconds": t, "maxrss": ru.ru_maxrss, "rc": os.waitstatus_to_exitcode(status)}) + "\n")
    sys.stdout.flush()
"""


class Runner:
    def __init__(self, work: Path, roster: Path, config: Path):
        self.work = work
        self.roster = roster
        self.config = config
        self.n = 0
        base = {k: v for k, v in os.environ.items() if not k.startswith("ROSTER_")}
        base.update(ROSTER_ACTOR="bench", ROSTER_CONFIG=str(config), LC_ALL="C.UTF-8")
        self.base_env = base
        self.spawner = subprocess.Popen([sys.executable, "-S", "-c", SPAWNER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=base)
        floor = self.run(["true"], stdout="null", check=False)
        self.floor_mib = floor.rss_mib if floor.rc == 0 else float("nan")

    def close(self):
        if self.spawner.poll() is None:
            self.spawner.stdin.close()
            self.spawner.wait()

    def env(self, db: Path, now: str) -> dict:
        e = dict(self.base_env)
        e.update(ROSTER_DB=str(db), ROSTER_NOW=now)
        return e

    def run(self, argv, *, env=None, stdin: Path | None = None, stdout="file", check=True, what=""):
        """Runs one process (through the spawner); times it from fork to
        reap; reads its peak RSS."""
        self.n += 1
        err = self.work / "log" / f"{self.n:06d}.err"
        out = None
        if stdout == "file":
            out = self.work / "log" / f"{self.n:06d}.out"
        elif stdout != "null":
            raise ValueError(stdout)
        q = dict(argv=[str(x) for x in argv], env=env or self.base_env, cwd=str(self.work),
                 stdin=str(stdin or os.devnull), stdout=str(out or os.devnull), stderr=str(err))
        self.spawner.stdin.write(json.dumps(q) + "\n")
        self.spawner.stdin.flush()
        line = self.spawner.stdout.readline()
        if not line:
            raise BenchError("the spawner process died")
        ans = json.loads(line)
        r = Result(ans["seconds"], ans["maxrss"], ans["rc"], out, err)
        if check and r.rc != 0:
            tail = err.read_text(errors="replace")[-2000:]
            outtail = r.stdout()[-1000:] if out else ""
            raise BenchError(f"{what or argv[0]} exited {r.rc}\n  argv: {' '.join(map(str, argv))}\n  stderr: {tail}\n  stdout: {outtail}")
        return r

    def roster_cmd(self, db: Path, now: str, args, **kw):
        return self.run([str(self.roster), *args], env=self.env(db, now), **kw)

    def sqlite(self, db: Path, *, sql: str | None = None, script: Path | None = None, json_out=False, **kw):
        argv = ["sqlite3", "-bail"]
        if json_out:
            argv.append("-json")
        argv.append(str(db))
        if sql is not None:
            argv.append(sql)
        return self.run(argv, stdin=script, **kw)


def checkpoint(db: Path) -> None:
    """Merges any -wal into the file, so that copying the file copies everything."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    wal = Path(str(db) + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise BenchError(f"{wal} still holds pages after a checkpoint")


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-turn"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()


def fresh_copy(src: Path, dst: Path) -> Path:
    remove_db(dst)
    shutil.copyfile(src, dst)
    wal = Path(str(src) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(dst) + "-wal"))
    # The identity key sits beside its database (roster.db -> roster.key).
    key = src.with_suffix(".key")
    if key.exists():
        shutil.copy2(key, dst.with_suffix(".key"))
    return dst


def query(db: Path, sql: str, params=()):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def median(xs):
    return statistics.median(xs) if xs else None


# --- the table ------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, roster, peer, unit, goal="", met=None, ratio="auto"):
        if ratio == "auto":
            ratio = roster / peer if roster is not None and peer not in (None, 0) else None
        self.rows.append(dict(figure=figure, roster=roster, peer=peer, unit=unit, ratio=ratio, goal=goal, met=met))
        log(f"figure: {figure}: roster {fmt(roster, unit)}, peer {fmt(peer, unit)}"
            f"{'' if ratio is None else f', ratio {ratio:.2f}'}{'' if met is None else ', met ' + yesno(met)}")

    def lines(self):
        head = ["figure", "roster", "peer", "ratio", "goal", "met"]
        body = [[r["figure"], fmt(r["roster"], r["unit"]), fmt(r["peer"], r["unit"]),
                 "—" if r["ratio"] is None else f"{r['ratio']:.2f}", r["goal"] or "—", yesno(r["met"])]
                for r in self.rows]
        return head, body

    def text(self) -> str:
        head, body = self.lines()
        w = [max(len(x) for x in col) for col in zip(head, *body)]
        right = {1, 2, 3}
        def line(cells):
            return "  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i]) for i, c in enumerate(cells)).rstrip()
        return "\n".join([line(head), line(["-" * x for x in w])] + [line(b) for b in body])

    def markdown(self) -> str:
        head, body = self.lines()
        out = ["| " + " | ".join(head) + " |", "|---|---:|---:|---:|---|---|"]
        out += ["| " + " | ".join(c.replace("|", "\\|") for c in b) + " |" for b in body]
        return "\n".join(out)


def fmt(v, unit):
    if v is None:
        return "—"
    if unit == "s":
        return f"{v:.3f} s" if v < 10 else f"{v:.1f} s"
    if unit == "ms":
        return f"{v * 1000:.1f} ms"
    if unit == "rows/s":
        return f"{v:,.0f}/s"
    if unit == "MiB":
        return f"{v:.1f} MiB"
    if unit == "x":
        return f"{v:.2f}×"
    return f"{v}"


def yesno(met):
    return {True: "yes", False: "no", None: "n/a"}[met]


def le(x, goal):
    return None if x is None else x <= goal


# --- the benchmark ------------------------------------------------------------

class Bench:
    def __init__(self, args, work: Path):
        self.a = args
        self.work = work
        (work / "log").mkdir(parents=True, exist_ok=True)
        self.config = work / "config.toml"
        # Raised so that the 10,000-per-org sweep data fits; the 1M data holds
        # exactly the black-diamond-2 quota of 1000 per enterprise anyway.
        self.config.write_text("[policy.quota]\nblack-diamond-2 = 100000000\n")
        self.r = Runner(work, args.roster, self.config)
        self.t = Table()
        self.peer = shutil.which("sqlite3") is not None
        self.cores = len(os.sched_getaffinity(0))
        self.norgs = args.orgs
        self._sweep_dbs = {}
        self._orgs_db = None

    # -- helpers --

    def alternate(self, n, a, b):
        """a(i), b(i), a(i+1), b(i+1) …: lists of results."""
        ra, rb = [], []
        for i in range(n):
            ra.append(a(i))
            if b is not None:
                rb.append(b(i))
        return ra, rb

    def import_auths(self, db: Path, path: Path, now: str, expect: int, what: str) -> Result:
        r = self.r.roster_cmd(db, now, ["--json", "import", "authorizations", str(path), "--agree"], what=what)
        s = r.json()
        if s.get("created") != expect or s.get("failed") != 0 or s.get("rows") != expect:
            raise BenchError(f"{what}: expected {expect} created and none failed, got "
                             f"rows={s.get('rows')} created={s.get('created')} updated={s.get('updated')} "
                             f"unchanged={s.get('unchanged')} failed={s.get('failed')} errors={s.get('errors', [])[:3]}")
        return r

    def orgs_db(self) -> Path:
        """1000 verified black-diamond-2 enterprises, nothing else."""
        if self._orgs_db:
            return self._orgs_db
        db = self.work / "orgs.db"
        csvf = self.work / "orgs.csv"
        n = write_orgs(csvf, "e", range(self.norgs))
        log(f"building the orgs-only database ({n} enterprises)")
        r = self.r.roster_cmd(db, T_ORGS, ["--json", "import", "orgs", str(csvf)], what="import orgs")
        s = r.json()
        if s.get("created") != n or s.get("failed") != 0:
            raise BenchError(f"import orgs: expected {n} created, got {s}")
        checkpoint(db)
        self._orgs_db = db
        return db

    def build_in_chunks(self, db: Path, prefix: str, norgs: int, start: int, count: int, now: str, label: str):
        chunk = 1_000_000
        done = 0
        t0 = time.perf_counter()
        while done < count:
            n = min(chunk, count - done)
            f = self.work / f"chunk-{label}.csv"
            write_auths(f, prefix, norgs, start + done, n)
            log(f"{label}: importing rows {done:,}..{done + n:,} of {count:,}")
            r = self.import_auths(db, f, now, n, f"{label}: import")
            f.unlink()
            done += n
            el = time.perf_counter() - t0
            eta = el / done * (count - done)
            log(f"{label}: {done:,} / {count:,} rows; this chunk {r.seconds:.1f} s ({n / r.seconds:,.0f} rows/s); "
                f"elapsed {el:.0f} s, about {eta:.0f} s to go")

    def sweep_db(self, live: int) -> Path:
        """`live` invitations over the 1000 enterprises: the first `due` sent at
        T_EARLY (lapsed by T_SWEEP), the rest at T_LATE (not lapsed)."""
        if live in self._sweep_dbs:
            return self._sweep_dbs[live]
        due = self.due
        db = self.work / f"sweep-{live}.db"
        fresh_copy(self.orgs_db(), db)
        log(f"building the sweep database: {due:,} due among {live:,} live invitations")
        f = self.work / "early.csv"
        write_auths(f, "e", self.norgs, 0, due)
        self.import_auths(db, f, T_EARLY, due, "sweep data: import the due invitations")
        f.unlink()
        self.build_in_chunks(db, "e", self.norgs, due, live - due, T_LATE, f"sweep data {live:,}")
        checkpoint(db)
        self._sweep_dbs[live] = db
        return db

    # -- (a) bulk import of authorisations --

    def fig_a(self):
        sizes = sorted({s for s in (10_000, 100_000, self.a.rows) if s <= self.a.rows})
        if len(sizes) == 1:
            sizes.insert(0, self.a.rows // 10)
        rates = {}
        base = self.orgs_db()
        for n in sizes:
            csvf = self.work / f"auth-{n}.csv"
            write_auths(csvf, "e", self.norgs, 0, n)
            work = self.work / "import.db"
            peer = self.work / "peer-import.db"
            script = self.work / "peer-import.sql"
            script.write_text(
                "CREATE TABLE t (org TEXT NOT NULL, douyin_id TEXT NOT NULL UNIQUE, modules TEXT NOT NULL, valid_until TEXT);\n"
                f".import --csv --skip 1 {csvf} t\n")

            def roster(i):
                fresh_copy(base, work)
                log(f"(a) roster import authorizations, {n:,} rows, run {i + 1}/{self.a.runs}")
                r = self.import_auths(work, csvf, T_IMPORT, n, f"(a) import {n}")
                remove_db(work)
                return r

            def peer_run(i):
                remove_db(peer)
                log(f"(a) sqlite3 .import, {n:,} rows, run {i + 1}/{self.a.runs}")
                r = self.r.sqlite(peer, script=script, what="(a) sqlite3 .import")
                got = query(peer, "SELECT count(*) FROM t")[0][0]
                if got != n:
                    raise BenchError(f"(a) sqlite3 .import landed {got} rows, not {n}")
                remove_db(peer)
                return r

            rr, pr = self.alternate(self.a.runs, roster, peer_run if self.peer else None)
            csvf.unlink()
            t_r = median([x.seconds for x in rr])
            t_p = median([x.seconds for x in pr])
            m_r = median([x.rss_mib for x in rr])
            m_p = median([x.rss_mib for x in pr])
            rates[n] = n / t_r
            big = n == sizes[-1]
            self.t.add(f"(a) import {n:,} authorisations: time", t_r, t_p, "s",
                       "ratio ≤ 1.0" if big else "", le(t_r / t_p, 1.0) if big and t_p else None)
            self.t.add(f"(a) import {n:,} authorisations: rows/s", n / t_r, n / t_p if t_p else None, "rows/s",
                       f"≥ 0.8 × the {sizes[0]:,}-row rate" if n != sizes[0] else "",
                       (rates[n] >= 0.8 * rates[sizes[0]]) if n != sizes[0] else None)
            self.t.add(f"(a) import {n:,} authorisations: peak RSS", m_r, m_p, "MiB",
                       "roster ≤ 64 MiB" if big else "", le(m_r, 64) if big else None)

    # -- the 1M database for (b), (d) and the idle sweep --

    def read_db(self) -> Path:
        """A working copy of the largest sweep database, used at T_READ (when
        nothing has lapsed, so every row is a live invitation)."""
        db = self.work / "read.db"
        if not db.exists():
            fresh_copy(self.sweep_db(self.a.rows), db)
        return db

    def latency_pair(self, label, db_r, db_p, ids, live, with_peer=True):
        """(b) on db_r (roster) and db_p (sqlite3): auth show vs SELECT, auth
        modify vs UPDATE, `reps` alternated repetitions each, on distinct
        rows. ids is (count, k -> (douyin id, org handle))."""
        reps = self.a.reps
        rnd = random.Random(f"{label}-{live}")
        count, row = ids
        if count < 3 * reps:
            raise BenchError(f"{label}: {count} rows are too few for {reps} repetitions")
        picks = [row(k) for k in rnd.sample(range(count), 3 * reps)]
        reads, w_r, w_p = picks[:reps], picks[reps:2 * reps], picks[2 * reps:]
        first = dt.date(2027, 1, 1)
        day = lambda k: (first + dt.timedelta(days=k)).isoformat()
        stored = lambda k: utc(f"{day(k)}T23:59:59+08:00")
        now_u = utc(T_READ)

        def show(i):
            did, _ = reads[i]
            r = self.r.roster_cmd(db_r, T_READ, ["--json", "auth", "show", did], what=f"{label} auth show")
            if r.json().get("douyin_id") != did:
                raise BenchError(f"{label} auth show {did}: wrong object {r.stdout()[:300]}")
            return r

        def select(i):
            did, _ = reads[i]
            sql = ("SELECT o.handle AS org, a.douyin_id, a.status, a.modules, a.valid_until, a.invite_expires_at, "
                   "a.invited_at, a.holder_name, a.holder_id, a.accepted_at, a.rejection_reason, a.ended_at, "
                   "a.end_reason, a.updated_at FROM authorizations a JOIN orgs o ON o.id = a.org_id "
                   f"WHERE a.douyin_id = '{did}' ORDER BY a.id DESC LIMIT 1")
            r = self.r.sqlite(db_p, sql=sql, json_out=True, what=f"{label} sqlite3 SELECT")
            if did not in r.stdout():
                raise BenchError(f"{label} sqlite3 SELECT {did}: no row")
            return r

        def modify(i):
            did, org = w_r[i]
            return self.r.roster_cmd(db_r, T_READ, ["-q", "--org", org, "auth", "modify", did, "--valid-until", day(i)],
                                     stdout="null", what=f"{label} auth modify")

        def update(i):
            did, _ = w_p[i]
            sql = (f"UPDATE authorizations SET valid_until = '{stored(i)}', updated_at = '{now_u}' "
                   f"WHERE douyin_id = '{did}' AND status IN {LIVE}")
            return self.r.sqlite(db_p, sql=sql, stdout="null", what=f"{label} sqlite3 UPDATE")

        log(f"{label}: auth show{' vs sqlite3 SELECT' if with_peer and self.peer else ''}, {reps} repetitions")
        with_peer = with_peer and self.peer
        sr, sp = self.alternate(reps, show, select if with_peer else None)
        log(f"{label}: auth modify{' vs sqlite3 UPDATE' if with_peer else ''}, {reps} repetitions")
        mr, mp = self.alternate(reps, modify, update if with_peer else None)
        # every write landed
        for who, db, picked in (("roster", db_r, w_r), ("sqlite3", db_p, w_p if with_peer else [])):
            for k, (did, _) in enumerate(picked):
                got = query(db, f"SELECT valid_until FROM authorizations WHERE douyin_id = ? AND status IN {LIVE}", (did,))
                if got != [(stored(k),)]:
                    raise BenchError(f"{label}: {who}'s write of {did} did not land: {got}, expected {stored(k)}")
        return ([x.seconds for x in sr], [x.seconds for x in sp], [x.seconds for x in mr], [x.seconds for x in mp])

    def fig_b(self):
        db = self.read_db()
        live = self.a.rows
        ids = (live, lambda i: (douyin_id(i), org_handle("e", i % self.norgs)))
        sr, sp, mr, mp = self.latency_pair("(b)", db, db, ids, live)
        self.t.add(f"(b) auth show, {live:,} rows (median of {self.a.reps})", median(sr), median(sp), "ms",
                   "ratio ≤ 1.2", le(median(sr) / median(sp), 1.2) if sp else None)
        self.t.add(f"(b) auth modify, {live:,} rows (median of {self.a.reps})", median(mr), median(mp), "ms",
                   "ratio ≤ 1.5", le(median(mr) / median(mp), 1.5) if mp else None)

    # -- (c) sweep --

    @property
    def due(self):
        return max(1, min(10_000, self.a.rows // 100))

    def peer_sweep_script(self, now: str) -> Path:
        n = utc(now)
        before = ("json_object('org', o.handle, 'douyin_id', a.douyin_id, 'status', a.status, "
                  "'modules', json('[\"' || replace(a.modules, ',', '\",\"') || '\"]'), 'valid_until', a.valid_until, "
                  "'invite_expires_at', a.invite_expires_at, 'invited_at', a.invited_at, 'holder_name', a.holder_name, "
                  "'holder_id', a.holder_id, 'accepted_at', a.accepted_at, 'rejection_reason', a.rejection_reason, "
                  "'ended_at', a.ended_at, 'end_reason', a.end_reason, "
                  "'next_steps', json_array('accept', 'modify', 'end'), 'updated_at', a.updated_at)")
        after = ("json_object('org', o.handle, 'douyin_id', a.douyin_id, 'status', 'expired', "
                 "'modules', json('[\"' || replace(a.modules, ',', '\",\"') || '\"]'), 'valid_until', a.valid_until, "
                 "'invite_expires_at', a.invite_expires_at, 'invited_at', a.invited_at, 'holder_name', a.holder_name, "
                 "'holder_id', a.holder_id, 'accepted_at', a.accepted_at, 'rejection_reason', a.rejection_reason, "
                 f"'ended_at', a.invite_expires_at, 'end_reason', a.end_reason, "
                 f"'next_steps', json_array(), 'updated_at', '{n}')")
        due = f"a.status = 'invited' AND a.invite_expires_at <= '{n}'"
        p = self.work / f"peer-sweep-{n}.sql"
        p.write_text(
            "BEGIN IMMEDIATE;\n"
            "INSERT INTO audit (at, actor, action, object, before, after)\n"
            f"  SELECT '{n}', 'bench', 'auth.invitation-expired', 'douyin:' || a.douyin_id, {before}, {after}\n"
            f"  FROM authorizations a JOIN orgs o ON o.id = a.org_id WHERE {due};\n"
            "UPDATE orgs SET seats_held = seats_held - (SELECT count(*) FROM authorizations a\n"
            f"  WHERE a.org_id = orgs.id AND {due})\n"
            f"  WHERE id IN (SELECT a.org_id FROM authorizations a WHERE {due});\n"
            "UPDATE authorizations AS a SET status = 'expired', ended_at = invite_expires_at, "
            f"updated_at = '{n}'\n  WHERE {due};\n"
            "COMMIT;\n")
        return p

    def fig_c(self):
        due = self.due
        sizes = sorted({self.a.rows // 10, self.a.rows} | ({self.a.rows * 10} if self.a.big else set()))
        sizes = [s for s in sizes if s > due]
        script = self.peer_sweep_script(T_SWEEP)
        times = {}
        for live in sizes:
            src = self.sweep_db(live)
            work = self.work / "sweep-run.db"

            def roster(i):
                fresh_copy(src, work)
                log(f"(c) roster sweep, {due:,} due among {live:,}, run {i + 1}/{self.a.runs}")
                r = self.r.roster_cmd(work, T_SWEEP, ["--json", "sweep"], what="(c) roster sweep")
                s = r.json()
                if s.get("invitations_expired") != due or s.get("changed") != due:
                    raise BenchError(f"(c) roster sweep expired {s.get('invitations_expired')} "
                                     f"(changed {s.get('changed')}), expected {due}")
                self.check_swept(work, due, "roster")
                remove_db(work)
                return r

            def peer_run(i):
                fresh_copy(src, work)
                log(f"(c) sqlite3 sweep SQL, {due:,} due among {live:,}, run {i + 1}/{self.a.runs}")
                r = self.r.sqlite(work, script=script, what="(c) sqlite3 sweep")
                self.check_swept(work, due, "sqlite3")
                remove_db(work)
                return r

            rr, pr = self.alternate(self.a.runs, roster, peer_run if self.peer else None)
            t_r, t_p = median([x.seconds for x in rr]), median([x.seconds for x in pr])
            times[live] = (t_r, t_p)
            self.t.add(f"(c) sweep, {due:,} due among {live:,}", t_r, t_p, "s", "ratio ≤ 2.0",
                       le(t_r / t_p, 2.0) if t_p else None)
            if live != self.a.rows:
                # only the working set of (b)/(d) is kept; drop the others early
                remove_db(src)
                self._sweep_dbs.pop(live, None)
        for small, large in zip(sizes, sizes[1:]):
            (r1, p1), (r2, p2) = times[small], times[large]
            self.t.add(f"(c) sweep growth, {large // small}× the rows ({small:,} → {large:,}), same due",
                       r2 / r1, (p2 / p1) if p1 and p2 else None, "x", "roster < 2× the time",
                       r2 / r1 < 2.0, ratio=None)
        # idle: nothing due
        db = self.read_db()
        idle_script = self.peer_sweep_script(T_READ)
        live = self.a.rows

        def idle(i):
            r = self.r.roster_cmd(db, T_READ, ["--json", "sweep"], what="(c) idle sweep")
            if r.json().get("changed") != 0:
                raise BenchError(f"(c) idle sweep changed something: {r.stdout()[:300]}")
            return r

        def idle_peer(i):
            return self.r.sqlite(db, script=idle_script, what="(c) sqlite3 idle sweep")

        log(f"(c) idle sweep over {live:,} live rows, {self.a.reps} alternated repetitions")
        ir, ip = self.alternate(self.a.reps, idle, idle_peer if self.peer else None)
        t_r = median([x.seconds for x in ir])
        self.t.add(f"(c) idle sweep, nothing due among {live:,} (median of {self.a.reps})", t_r,
                   median([x.seconds for x in ip]), "ms", "roster ≤ 20 ms", le(t_r, 0.020))

    def check_swept(self, db: Path, due: int, who: str):
        expired, left = query(db, "SELECT (SELECT count(*) FROM audit WHERE action = 'auth.invitation-expired'), "
                                  f"(SELECT count(*) FROM authorizations WHERE status = 'invited' AND invite_expires_at <= ?)",
                              (utc(T_SWEEP),))[0]
        if expired != due or left != 0:
            raise BenchError(f"(c) after the {who} sweep: {expired} audit rows (expected {due}), {left} due rows left")

    # -- (d) export --

    def fig_d(self):
        db = self.read_db()
        live = self.a.rows
        now = utc(T_READ)
        sql = ("SELECT o.handle AS org, a.douyin_id, a.modules, a.valid_until, a.status FROM authorizations a "
               f"JOIN orgs o ON o.id = a.org_id WHERE a.status IN {LIVE} "
               f"AND NOT (a.status = 'invited' AND a.invite_expires_at <= '{now}') "
               f"AND NOT (a.status = 'active' AND a.valid_until IS NOT NULL AND a.valid_until < '{now}') "
               "ORDER BY o.handle, a.douyin_id")
        args = ["--format", "jsonl", "export", "authorizations"]
        log(f"(d) checking the export once (untimed): {live:,} lines expected")
        r = self.r.roster_cmd(db, T_READ, args, what="(d) roster export (check)")
        n = 0
        with open(r.out) as f:
            for line in f:
                n += 1
        r.out.unlink()
        if n != live:
            raise BenchError(f"(d) roster export wrote {n} lines, expected {live}")

        def roster(i):
            log(f"(d) roster export jsonl, {live:,} rows, run {i + 1}/{self.a.runs}")
            return self.r.roster_cmd(db, T_READ, args, stdout="null", what="(d) roster export")

        def peer_run(i):
            log(f"(d) sqlite3 -json, {live:,} rows, run {i + 1}/{self.a.runs}")
            return self.r.sqlite(db, sql=sql, json_out=True, stdout="null", what="(d) sqlite3 -json")

        rr, pr = self.alternate(self.a.runs, roster, peer_run if self.peer else None)
        t_r, t_p = median([x.seconds for x in rr]), median([x.seconds for x in pr])
        self.t.add(f"(d) export {live:,} authorisations as JSON Lines", t_r, t_p, "s", "ratio ≤ 0.8",
                   le(t_r / t_p, 0.8) if t_p else None)
        self.t.add(f"(d) export {live:,} authorisations: peak RSS", median([x.rss_mib for x in rr]),
                   median([x.rss_mib for x in pr]), "MiB")

    # -- (e) employee import (password hashing) --

    def fig_e(self):
        n = self.a.employees
        base = self.work / "emp-base.db"
        orgf = self.work / "emp-org.csv"
        write_orgs(orgf, "emp", [0])
        self.r.roster_cmd(base, T_ORGS, ["-q", "import", "orgs", str(orgf)], what="(e) import orgs")
        org = org_handle("emp", 0)
        self.r.roster_cmd(base, T_ORGS, ["-q", "--org", org, "position", "create", "Staff", "--perm", "backend.video"],
                          what="(e) position create")
        checkpoint(base)
        csvf = self.work / "employees.csv"
        write_employees(csvf, org, n)
        work = self.work / "emp.db"
        report = self.work / "emp-report.csv"
        args = ["--json", "import", "employees", str(csvf), "--agree", "--report", str(report)]

        def one(i, pinned):
            fresh_copy(base, work)
            if report.exists():
                report.unlink()
            log(f"(e) roster import employees, {n:,} rows{' under taskset -c 0' if pinned else ''}, run {i + 1}/{self.a.runs}")
            argv = (["taskset", "-c", "0"] if pinned else []) + [str(self.r.roster), *args]
            r = self.r.run(argv, env=self.r.env(work, T_IMPORT), what="(e) import employees")
            s = r.json()
            if s.get("created") != n or s.get("failed") != 0:
                raise BenchError(f"(e) import employees: expected {n} created, got created={s.get('created')} "
                                 f"failed={s.get('failed')} errors={s.get('errors', [])[:3]}")
            with open(report, newline="", encoding="utf-8-sig") as f:
                pw = sum(1 for row in csv.DictReader(f) if row.get("initial_password"))
            if pw != n:
                raise BenchError(f"(e) the report holds {pw} generated passwords, expected {n}")
            remove_db(work)
            report.unlink()
            return r

        if not shutil.which("taskset"):
            log("(e) taskset not found: the one-core figure is skipped")
        rr, pr = self.alternate(self.a.runs, lambda i: one(i, False),
                                (lambda i: one(i, True)) if shutil.which("taskset") else None)
        t_r = median([x.seconds for x in rr])
        t_1 = median([x.seconds for x in pr])
        ideal = t_1 / self.cores if t_1 else None
        self.t.add(f"(e) import {n:,} employees (generated passwords); peer = one-core time ÷ {self.cores} cores",
                   t_r, ideal, "s", "ratio ≤ 1.2", le(t_r / ideal, 1.2) if ideal else None)
        self.t.add(f"(e) import {n:,} employees under taskset -c 0 (one core)", t_1, None, "s")

    # -- scale --

    def fig_scale(self):
        norgs, rows = self.a.scale_orgs, self.a.scale_rows
        db = self.work / "scale.db"
        remove_db(db)
        orgf = self.work / "scale-orgs.csv"
        write_orgs(orgf, "s", range(norgs))
        log(f"scale: importing {norgs:,} organisations")
        s = self.r.roster_cmd(db, T_ORGS, ["--json", "import", "orgs", str(orgf)], what="scale: import orgs").json()
        if s.get("created") != norgs or s.get("failed") != 0:
            raise BenchError(f"scale: import orgs: {s}")
        t0 = time.perf_counter()
        self.build_in_chunks(db, "s", norgs, 0, rows, T_LATE, f"scale {rows:,}")
        checkpoint(db)
        log(f"scale: built in {time.perf_counter() - t0:.0f} s, {db.stat().st_size / MiB:,.0f} MiB")
        # every org holds rows/norgs invitations; the "largest" is the first
        big = org_handle("s", 0)
        small = self.work / "scale-small.db"
        remove_db(small)
        write_orgs(orgf, "s", [0])
        self.r.roster_cmd(small, T_ORGS, ["-q", "import", "orgs", str(orgf)], what="scale: small import orgs")
        f = self.work / "scale-small.csv"
        k = write_auths(f, "s", norgs, 0, rows, only_org=0)
        self.import_auths(small, f, T_LATE, k, "scale: small file import")
        f.unlink()
        checkpoint(small)
        ids = (k, lambda j: (douyin_id(j * norgs), big))  # the rows of org 0
        # (b) on the scale database against sqlite3 on it
        sr, sp, mr, mp = self.latency_pair("scale", db, db, ids, rows)
        # the same commands, and org show, on the file that holds only that org
        sr0, _, mr0, _ = self.latency_pair("scale-small", small, small, ids, k, with_peer=False)
        reps = self.a.reps

        def show(dbx):
            def f(i):
                r = self.r.roster_cmd(dbx, T_READ, ["--json", "org", "show", big], what="scale: org show")
                if r.json().get("handle") != big:
                    raise BenchError(f"scale: org show {big}: {r.stdout()[:300]}")
                return r
            return f

        log(f"scale: org show {big} on {rows:,} rows vs on the file of that org alone, {reps} alternated repetitions")
        o_big, o_small = self.alternate(reps, show(db), show(small))
        label = f"{rows:,} auths / {norgs:,} orgs"
        alone = "peer = roster on a file of that org alone"
        self.t.add(f"(scale) auth show, {label}", median(sr), median(sp), "ms", "ratio ≤ 1.2",
                   le(median(sr) / median(sp), 1.2) if sp else None)
        self.t.add(f"(scale) auth modify, {label}", median(mr), median(mp), "ms", "ratio ≤ 1.5",
                   le(median(mr) / median(mp), 1.5) if mp else None)
        ob, os_ = median([x.seconds for x in o_big]), median([x.seconds for x in o_small])
        self.t.add(f"(scale) org show, {label}; {alone}", ob, os_, "ms",
                   "ratio < 2", ob / os_ < 2)
        self.t.add(f"(scale) auth show, {label}; {alone}", median(sr), median(sr0), "ms")
        self.t.add(f"(scale) auth modify, {label}; {alone}", median(mr), median(mr0), "ms")
        remove_db(db)
        remove_db(small)


# --- main ---------------------------------------------------------------------

def git_describe() -> str:
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "migrations", "Cargo.toml", "Cargo.lock"],
                               capture_output=True, text=True).stdout.strip()
        return head + (" + uncommitted changes" if dirty else "")
    except OSError:
        return "unknown"


def parse_args(argv):
    p = argparse.ArgumentParser(prog="bench/harness.py", description="roster against a peer (the sqlite3 shell), alternated runs, medians.")
    p.add_argument("--rows", type=int, default=1_000_000, help="authorisations in the large data set (default 1000000)")
    p.add_argument("--quick", action="store_true", help="10k rows, 100 employees, 10 repetitions: to try the harness out")
    p.add_argument("--runs", type=int, default=3, help="alternated runs of each bulk figure (default 3)")
    p.add_argument("--reps", type=int, default=None, help="alternated repetitions of each single command (default 30; 10 with --quick)")
    p.add_argument("--employees", type=int, default=None, help="rows of the employee import (default 1000; 100 with --quick)")
    p.add_argument("--big", action="store_true", help="also sweep 10x --rows live rows (10M by default: slow)")
    p.add_argument("--scale", action="store_true", help="also the scale figures: 10,000 orgs, 10x --rows authorisations (slow); implies --big")
    p.add_argument("--only", default="a,b,c,d,e", help="figures to run, comma-separated from a,b,c,d,e,scale (default a,b,c,d,e; --scale adds scale)")
    p.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    p.add_argument("--keep", type=Path, help="work in this directory and keep it (default: a temp dir, removed)")
    p.add_argument("--roster", type=Path, default=REPO / "target" / "release" / "roster", help="the binary (default target/release/roster)")
    a = p.parse_args(argv)
    if a.quick:
        a.rows = 10_000
    a.reps = a.reps or (10 if a.quick else 30)
    a.employees = a.employees or (100 if a.quick else 1000)
    a.orgs = 1000
    a.scale_rows = a.rows * 10
    a.scale_orgs = 1000 if a.quick else 10_000
    a.only = {x.strip() for x in a.only.split(",") if x.strip()}
    if a.scale:
        a.big = True
        a.only.add("scale")
    bad = a.only - {"a", "b", "c", "d", "e", "scale"}
    if bad:
        p.error(f"--only: unknown figure(s) {', '.join(sorted(bad))}")
    if a.rows < 1000 or a.runs < 1 or a.reps < 1:
        p.error("--rows must be at least 1000, --runs and --reps at least 1")
    if a.scale_rows % a.scale_orgs:
        p.error("--scale needs 10 x --rows to be a multiple of the number of scale orgs")
    return a


def main(argv=None) -> int:
    a = parse_args(argv if argv is not None else sys.argv[1:])
    self_check()
    if not a.roster.exists():
        print(f"bench: {a.roster} not found; build it with cargo build --release (scripts/bench.sh does)", file=sys.stderr)
        return 2
    a.roster = a.roster.resolve()
    if not shutil.which("sqlite3"):
        log("the sqlite3 shell is not on PATH: peer figures are skipped (install sqlite3 for them)")
    if a.keep:
        work = a.keep.resolve()
        if work == REPO or REPO in work.parents:
            print("bench: --keep must be outside the repository (generated data is never written into it)", file=sys.stderr)
            return 2
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    # a private copy: a rebuild during the run must not change the binary under it
    snap = work / "roster"
    shutil.copy2(a.roster, snap)
    a.roster = snap
    b = Bench(a, work)
    version = subprocess.run([str(a.roster), "--version"], capture_output=True, text=True).stdout.strip()
    sqlite_v = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0] if b.peer else "none"
    header = (f"roster benchmark: {version}, commit {git_describe()}; {a.rows:,} rows over {a.orgs:,} enterprises, "
              f"{a.runs} alternated runs, {a.reps} repetitions of single commands; {b.cores} cores, "
              f"{platform.machine()}, sqlite3 shell {sqlite_v}; rss floor {b.r.floor_mib:.1f} MiB; "
              f"{time.strftime('%Y-%m-%d %H:%M %Z')}")
    log(header)
    log(f"working in {work}")
    t0 = time.perf_counter()
    failed = None
    try:
        for name, fn in (("a", b.fig_a), ("b", b.fig_b), ("c", b.fig_c), ("d", b.fig_d), ("e", b.fig_e), ("scale", b.fig_scale)):
            if name in a.only:
                log(f"=== figure ({name}) ===")
                fn()
    except BenchError as e:
        failed = str(e)
    except KeyboardInterrupt:
        failed = "interrupted"
    finally:
        b.r.close()
        if a.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - t0
    footer = f"total {took / 60:.1f} min" + ("" if failed is None else "; STOPPED EARLY, figures above are incomplete")
    print()
    print(header)
    print()
    print(b.t.text())
    print()
    print(footer)
    if a.markdown:
        a.markdown.write_text(f"{header}\n\n{b.t.markdown()}\n\n{footer}\n")
        log(f"wrote {a.markdown}")
    if failed is not None:
        print(f"\nbench: FAILED: {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
