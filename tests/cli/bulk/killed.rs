use std::process::Stdio;
use std::time::{Duration, Instant};

use super::*;

// ---------------------------------------------------------------------------
// A real process killed mid-import
// ---------------------------------------------------------------------------

#[test]
fn a_killed_import_leaves_whole_batches_and_a_rerun_completes_it() {
    const ROWS: usize = 30_000;
    const BATCH: i64 = 500;
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions,description\n");
    for i in 0..ROWS {
        text.push_str(&format!("P{i:05},agency.data;agency.orders,row {i}\n"));
    }
    let big = env.write_file("big.csv", &text);
    let args = ["--org", STAR, "import", "positions", &big, "--batch", "500"];
    let mut child = env
        .command(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let creates = "SELECT count(*) FROM audit WHERE action = 'position.create'";
    loop {
        // Busy while the writer commits: try again.
        let n: i64 = match &env.pg {
            Some(_) => env.sql_i64(creates),
            None => db(&env).query_row(creates, [], |r| r.get(0)).unwrap_or(0),
        };
        if n > 0 || started.elapsed() > Duration::from_millis(300) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the import finished before it could be killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    if env.pg.is_none() {
        let ok: String = db(&env)
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
    let positions = env.sql_i64("SELECT count(*) FROM positions");
    let audited = env.sql_i64(creates);
    assert_eq!(
        positions, audited,
        "a position without its audit row or back"
    );
    assert!(
        positions < i64::try_from(ROWS).unwrap(),
        "all rows landed before the kill"
    );
    // A batch also ends when it has held the lock for 250 ms (so that
    // waiting writers get their turn), which on PostgreSQL, a round trip a
    // statement, comes before 500 rows: there each commit is whole but not
    // a multiple of the batch size (positions and events agree, above).
    if env.pg.is_none() {
        assert_eq!(positions % BATCH, 0, "a batch landed in part: {positions}");
    }
    eprintln!("killed after {positions} of {ROWS} rows had landed");

    // The same import again: completes, each position exactly once.
    let v = import(&env, 0, &args);
    let rows = u64::try_from(ROWS).unwrap();
    assert_eq!(v["rows"], rows);
    assert_eq!(
        v["created"].as_u64().unwrap() + v["unchanged"].as_u64().unwrap(),
        rows,
        "{v}"
    );
    assert_eq!(v["unchanged"], u64::try_from(positions).unwrap(), "{v}");
    let all = i64::try_from(ROWS).unwrap();
    assert_eq!(count(&env, "SELECT count(*) FROM positions"), all);
    assert_eq!(
        count(&env, "SELECT count(DISTINCT name) FROM positions"),
        all
    );
    assert_eq!(count(&env, creates), all);
}
