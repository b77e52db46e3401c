//! `roster department …`

use clap::Subcommand;

use super::Run;
use crate::app::department as app;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum DepartmentCmd {
    /// Create a department; its parent must exist (DEP-1)
    #[command(
        after_help = "Example:\n  roster --org acme department create Sales\n  roster --org acme department create Sales/East"
    )]
    Create {
        /// The department's path, parents first: Sales/East
        path: String,
    },
    /// Rename the last segment of PATH; sub-departments follow
    #[command(
        after_help = "Example:\n  roster --org acme department rename Sales/East 'East China'"
    )]
    Rename {
        /// The department's path
        path: String,
        /// The new name of its last segment
        new_name: String,
    },
    /// Move a department under another (--to / for the top level)
    #[command(
        name = "move",
        after_help = "Example:\n  roster --org acme department move Sales/East --to Operations"
    )]
    Move {
        /// The department's path
        path: String,
        /// The new parent's path (/ for the top level)
        #[arg(long, value_name = "PARENT_PATH")]
        to: String,
    },
    /// Delete a department without sub-departments or members
    #[command(after_help = "Example:\n  roster --org acme department delete Operations")]
    Delete {
        /// The department's path
        path: String,
    },
    /// List the department tree of --org
    #[command(after_help = "Example:\n  roster --org acme department list --json")]
    List,
}

pub fn run(run: &mut Run, cmd: DepartmentCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let o = match cmd {
        DepartmentCmd::Create { path } => run.write(|tx, ctx| app::create(tx, ctx, org, &path))?,
        DepartmentCmd::Rename { path, new_name } => {
            run.write(|tx, ctx| app::rename(tx, ctx, org, &path, &new_name))?
        }
        DepartmentCmd::Move { path, to } => {
            run.write(|tx, ctx| app::move_to(tx, ctx, org, &path, &to))?
        }
        DepartmentCmd::Delete { path } => run.write(|tx, ctx| app::delete(tx, ctx, org, &path))?,
        DepartmentCmd::List => {
            let all = run.read(|tx, _| app::list(tx, org))?;
            return run.all(&[], all);
        }
    };
    let what = format!("department {}", o.value.path);
    run.outcome(&what, &o, Clone::clone)
}
