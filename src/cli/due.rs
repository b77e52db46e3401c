//! `roster due`: what falls due in a window, before the sweep ends it.

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser};

use super::Run;
use crate::app::due as app;
use crate::domain::due::Kind;
use crate::error::Result;
use crate::views::DueView;

pub const AFTER_HELP: &str = "\
Lists, oldest first (then by kind and object), every deadline in [now, now + --within], both ends
included: invitations that lapse (PA-2), validity periods that end (PA-1), pending upgrades that
expire (UP-6), cancel windows that close (UP-3), deregistration reviews that fall due (EA-10) and,
with --kind, verification codes (VC-1). What is already over at now (an invitation past its 48 hours,
swept or not) is not listed: it has lapsed. A deregistration review past its due instant is listed
whatever the window, with overdue=true, until it is reviewed. Each item names the command that acts
on it. --org (ROSTER_ORG, default_org) keeps one organisation's; without it, every organisation's.
The answer is the same whether or not `roster sweep` has run.

Examples:
  roster due
  roster --org acme due --within 7d
  roster --format jsonl due --within 24h | jq -r .command
  roster due --within 10m --kind code_expires

Daily digest (crontab, 08:00):
  0 8 * * * ROSTER_DB=/srv/roster.db roster --format jsonl due --within 24h | mail -s 'roster: due in 24h' ops@example.com";

#[derive(Debug, Args)]
pub struct DueArgs {
    /// How far ahead to look: 48h, 7d, 90m, 2w, 1d12h, or ISO 8601 (PT36H, P7D)
    #[arg(long, value_name = "DURATION", default_value = "48h")]
    within: String,
    /// Only these kinds, comma-separated or repeated [default: every kind but code_expires]
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = kinds())]
    kind: Vec<String>,
}

fn kinds() -> PossibleValuesParser {
    let help = |k: Kind| match k {
        Kind::CancelWindowCloses => "an automatic upgrade's 30-day cancel window closes (UP-3)",
        Kind::CodeExpires => "a verification code's 5 minutes end (VC-1)",
        Kind::DeregistrationDue => "a deregistration review falls due, or is overdue (EA-10)",
        Kind::InvitationLapses => "an invitation's 48 hours end (PA-2)",
        Kind::ReviewExpires => "a pending upgrade's 7 days end (UP-6)",
        Kind::ValidityEnds => "an authorisation's validity period ends (PA-1)",
    };
    PossibleValuesParser::new(
        Kind::CODES
            .iter()
            .map(|(k, code)| PossibleValue::new(*code).help(help(*k)))
            .chain(std::iter::once(
                PossibleValue::new("all").help("every kind, codes included"),
            )),
    )
}

pub fn run(run: &mut Run, a: DueArgs) -> Result<()> {
    // Checked before the database is opened: a bad --within is exit 5
    // whether or not the database exists.
    let q = app::query(run.now, &a.within, &a.kind)?;
    let org = run.org().map(str::to_string);
    let now = run.now;
    run.stream(
        &["at", "kind", "org", "object", "command"],
        |tx, _ctx, emit| {
            app::list(tx, org.as_deref(), &q, |item| {
                emit(DueView::new(&item, now))
            })
        },
    )
}
