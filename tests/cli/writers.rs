//! Issue 10, "Writers that never starve": real processes against one file,
//! all with the default busy timeout (5 s). Password hashing happens before
//! the write lock, waiting writers try again about every millisecond, and a
//! long import pauses between its batches, so every short writer gets in.

use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::harness::*;

/// These tests measure contention among their own processes: one at a
/// time, so that they do not starve each other of the two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A verified enterprise at the top level (quota 1,000) with one position.
fn big_enterprise() -> Env {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&w("org level acme black-diamond-2"));
    env.ok(&w("--org acme position create Sales --perm backend.video"));
    env
}

/// A valid resident identity number for person `n` (GB 11643 check digit).
fn id_number(n: u32) -> String {
    let body = format!(
        "11010519{:02}{:02}{:02}{:03}",
        70 + n % 30,
        1 + n % 12,
        1 + n % 28,
        n % 1000
    );
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap() * w)
        .sum();
    let check = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][(sum % 11) as usize];
    format!("{body}{check}")
}

#[test]
fn sixteen_writers_of_25_applies_each_all_land_with_the_default_timeout() {
    let _one = exclusive();
    let env = Arc::new(big_enterprise());
    let started = Instant::now();
    let failures = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..16u32)
        .map(|t| {
            let env = Arc::clone(&env);
            let failures = Arc::clone(&failures);
            std::thread::spawn(move || {
                for i in 0..25u32 {
                    let n = t * 25 + i;
                    let email = format!("e{n}@acme.cn");
                    let id = id_number(n);
                    let r = env.run(&[
                        "--json",
                        "--org",
                        "acme",
                        "employee",
                        "apply",
                        &email,
                        "--name",
                        "Emp",
                        "--id-number",
                        &id,
                        "--position",
                        "Sales",
                        "--proof",
                        "sealed",
                        "--agree",
                    ]);
                    if r.code != 0 {
                        failures.lock().unwrap().push((email, r.code, r.stderr));
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let failures = failures.lock().unwrap();
    assert!(
        failures.is_empty(),
        "{} of 400 applies failed (first: {:?}) in {:?}",
        failures.len(),
        failures.first(),
        started.elapsed()
    );
    let v = env.ok(&w("org show acme"));
    assert_eq!(v["quota_used"], 400, "{v}");
}

/// Runs `short` over and over on `workers` threads while `long` runs;
/// returns the long command's exit code and every short run's (code,
/// stderr).
fn while_running(
    env: &Arc<Env>,
    long: &[&str],
    workers: usize,
    short: impl Fn(&Env, usize, usize) -> (i32, String) + Send + Sync + 'static,
) -> (i32, Vec<(i32, String)>) {
    let mut child = env
        .command(long)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let short = Arc::new(short);
    let threads: Vec<_> = (0..workers)
        .map(|t| {
            let (env, done, short) = (Arc::clone(env), Arc::clone(&done), Arc::clone(&short));
            std::thread::spawn(move || {
                let mut runs = Vec::new();
                let mut i = 0;
                while !done.load(Ordering::Relaxed) {
                    runs.push(short(&env, t, i));
                    i += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                runs
            })
        })
        .collect();
    let status = child.wait().unwrap();
    done.store(true, Ordering::Relaxed);
    let runs = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    (status.code().unwrap_or(-1), runs)
}

#[test]
fn short_writes_during_a_200000_row_import_all_land() {
    let _one = exclusive();
    let env = Env::new();
    env.agency("star", "13900000001");
    let mut text = String::from("name,permissions\n");
    for i in 0..200_000 {
        text.push_str(&format!("P{i:06},agency.data\n"));
    }
    let file = env.write_file("big.csv", &text);
    let env = Arc::new(env);
    let (code, runs) = while_running(
        &env,
        &["--org", "star", "import", "positions", &file],
        3,
        |env, t, i| {
            let name = format!("short-{t}-{i}");
            let r = env.run(&[
                "--json",
                "--org",
                "star",
                "position",
                "create",
                &name,
                "--perm",
                "agency.tasks",
            ]);
            (r.code, r.stderr)
        },
    );
    assert_eq!(code, 0);
    let failed: Vec<_> = runs.iter().filter(|(c, _)| *c != 0).collect();
    assert!(
        runs.len() >= 6,
        "too few short writes to tell: {}",
        runs.len()
    );
    assert!(
        failed.is_empty(),
        "{} of {} short writes failed during the import: {:?}",
        failed.len(),
        runs.len(),
        failed.first()
    );
}

#[test]
fn a_sweep_during_an_employees_import_lands() {
    let _one = exclusive();
    let env = big_enterprise();
    let mut text = String::from("email,name,id_number,position,proof\n");
    for n in 0..300u32 {
        text.push_str(&format!("i{n}@acme.cn,Emp,{},Sales,sealed\n", id_number(n)));
    }
    let file = env.write_file("staff.csv", &text);
    let report = env.path("staff.report.csv");
    let env = Arc::new(env);
    let report_arg = report.display().to_string();
    let (code, runs) = while_running(
        &env,
        &[
            "--org",
            "acme",
            "import",
            "employees",
            &file,
            "--agree",
            "--batch",
            "50",
            "--report",
            &report_arg,
        ],
        2,
        |env, _, _| {
            let r = env.run(&["--json", "sweep"]);
            (r.code, r.stderr)
        },
    );
    assert_eq!(code, 0);
    let failed: Vec<_> = runs.iter().filter(|(c, _)| *c != 0).collect();
    assert!(!runs.is_empty());
    assert!(
        failed.is_empty(),
        "{} of {} sweeps failed during the import: {:?}",
        failed.len(),
        runs.len(),
        failed.first()
    );
    assert_eq!(env.ok(&w("org show acme"))["quota_used"], 300);
}
