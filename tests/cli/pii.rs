//! PII-1 at rest: the database never holds an identity number in clear;
//! its key lives outside it and is needed only where a number is written,
//! looked up or shown.

use crate::harness::{Env, ID_A, ID_B, w};

/// Two more valid numbers (GB 11643 check characters computed).
const ID_C: &str = "310115198805122347";
const ID_D: &str = "330106198706155677";

/// A world with an identity number in every table that stores one: the
/// legal representative, an employee holder (and the holder history), an
/// accepted authorisation's holder, an upgrade's holder and operator, a
/// penalty, and the audit pseudonyms.
pub(crate) fn world(env: &Env) {
    env.acme_with_sales();
    let r = env.run_in(
        &w("--org acme employee apply li@acme.cn --name Li --position Sales --proof sealed --agree --password-stdin")
            .into_iter()
            .chain(["--id-number", ID_B])
            .collect::<Vec<_>>(),
        Some("Strong-Pass-1\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    env.ok(&w(
        "--org acme auth invite dy_wang --modules backend.video --agree",
    ));
    env.ok(&[
        "auth",
        "accept",
        "dy_wang",
        "--name",
        "Wang",
        "--id-number",
        ID_C,
    ]);
    env.ok(&w(
        "org create shop acme-shop --name Shop --shop-type flagship --subject 91350100M000100Y43 --main-phone 13900139000",
    ));
    env.ok(&[
        "upgrade",
        "start",
        "dy_up",
        "--shop",
        "acme-shop",
        "--holder-name",
        "Zhao",
        "--holder-id",
        ID_C,
        "--holder-phone",
        "13800138000",
    ]);
    env.ok(&["identity", "penalize", ID_D, "--kind", "ban"]);
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn pii1_no_identity_number_is_stored_in_clear() {
    let env = Env::new();
    world(&env);
    // Every number is there, behind the key.
    let shown = env.ok(&w("--reveal-pii --org acme employee show li@acme.cn"));
    assert!(shown.to_string().contains(ID_B), "{shown}");
    let org = env.ok(&w("--reveal-pii org show acme"));
    assert!(org.to_string().contains(ID_A), "{org}");
    // Not in the file, its log, or any value of any table (on PostgreSQL:
    // any value of any table, each row as the server spells it).
    let mut bytes = Vec::new();
    if env.pg.is_none() {
        let db = env.db();
        bytes = std::fs::read(&db).unwrap();
        let mut wal = db.clone().into_os_string();
        wal.push("-wal");
        bytes.extend(std::fs::read(&wal).unwrap_or_default());
        // And not in a backup.
        let backup = env.path("backup.db");
        env.ok(&["backup", backup.to_str().unwrap()]);
        bytes.extend(std::fs::read(&backup).unwrap());
    }
    let dump = env.fingerprint();
    for n in [ID_A, ID_B, ID_C, ID_D] {
        assert!(!contains(&bytes, n), "{n} in the database file or its log");
        assert!(!dump.contains(n), "{n} in a table");
        assert!(!dump.contains(&n[..17]), "{n} (17 digits) in a table");
    }
}

#[test]
fn pii1_the_key_is_needed_only_where_a_number_is_used() {
    let env = Env::new();
    world(&env);
    let key = env.path("roster.key");
    assert!(key.exists(), "the key sits beside the database");
    let moved = env.path("elsewhere.key");
    std::fs::rename(&key, &moved).unwrap();
    let before = env.fingerprint();
    // Without the key: reading or writing a number is refused, exit 1 …
    for args in [
        w("--org acme employee show li@acme.cn"),
        w("org show acme"),
        vec!["identity", "show", ID_B],
        vec!["identity", "penalize", ID_A, "--kind", "ban"],
    ] {
        let err = env.fail(1, &args);
        assert_eq!(err["code"], "KEY_MISSING", "{args:?}: {err}");
    }
    assert_eq!(
        env.fingerprint(),
        before,
        "a refused command leaves no trace"
    );
    // … what holds none works: the audit log (pseudonyms, masked), what
    // falls due, agencies and shops.
    env.ok(&w("audit"));
    env.ok(&w("due --within 7d"));
    env.ok(&w("org list --kind shop"));
    env.ok(&w("--org acme-shop position list"));
    // The key found again, through the variable or the flag.
    let moved_s = moved.to_str().unwrap();
    let r = env.run_env(
        &w("--json --org acme employee show li@acme.cn"),
        &[("ROSTER_KEY_FILE", moved_s)],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    env.ok(&["--key-file", moved_s, "org", "show", "acme"]);
}

#[test]
fn pii1_a_wrong_or_unsafe_key_is_refused() {
    let env = Env::new();
    world(&env);
    let key = env.path("roster.key");
    let other = env.path("other.key");
    std::fs::write(&other, format!("{}\n", "ab".repeat(32))).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o600)).unwrap();
    let other_s = other.to_str().unwrap();
    let err = env.fail(1, &["--key-file", other_s, "org", "show", "acme"]);
    assert_eq!(err["code"], "KEY_MISMATCH", "{err}");
    std::fs::write(&other, "not a key\n").unwrap();
    let err = env.fail(1, &["--key-file", other_s, "org", "show", "acme"]);
    assert_eq!(err["code"], "KEY_INVALID", "{err}");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = env.fail(1, &w("org show acme"));
    assert_eq!(err["code"], "KEY_INSECURE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("chmod 600"),
        "{err}"
    );
}

#[test]
fn pii1_init_creates_a_private_key_and_names_it() {
    let env = Env::new();
    let v = env.ok(&w("init"));
    let key = env.path("roster.key");
    assert_eq!(v["key_file"], key.to_str().unwrap(), "{v}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&key).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&key).unwrap();
    assert_eq!(text.trim().len(), 64);
    // Idempotent: the same key, checked.
    env.ok(&w("init"));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), text);
    // A configured key path is used, relative to the config file (on
    // PostgreSQL the suite names the key by ROSTER_KEY_FILE, which the
    // config does not override).
    if crate::harness::on_postgres() {
        return;
    }
    let env2 = Env::new();
    std::fs::create_dir(env2.path("keys")).unwrap();
    let cfg = env2.write_file("roster.toml", "key_file = \"keys/acme.key\"\n");
    let v = env2.ok(&["--config", &cfg, "init"]);
    assert!(
        v["key_file"].as_str().unwrap().ends_with("keys/acme.key"),
        "{v}"
    );
    assert!(env2.path("keys/acme.key").exists());
    assert!(!env2.path("roster.key").exists());
}
