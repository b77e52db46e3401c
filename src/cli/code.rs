//! `roster code …`: one-time verification codes (rule VC-1).

use clap::Subcommand;

use super::Run;
use super::subaccount::Target;
use crate::app::code as app;
use crate::error::Result;
use crate::output::Format;

#[derive(Debug, Subcommand)]
pub enum CodeCmd {
    /// Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)
    #[command(
        after_help = "The code is printed once (stdout; JSON field `code`) and stored only as a hash.\n\nExample:\n  roster --org starlight code issue --phone 13600000003"
    )]
    Issue {
        #[command(flatten)]
        target: Target,
    },
}

pub fn run(run: &mut Run, cmd: CodeCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let CodeCmd::Issue { target } = cmd;
    let o = run.write(|tx, ctx| {
        app::issue(
            tx,
            ctx,
            org.as_deref(),
            target.phone.as_deref(),
            target.email.as_deref(),
        )
    })?;
    if run.format == Format::Table || run.global.quiet {
        // Shown once; with --quiet it still reaches the person, on stderr.
        if let Some(c) = &o.value.code {
            eprintln!(
                "verification code for {} (valid until {}): {c}",
                o.value.target, o.value.expires_at
            );
        }
        if run.global.quiet {
            return Ok(());
        }
    }
    let what = format!("code for {}", o.value.target);
    run.outcome(&what, &o, Clone::clone)
}
