//! `roster sweep`: one idempotent pass for cron (rule SW-1).

use super::Run;
use crate::error::Result;

/// SW-1: each kind of expiry in its own `BEGIN IMMEDIATE` transaction, so a
/// long sweep never holds the lock for everything at once; `--dry-run` runs
/// the same path and rolls back.
pub fn run(run: &mut Run, dry_run: bool) -> Result<()> {
    if run.global.actor.is_none() {
        run.actor = "sweep".to_string();
    }
    // A dry run only reads: it never creates a database.
    let mut store = if dry_run {
        run.store_dry()?
    } else {
        run.store_rw()?
    };
    let ctx = run.ctx();
    let mut report = serde_json::Map::new();
    let mut changed = 0u64;
    for (name, kind) in crate::app::sweep::KINDS {
        let n = store.write(dry_run, |tx| kind(tx, &ctx))?;
        changed += n;
        report.insert((*name).to_string(), n.into());
    }
    report.insert("changed".into(), changed.into());
    report.insert("dry_run".into(), dry_run.into());
    run.say(format!(
        "sweep at {}: {changed} change(s){}",
        crate::clock::fmt(run.now),
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    ));
    run.one(&serde_json::Value::Object(report))
}
