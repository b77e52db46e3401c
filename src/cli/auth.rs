//! `roster auth …` (rules PA-1 … PA-8)

use clap::{ArgGroup, Subcommand};

use super::{Run, values};
use crate::app::authorization::{self as app, InviteInput};
use crate::error::{Error, Result};
use crate::views::AuthView;

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)
    #[command(
        after_help = "The invitation must be answered within 48 hours (PA-2). Module codes: the enterprise's \
back-end modules (backend.*) and the tools it holds (video.*, live.*, home.*).\n\nExamples:\n  roster --org acme auth invite dy_wangfang dy_zhaolei --modules backend.video,video.group_buy --agree --valid-until 2026-12-31\n  roster --org acme auth invite - --modules backend.live --agree < douyin-ids.txt   # one Douyin id per line"
    )]
    Invite {
        /// Douyin ids, or - to read one per line from stdin
        #[arg(required = true, value_name = "DOUYIN_ID")]
        ids: Vec<String>,
        /// Module codes to authorise, comma-separated
        #[arg(long, value_name = "CODES")]
        modules: String,
        /// Agree to the business authorisation agreement (PA-1)
        #[arg(long, required = true)]
        agree: bool,
        /// End of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)
        #[arg(long, value_name = "DATE")]
        valid_until: Option<String>,
    },
    /// The employee fills in their information within 48 hours (PA-2)
    #[command(
        after_help = "Example:\n  roster auth accept dy_lilei --name 'Li Lei' --id-number 11010519491231002X"
    )]
    Accept {
        /// The invited Douyin id
        douyin_id: String,
        /// The employee's name
        #[arg(long)]
        name: String,
        /// The employee's resident identity number (GB 11643)
        #[arg(long)]
        id_number: String,
    },
    /// Record the platform's review (PA-3)
    #[command(
        group(ArgGroup::new("decision").required(true).args(["approve", "reject"])),
        after_help = "Example:\n  roster auth review dy_lilei --approve"
    )]
    Review {
        /// The authorised Douyin id
        douyin_id: String,
        /// The platform approved it
        #[arg(long)]
        approve: bool,
        /// The platform rejected it (with --reason)
        #[arg(long, requires = "reason")]
        reject: bool,
        /// Why the review rejects (with --reject)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Correct a rejected application and send it back to review (PA-3)
    #[command(after_help = "Example:\n  roster auth resubmit dy_lilei --name 'Li Lei'")]
    Resubmit {
        /// The authorised Douyin id
        douyin_id: String,
        /// The corrected name
        #[arg(long)]
        name: Option<String>,
        /// The corrected resident identity number
        #[arg(long)]
        id_number: Option<String>,
    },
    /// Change the authorised modules or the validity period (PA-6)
    #[command(
        after_help = "Example:\n  roster auth modify dy_lilei --modules backend.video,backend.live --valid-until 2027-06-30"
    )]
    Modify {
        /// The authorised Douyin id
        douyin_id: String,
        /// The new module codes, comma-separated (replace the old ones)
        #[arg(long, value_name = "CODES")]
        modules: Option<String>,
        /// The new end of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)
        #[arg(long, value_name = "DATE")]
        valid_until: Option<String>,
    },
    /// Always refused: authorised accounts cannot be unbound (PA-5)
    #[command(after_help = "Example:\n  roster auth unbind dy_lilei   # exit 4, names the way out")]
    Unbind {
        /// The authorised Douyin id
        douyin_id: String,
    },
    /// End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation
    #[command(after_help = "Example:\n  roster auth end dy_lilei --reason account-deregistered")]
    End {
        /// The authorised Douyin id
        douyin_id: String,
        /// Why it ends
        #[arg(long, value_parser = values::end_reason())]
        reason: String,
    },
    /// Show one authorisation
    #[command(after_help = "Example:\n  roster --json auth show dy_lilei")]
    Show {
        /// The authorised Douyin id
        douyin_id: String,
    },
    /// List authorisations (every org's, or --org's)
    #[command(after_help = "Example:\n  roster --org acme auth list --status invited")]
    List {
        /// Only authorisations in this state
        #[arg(long, value_parser = values::auth_status())]
        status: Option<String>,
    },
}

