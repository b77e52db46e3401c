use std::process::Stdio;
use std::time::{Duration, Instant};

use super::*;

// ---------------------------------------------------------------------------
// Bugs found by these tests, fixed; kept as regressions
// ---------------------------------------------------------------------------

#[test]
fn gb18030_after_64_kib_of_ascii_is_not_stored_as_mojibake() {
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions,description\r\n");
    for i in 0..3000 {
        text.push_str(&format!("P{i:05},agency.data,plain ascii row\r\n"));
    }
    text.push_str("销售,agency.data,一线销售\r\n");
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    assert!(bytes.len() > 64 * 1024);
    let path = env.path("mixed.csv");
    std::fs::write(&path, &bytes).unwrap();
    let r = run_json(
        &env,
        &o(STAR, &["import", "positions", path.to_str().unwrap()]),
        None,
    );
    // Either decoded right or refused; never replacement characters.
    let stored: Vec<String> = env.sql().texts("SELECT name || description FROM positions");
    assert!(
        stored.iter().all(|s| !s.contains('\u{FFFD}')),
        "exit {}: stored U+FFFD: {:?}",
        r.code,
        stored
            .iter()
            .filter(|s| s.contains('\u{FFFD}'))
            .collect::<Vec<_>>()
    );
    if r.code == 0 {
        env.ok(&w("--org star position show 销售"));
    }
}

#[test]
fn a_report_on_the_input_file_is_refused_or_safe() {
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions\n");
    for i in 0..5000 {
        text.push_str(&format!("P{i:05},agency.data\n"));
    }
    let file = env.write_file("same.csv", &text);
    let mut child = env
        .command(&[
            "--org",
            STAR,
            "import",
            "positions",
            &file,
            "--report",
            &file,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if started.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(
        status.is_some(),
        "still running after 5 s; the file has grown to {size} bytes"
    );
    let code = status.unwrap().code();
    assert!(
        code == Some(5) || count(&env, "SELECT count(*) FROM positions") == 5000,
        "exit {code:?}, {} positions",
        count(&env, "SELECT count(*) FROM positions")
    );
}
