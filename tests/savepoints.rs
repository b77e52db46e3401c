//! Savepoints (an import row's unit) on either engine: what a savepoint
//! that fails did is gone, what one that succeeded did stays, whether
//! nested or one after another. On PostgreSQL a savepoint that ended well
//! is released with the next savepoint statement (one round trip a row),
//! and the keyed lookups a transaction kept must follow every rollback.
//! Runs on PostgreSQL when `ROSTER_TEST_POSTGRES` names a server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::World;
use roster::app::authorization::{self as auth, InviteInput};
use roster::error::{Error, Result};
use roster::store::Tx;

const ORG: &str = "acme";

fn invite(tx: &Tx<'_>, w: &roster::app::Ctx<'_>, id: &str) -> Result<()> {
    let input = InviteInput {
        modules: "backend.video".into(),
        agree: true,
        valid_until: None,
    };
    auth::invite(tx, w, Some(ORG), id, &input).map(|_| ())
}

fn fail() -> Error {
    Error::internal("the row fails")
}

/// Which of the Douyin ids have an authorisation now.
fn held(w: &mut World, ids: &[&str]) -> Vec<String> {
    let ctx = w.ctx();
    w.store
        .read(|tx| {
            Ok(ids
                .iter()
                .filter(|id| auth::show(tx, &ctx, None, id).is_ok())
                .map(|id| (*id).to_string())
                .collect())
        })
        .unwrap()
}

#[test]
fn rows_one_after_another_keep_what_succeeded_and_drop_what_failed() {
    let mut w = World::new(&[ORG]);
    w.setup(|tx, ctx| {
        tx.savepoint(|tx| invite(tx, ctx, "dy_a"))?;
        let failed = tx.savepoint(|tx| {
            invite(tx, ctx, "dy_b")?;
            Err::<(), _>(fail())
        });
        assert!(failed.is_err());
        tx.savepoint(|tx| invite(tx, ctx, "dy_c"))?;
        // A failing row after one that succeeded: the earlier one stays.
        let failed = tx.savepoint(|tx| {
            invite(tx, ctx, "dy_d")?;
            Err::<(), _>(fail())
        });
        assert!(failed.is_err());
        Ok(())
    });
    assert_eq!(
        held(&mut w, &["dy_a", "dy_b", "dy_c", "dy_d"]),
        ["dy_a", "dy_c"]
    );
}

#[test]
fn an_outer_savepoint_that_fails_drops_what_its_inner_ones_kept() {
    let mut w = World::new(&[ORG]);
    w.setup(|tx, ctx| {
        let failed = tx.savepoint(|tx| {
            tx.savepoint(|tx| invite(tx, ctx, "dy_a"))?;
            tx.savepoint(|tx| invite(tx, ctx, "dy_b"))?;
            let inner = tx.savepoint(|tx| {
                invite(tx, ctx, "dy_c")?;
                Err::<(), _>(fail())
            });
            assert!(inner.is_err());
            Err::<(), _>(fail())
        });
        assert!(failed.is_err());
        tx.savepoint(|tx| {
            tx.savepoint(|tx| invite(tx, ctx, "dy_e"))?;
            invite(tx, ctx, "dy_f")
        })?;
        Ok(())
    });
    assert_eq!(
        held(&mut w, &["dy_a", "dy_b", "dy_c", "dy_e", "dy_f"]),
        ["dy_e", "dy_f"]
    );
}

/// A lookup kept before a savepoint that is rolled back must not answer
/// after it with what the savepoint wrote: the same Douyin id, invited in
/// a savepoint that failed, is free again.
#[test]
fn a_rolled_back_row_leaves_no_kept_answer_behind() {
    let mut w = World::new(&[ORG]);
    w.setup(|tx, ctx| {
        let failed = tx.savepoint(|tx| {
            invite(tx, ctx, "dy_a")?;
            // Read after the write: a kept answer would now say "held".
            assert!(auth::show(tx, ctx, None, "dy_a").is_ok());
            Err::<(), _>(fail())
        });
        assert!(failed.is_err());
        assert!(auth::show(tx, ctx, None, "dy_a").is_err());
        tx.savepoint(|tx| invite(tx, ctx, "dy_a"))?;
        assert!(auth::show(tx, ctx, None, "dy_a").is_ok());
        Ok(())
    });
    assert_eq!(held(&mut w, &["dy_a"]), ["dy_a"]);
    let audit = w.audit_rows();
    // The org's creation, verification, position, and the one invitation.
    assert_eq!(audit, 4);
}

/// A row that writes after a row inside it succeeded, then fails: both
/// rows' writes are gone. One that writes after a row inside it failed,
/// then succeeds: its own write stays, the failed row's does not.
#[test]
fn writes_after_an_inner_savepoint_belong_to_the_outer_one() {
    let mut w = World::new(&[ORG]);
    w.setup(|tx, ctx| {
        let failed = tx.savepoint(|tx| {
            tx.savepoint(|tx| invite(tx, ctx, "dy_a"))?;
            invite(tx, ctx, "dy_b")?;
            Err::<(), _>(fail())
        });
        assert!(failed.is_err());
        tx.savepoint(|tx| {
            let inner = tx.savepoint(|tx| {
                invite(tx, ctx, "dy_c")?;
                Err::<(), _>(fail())
            });
            assert!(inner.is_err());
            invite(tx, ctx, "dy_d")
        })?;
        Ok(())
    });
    assert_eq!(held(&mut w, &["dy_a", "dy_b", "dy_c", "dy_d"]), ["dy_d"]);
}
