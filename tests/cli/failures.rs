//! What happens on each failure the machine can throw at a run
//! (RELIABILITY.md): a full disk, a corrupt or foreign file. Kills are in
//! crash.rs, read-only mounts in ops.rs, a newer schema in process.rs.

use std::path::Path;
use std::process::Command;

use crate::harness::*;

fn rows(db: &Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A full disk: the database lives on a 1 MiB tmpfs (a private mount
/// namespace) and an import of 20,000 positions outgrows it. The command
/// exits 1 with `DISK_FULL`; the file is sound, and every position that
/// landed has its audit event (no change without its event, no event
/// without its change). `None`-equivalent skip, with the reason printed,
/// where this machine cannot mount a tmpfs.
#[test]
fn a_full_disk_is_disk_full_and_keeps_the_file_sound() {
    if sqlite_only("a full disk under the SQLite file") {
        return;
    }
    let env = Env::new();
    env.agency("star", "13900000001");
    let mut csv = String::from("name,permissions,description\n");
    for i in 0..20_000 {
        csv.push_str(&format!("岗位{i:05},agency.tasks,{}\n", "说明".repeat(20)));
    }
    let csv = env.write_file("p.csv", &csv);
    let small = env.path("small");
    let out = env.path("out");
    std::fs::create_dir_all(&small).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    let script = r#"
set -u
mount -t tmpfs -o size=1m tmpfs "$SMALL" || exit 99
cp "$SRC/roster.db" "$SRC/roster.key" "$SMALL/"
"$ROSTER" --json --db "$SMALL/roster.db" --org star import positions "$CSV" > "$OUT/stdout" 2> "$OUT/stderr"
echo $? > "$OUT/rc"
cp "$SMALL"/roster.db* "$OUT/"
"#;
    let run = Command::new("unshare")
        .args(["-m", "bash", "-c", script])
        .env("SMALL", &small)
        .env("OUT", &out)
        .env("SRC", env.dir.path())
        .env("CSV", &csv)
        .env("ROSTER", env!("CARGO_BIN_EXE_roster"))
        .env("ROSTER_NOW", NOW)
        .env("ROSTER_ACTOR", "test")
        .output();
    let Ok(run) = run else {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "SKIPPED: no unshare here");
        return;
    };
    if run.status.code() == Some(99) || !out.join("rc").exists() {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: cannot mount a tmpfs here: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        return;
    }
    let rc = std::fs::read_to_string(out.join("rc")).unwrap();
    let stderr = std::fs::read_to_string(out.join("stderr")).unwrap();
    assert_eq!(rc.trim(), "1", "{stderr}");
    let err: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(err["error"]["code"], "DISK_FULL", "{err}");
    let db = out.join("roster.db");
    let c = rusqlite::Connection::open(&db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    drop(c);
    let landed = rows(&db, "SELECT count(*) FROM positions");
    assert!(landed < 20_000, "the disk was not full ({landed} landed)");
    let gaps = rows(
        &db,
        "SELECT (SELECT count(*) FROM positions p WHERE NOT EXISTS \
           (SELECT 1 FROM audit a WHERE a.action = 'position.create' AND a.object LIKE '%' || p.name)) \
         + (SELECT count(*) FROM audit a WHERE a.action = 'position.create' AND NOT EXISTS \
           (SELECT 1 FROM positions p WHERE a.object LIKE '%' || p.name))",
    );
    assert_eq!(gaps, 0, "changes and audit events disagree");
}

/// A file that is not a roster database (random bytes, a text file, a
/// database cut short) is refused, exit 1, and left byte for byte as it
/// was: roster never "repairs" or re-initialises what it cannot read.
#[test]
fn a_corrupt_or_foreign_file_is_refused_and_left_untouched() {
    if sqlite_only("a corrupt SQLite file") {
        return;
    }
    let env = Env::new();
    env.agency("star", "13900000001");
    let good = std::fs::read(env.db()).unwrap();
    let mut noise = vec![0u8; 64 * 1024];
    let mut x: u32 = 0x9e37_79b9;
    for b in noise.iter_mut() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *b = x as u8;
    }
    let cut = good[..good.len() / 3].to_vec();
    let mut header_kept = good.clone();
    for b in header_kept.iter_mut().skip(4096).take(8192) {
        *b ^= 0x5a;
    }
    for (what, bytes) in [
        ("random bytes", noise),
        ("a text file", b"org,name\nacme,Acme\n".repeat(100)),
        ("a database cut short", cut),
        ("a database with scrambled pages", header_kept),
    ] {
        let _ = std::fs::remove_file(env.path("roster.db-wal"));
        let _ = std::fs::remove_file(env.path("roster.db-shm"));
        std::fs::write(env.db(), &bytes).unwrap();
        for args in [
            w("org list"),
            w("--org star position create X --perm agency.tasks"),
        ] {
            let r = env.run(&[&["--json"][..], &args].concat());
            assert_eq!(r.code, 1, "{what}, {args:?}: {}", r.stderr);
            assert!(!r.stderr.contains("panicked"), "{what}: {}", r.stderr);
            let code = r.error()["code"].as_str().unwrap().to_string();
            assert!(
                ["DB_UNREADABLE", "INTERNAL"].contains(&code.as_str()),
                "{what}: {code}"
            );
            assert_eq!(
                std::fs::read(env.db()).unwrap(),
                bytes,
                "{what}: the file changed"
            );
        }
    }
}
