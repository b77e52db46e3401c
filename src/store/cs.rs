//! Customer-service groups, their pages and members, and the routing state
//! (SH-4).

use super::params;

use super::subaccount::{COLUMNS, from_row, with_positions};
use super::{Tx, optional};
use crate::clock;
use crate::domain::subaccount::SubAccount;
use crate::error::Result;

/// A customer-service group with its pages (SH-4).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub pages: Vec<String>,
}

/// A member of a group with its routing state.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub subaccount: SubAccount,
    pub weight: u32,
    pub current: i64,
}

pub fn insert_group(
    tx: &Tx<'_>,
    org_id: i64,
    name: &str,
    pages: &[String],
    now: jiff::Timestamp,
) -> Result<i64> {
    let id = tx.insert(
        "INSERT INTO cs_groups (org_id, name, created_at) VALUES (?1, ?2, ?3)",
        params![org_id, name, clock::fmt(now)],
    )?;
    for p in pages {
        tx.exec(
            "INSERT INTO cs_group_pages (group_id, page) VALUES (?1, ?2)",
            params![id, p],
        )?;
    }
    Ok(id)
}

fn group_pages(tx: &Tx<'_>, id: i64) -> Result<Vec<String>> {
    tx.query(
        "SELECT page FROM cs_group_pages WHERE group_id = ?1 ORDER BY page",
        params![id],
        |r| r.get(0),
    )
}

pub fn find_group(tx: &Tx<'_>, org_id: i64, name: &str) -> Result<Option<Group>> {
    let g = optional(tx.row(
        "SELECT id, org_id, name FROM cs_groups WHERE org_id = ?1 AND name = ?2",
        params![org_id, name],
        |r| Ok((r.get::<i64>(0)?, r.get::<i64>(1)?, r.get::<String>(2)?)),
    ))?;
    g.map(|(id, org_id, name)| {
        Ok(Group {
            id,
            org_id,
            name,
            pages: group_pages(tx, id)?,
        })
    })
    .transpose()
}

/// Groups of the org bound to `page`, by name.
pub fn groups_for_page(tx: &Tx<'_>, org_id: i64, page: &str) -> Result<Vec<Group>> {
    let rows = tx.query(
        "SELECT g.id, g.name FROM cs_groups g JOIN cs_group_pages p ON p.group_id = g.id \
         WHERE g.org_id = ?1 AND p.page = ?2 ORDER BY g.name",
        params![org_id, page],
        |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
    )?;
    rows.into_iter()
        .map(|(id, name)| {
            Ok(Group {
                id,
                org_id,
                name,
                pages: group_pages(tx, id)?,
            })
        })
        .collect()
}

pub fn members(tx: &Tx<'_>, group_id: i64) -> Result<Vec<Member>> {
    let rows = tx.query(
        "SELECT m.subaccount_id, m.weight, m.current FROM cs_members m WHERE m.group_id = ?1 \
         ORDER BY m.subaccount_id",
        params![group_id],
        |r| Ok((r.get::<i64>(0)?, r.get::<u32>(1)?, r.get::<i64>(2)?)),
    )?;
    rows.into_iter()
        .map(|(sid, weight, current)| {
            let s = tx.row(
                &format!("SELECT {COLUMNS} FROM subaccounts WHERE id = ?1"),
                params![sid],
                from_row,
            )?;
            Ok(Member {
                subaccount: with_positions(tx, s)?,
                weight,
                current,
            })
        })
        .collect()
}

pub fn set_member(tx: &Tx<'_>, group_id: i64, subaccount_id: i64, weight: u32) -> Result<()> {
    tx.exec(
        "INSERT INTO cs_members (group_id, subaccount_id, weight, current) VALUES (?1, ?2, ?3, 0) \
         ON CONFLICT (group_id, subaccount_id) DO UPDATE SET weight = ?3",
        params![group_id, subaccount_id, weight],
    )?;
    Ok(())
}

pub fn remove_member(tx: &Tx<'_>, group_id: i64, subaccount_id: i64) -> Result<usize> {
    tx.exec(
        "DELETE FROM cs_members WHERE group_id = ?1 AND subaccount_id = ?2",
        params![group_id, subaccount_id],
    )
}

pub fn set_current(tx: &Tx<'_>, group_id: i64, subaccount_id: i64, current: i64) -> Result<()> {
    tx.exec(
        "UPDATE cs_members SET current = ?3 WHERE group_id = ?1 AND subaccount_id = ?2",
        params![group_id, subaccount_id, current],
    )?;
    Ok(())
}