/// Keys from the arguments, where `-` stands for one per line from stdin
/// (blank lines and `#` comments skipped). Every key is reported, repeats
/// too, so a report lines up with its input.
pub(crate) fn keys(args: Vec<String>) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for a in args {
        if a == "-" {
            let text = std::io::read_to_string(std::io::stdin())
                .map_err(|e| Error::invalid("-", "UNREADABLE_STDIN", None, e.to_string()))?;
            out.extend(
                text.lines()
                    .map(crate::domain::validate::clean)
                    .filter(|l| !l.is_empty() && !l.starts_with('#')),
            );
        } else {
            out.push(a);
        }
    }
    if out.is_empty() {
        return Err(Error::Usage {
            message: "no keys given: name them as arguments or one per line on stdin with -"
                .to_string(),
        });
    }
    Ok(out)
}

pub fn run(run: &mut Run, cmd: AuthCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let reveal = run.reveal();
    let o = match cmd {
        AuthCmd::Invite {
            ids,
            modules,
            agree,
            valid_until,
        } => {
            let input = InviteInput {
                modules,
                agree,
                valid_until,
            };
            let ids = keys(ids)?;
            // Flags shared by every id are checked once, before any id.
            run.read(|tx, ctx| app::check_invite(tx, ctx, org, &input))?;
            // A batch verb: always the array of row results, whatever the
            // number of ids (one shape for scripts).
            return invite_batch(run, org, &ids, &input, reveal);
        }
        AuthCmd::Accept {
            douyin_id,
            name,
            id_number,
        } => run.write(|tx, ctx| app::accept(tx, ctx, org, &douyin_id, &name, &id_number))?,
        AuthCmd::Review {
            douyin_id,
            approve,
            reason,
            ..
        } => {
            run.write(|tx, ctx| app::review(tx, ctx, org, &douyin_id, approve, reason.as_deref()))?
        }
        AuthCmd::Resubmit {
            douyin_id,
            name,
            id_number,
        } => run.write(|tx, ctx| {
            app::resubmit(
                tx,
                ctx,
                org,
                &douyin_id,
                name.as_deref(),
                id_number.as_deref(),
            )
        })?,
        AuthCmd::Modify {
            douyin_id,
            modules,
            valid_until,
        } => run.write(|tx, ctx| {
            app::modify(
                tx,
                ctx,
                org,
                &douyin_id,
                modules.as_deref(),
                valid_until.as_deref(),
            )
        })?,
        AuthCmd::Unbind { douyin_id } => run.read(|tx, _| app::unbind(tx, org, &douyin_id))?,
        AuthCmd::End { douyin_id, reason } => {
            run.write(|tx, ctx| app::end(tx, ctx, org, &douyin_id, &reason))?
        }
        AuthCmd::Show { douyin_id } => {
            let st = run.read(|tx, ctx| app::show(tx, ctx, org, &douyin_id))?;
            return run.one(&st.view(reveal));
        }
        AuthCmd::List { status } => {
            return run.stream(
                &[
                    "org",
                    "douyin_id",
                    "status",
                    "modules",
                    "valid_until",
                    "invite_expires_at",
                ],
                |tx, ctx, emit| {
                    app::list(tx, ctx, org, status.as_deref(), |s| emit(s.view(reveal)))
                },
            );
        }
    };
    let what = format!("authorisation {}", o.value.auth.douyin_id.as_str());
    run.outcome(&what, &o, |s| s.view(reveal))
}

/// Several ids: each in its own transaction, each reported; exit 6 when
/// some failed.
fn invite_batch(
    run: &mut Run,
    org: Option<&str>,
    ids: &[String],
    input: &InviteInput,
    reveal: bool,
) -> Result<()> {
    let mut rows = Vec::with_capacity(ids.len());
    let mut failed = 0u64;
    for id in ids {
        let row = match run.write(|tx, ctx| app::invite(tx, ctx, org, id, input)) {
            Ok(o) => super::batch_row(
                ("douyin_id", id),
                Ok((o.change.word(), o.value.view(reveal))),
            )?,
            Err(e @ (Error::Busy { .. } | Error::Internal(_))) => return Err(e),
            Err(e) => {
                failed += 1;
                super::batch_row::<AuthView>(("douyin_id", id), Err(&e))?
            }
        };
        rows.push(row);
    }
    let n = rows.len();
    run.all(
        &[
            "douyin_id",
            "result",
            "status",
            "error_code",
            "error_message",
        ],
        rows,
    )?;
    if failed > 0 {
        return Err(Error::Partial {
            rows: u64::try_from(n).unwrap_or(u64::MAX),
            failed,
        });
    }
    Ok(())
}
