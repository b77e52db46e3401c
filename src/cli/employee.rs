//! `roster employee …` (rules EA-1 … EA-12)

use clap::{ArgGroup, Args, Subcommand};

use super::{Run, values};
use crate::app::Outcome;
use crate::app::employee::AccountState;
use crate::app::employee::{
    self as app, ActivateInput, ApplyInput, CheckFacts, HolderInput, ListInput,
};
use crate::domain::employee::ShowcaseFacts;
use crate::error::{Error, Result};
use crate::output::Format;
use crate::secret;

#[derive(Debug, Args)]
pub struct Person {
    /// The employee's name
    #[arg(long)]
    name: Option<String>,
    /// Resident identity number (GB 11643)
    #[arg(long)]
    id_number: Option<String>,
    /// Position name in the enterprise
    #[arg(long)]
    position: Option<String>,
    /// Department path, e.g. Sales/East
    #[arg(long, value_name = "PATH")]
    department: Option<String>,
    /// Proof of employment (EA-3)
    #[arg(long, value_parser = values::proof())]
    proof: Option<String>,
    /// The written explanation a legal-rep-signed proof needs
    #[arg(long, value_name = "TEXT")]
    proof_note: Option<String>,
}

impl Person {
    fn input(self) -> HolderInput {
        HolderInput {
            name: self.name,
            id_number: self.id_number,
            position: self.position,
            department: self.department,
            proof: self.proof,
            proof_note: self.proof_note,
        }
    }
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("decision").required(true).args(["approve", "reject"])))]
pub struct Decision {
    /// The platform approved it
    #[arg(long)]
    approve: bool,
    /// The platform rejected it (with --reason)
    #[arg(long, requires = "reason")]
    reject: bool,
    /// Why the review rejects (with --reject)
    #[arg(long)]
    reason: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum EmployeeCmd {
    /// Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)
    #[command(
        mut_arg("name", |a| a.required(true)),
        mut_arg("id_number", |a| a.required(true)),
        mut_arg("position", |a| a.required(true)),
        mut_arg("proof", |a| a.required(true)),
        after_help = "Without --password-stdin an initial password is generated and shown once \
(stderr in table mode, the initial_password field in JSON).\n\nExample:\n  roster --org acme employee apply li@acme.cn --name 'Li Lei' --id-number 11010519491231002X \\\n      --position Sales --department Sales/East --proof sealed --agree"
    )]
    Apply {
        /// The account's login email
        email: String,
        #[command(flatten)]
        person: Person,
        /// Agree to the platform agreement (EA-1)
        #[arg(long, required = true)]
        agree: bool,
        /// Read the initial password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
        /// The Douyin id the new account has, when known
        #[arg(long)]
        douyin_id: Option<String>,
        /// A contact phone besides the login email
        #[arg(long)]
        contact_phone: Option<String>,
    },
    /// Record the platform's review: approve or reject with a reason (EA-5)
    #[command(
        after_help = "Example:\n  roster employee review li@acme.cn --approve\n  roster employee review wang@acme.cn --reject --reason 'proof is not sealed'"
    )]
    Review {
        /// The account's login email
        email: String,
        #[command(flatten)]
        decision: Decision,
    },
    /// Correct a rejected application and send it back to review (EA-5)
    #[command(after_help = "Example:\n  roster employee resubmit li@acme.cn --proof sealed")]
    Resubmit {
        /// The account's login email
        email: String,
        #[command(flatten)]
        person: Person,
    },
    /// Withdraw a rejected application, freeing its seat (EA-5)
    #[command(after_help = "Example:\n  roster employee withdraw li@acme.cn")]
    Withdraw {
        /// The account's login email
        email: String,
    },
    /// Record the employee's activation in the app (EA-6)
    #[command(
        after_help = "Without --new-password-stdin a new password is generated and shown once.\n\nExample:\n  roster employee activate li@acme.cn --face-id-number 11010519491231002X \\\n      --aux-phone 13800138000 --app-version 20.10"
    )]
    Activate {
        /// The account's login email
        email: String,
        /// The identity number face verification matched
        #[arg(long)]
        face_id_number: String,
        /// The holder's own mobile, bound as auxiliary phone
        #[arg(long)]
        aux_phone: String,
        /// The Douyin app version used (20.7 or later; web is not supported)
        #[arg(long)]
        app_version: String,
        /// Read the new password from the first line of stdin
        #[arg(long)]
        new_password_stdin: bool,
    },
    /// Record whether the account holds unsettled assets (EA-8)
    #[command(
        group(ArgGroup::new("state").required(true).args(["unsettled", "settled"])),
        after_help = "Example:\n  roster employee assets li@acme.cn --unsettled"
    )]
    Assets {
        /// The account's login email
        email: String,
        /// The account holds unsettled assets (earnings, orders, deposits)
        #[arg(long)]
        unsettled: bool,
        /// Its assets are settled
        #[arg(long)]
        settled: bool,
    },
    /// The employee leaves: vacant, or resigning while assets are unsettled (EA-8)
    #[command(after_help = "Example:\n  roster employee resign li@acme.cn --agree")]
    Resign {
        /// The account's login email
        email: String,
        /// Agree to the platform agreement on resignation (EA-8)
        #[arg(long, required = true)]
        agree: bool,
    },
    /// The employee finished the manual real-name unbind: resigning → vacant (EA-8)
    #[command(
        name = "unbind-confirm",
        after_help = "Example:\n  roster employee unbind-confirm li@acme.cn"
    )]
    UnbindConfirm {
        /// The account's login email
        email: String,
    },
    /// Hand a vacant account to a new employee; it goes through review again (EA-9)
    #[command(
        mut_arg("name", |a| a.required(true)),
        mut_arg("id_number", |a| a.required(true)),
        mut_arg("position", |a| a.required(true)),
        mut_arg("proof", |a| a.required(true)),
        after_help = "Example:\n  roster employee enable li@acme.cn --name 'Wang Fang' --id-number 310115198805122347 \\\n      --position Sales --proof sealed --agree"
    )]
    Enable {
        /// The account's login email
        email: String,
        #[command(flatten)]
        person: Person,
        /// Agree to the platform agreement for the new holder (EA-9)
        #[arg(long, required = true)]
        agree: bool,
        /// Read the new holder's initial password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Request deregistration with every material; due in 5 working days (EA-10)
    #[command(
        after_help = "Materials: business-licence, legal-rep-id, employee-id, and labour-contract or resignation-certificate.\n\nExample:\n  roster employee deregister li@acme.cn \\\n      --materials business-licence,legal-rep-id,employee-id,resignation-certificate"
    )]
    Deregister {
        /// The account's login email
        email: String,
        /// The materials handed in, comma-separated
        #[arg(long, value_name = "LIST")]
        materials: String,
    },
    /// Record the platform's decision on a deregistration (EA-10)
    #[command(
        name = "deregister-review",
        after_help = "Example:\n  roster employee deregister-review li@acme.cn --approve"
    )]
    DeregisterReview {
        /// The account's login email
        email: String,
        #[command(flatten)]
        decision: Decision,
    },
    /// Show one employee account
    #[command(after_help = "Example:\n  roster --json employee show li@acme.cn")]
    Show {
        /// The account's login email
        email: String,
    },
    /// List employee accounts (every org's, or --org's)
    #[command(
        after_help = "Example:\n  roster --org acme employee list --status active --department Sales"
    )]
    List {
        /// Only accounts in this state
        #[arg(long, value_parser = values::employee_status())]
        status: Option<String>,
        /// Only holders of this position (needs --org)
        #[arg(long)]
        position: Option<String>,
        /// Only this department and its sub-departments (needs --org)
        #[arg(long, value_name = "PATH")]
        department: Option<String>,
    },
    /// Every holder of the account with their period, newest first (EA-9)
    #[command(after_help = "Example:\n  roster employee history li@acme.cn")]
    History {
        /// The account's login email
        email: String,
    },
    /// Eligibility report: showcase, merchant-page or xingtu (EA-12)
    #[command(
        after_help = "Reports every unmet condition. JSON: {\"eligible\": bool, \"unmet\": [{\"rule\", \"condition\"}]}\n\nExample:\n  roster --json employee check li@acme.cn showcase --real-name --deposit-paid --public-videos 12 --followers 1500\n  roster employee check li@acme.cn merchant-page --module home.flash_group_buy:approved"
    )]
    Check {
        /// The account's login email
        email: String,
        /// What to check eligibility for
        #[arg(value_parser = values::eligibility())]
        check: String,
        /// Real-name verification is done
        #[arg(long)]
        real_name: bool,
        /// The showcase deposit is paid
        #[arg(long)]
        deposit_paid: bool,
        /// How many public videos the account has
        #[arg(long, default_value_t = 0)]
        public_videos: u32,
        /// How many followers the account has
        #[arg(long, default_value_t = 0)]
        followers: u32,
        /// The account holds the creator-marketplace identity
        #[arg(long)]
        xingtu: bool,
        /// A configured merchant-page module: CODE:approved or CODE:pending (repeatable)
        #[arg(long = "module", value_name = "CODE:STATE")]
        modules: Vec<String>,
    },
}

/// The first line of stdin, without its line end.
fn stdin_line(flag: &str) -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::invalid(flag, "UNREADABLE_STDIN", None, e.to_string()))?;
    let pw = line.trim_end_matches(['\n', '\r']).to_string();
    if pw.is_empty() {
        return Err(Error::invalid(
            flag,
            "MISSING_FIELD",
            None,
            "stdin gave no password",
        ));
    }
    Ok(pw)
}

/// The password of `flag` (from stdin when given, else generated to be
/// shown once), checked and hashed before the write lock (by design: CPU work
/// first).
fn password(from_stdin: bool, flag: &str, rule: &'static str) -> Result<secret::Prepared> {
    let given = from_stdin.then(|| stdin_line(flag)).transpose()?;
    secret::prepare(given.as_deref(), flag, rule, secret::Cost::Standard)
}

fn decision(d: &Decision) -> (bool, Option<&str>) {
    (d.approve, d.reason.as_deref())
}

pub fn run(run: &mut Run, cmd: EmployeeCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let reveal = run.reveal();
    let o = match cmd {
        EmployeeCmd::Apply {
            email,
            person,
            agree,
            password_stdin,
            douyin_id,
            contact_phone,
        } => {
            let input = ApplyInput {
                email,
                holder: person.input(),
                agree,
                password: password(password_stdin, "--password-stdin", "EA-1")?,
                douyin_id,
                contact_phone,
            };
            return show(run, reveal, |tx, ctx| app::apply(tx, ctx, org, &input));
        }
        EmployeeCmd::Review { email, decision: d } => {
            let (approve, reason) = decision(&d);
            run.write(|tx, ctx| app::review(tx, ctx, org, &email, approve, reason))?
        }
        EmployeeCmd::Resubmit { email, person } => {
            let input = person.input();
            run.write(|tx, ctx| app::resubmit(tx, ctx, org, &email, &input))?
        }
        EmployeeCmd::Withdraw { email } => {
            run.write(|tx, ctx| app::withdraw(tx, ctx, org, &email))?
        }
        EmployeeCmd::Activate {
            email,
            face_id_number,
            aux_phone,
            app_version,
            new_password_stdin,
        } => {
            let new_password = password(new_password_stdin, "--new-password-stdin", "EA-6")?;
            // EA-6 compares the new password with the initial one: argon2
            // again, so it is done before the write lock too; the use case
            // compares again only if the account changed meanwhile.
            let compared = run
                .read(|tx, _| app::initial_password_hash(tx, org, &email))
                .ok()
                .map(|h| {
                    let same = secret::verify(new_password.plain(), &h);
                    (h, same)
                });
            let input = ActivateInput {
                face_id_number,
                aux_phone,
                app_version,
                new_password,
                compared,
            };
            return show(run, reveal, |tx, ctx| {
                app::activate(tx, ctx, org, &email, &input)
            });
        }
        EmployeeCmd::Assets {
            email, unsettled, ..
        } => run.write(|tx, ctx| app::assets(tx, ctx, org, &email, unsettled))?,
        EmployeeCmd::Resign { email, agree } => {
            run.write(|tx, ctx| app::resign(tx, ctx, org, &email, agree))?
        }
        EmployeeCmd::UnbindConfirm { email } => {
            run.write(|tx, ctx| app::unbind_confirm(tx, ctx, org, &email))?
        }
        EmployeeCmd::Enable {
            email,
            person,
            agree,
            password_stdin,
        } => {
            let input = person.input();
            let pw = password(password_stdin, "--password-stdin", "EA-9")?;
            return show(run, reveal, |tx, ctx| {
                app::enable(tx, ctx, org, &email, &input, agree, &pw)
            });
        }
        EmployeeCmd::Deregister { email, materials } => {
            run.write(|tx, ctx| app::deregister(tx, ctx, org, &email, &materials))?
        }
        EmployeeCmd::DeregisterReview { email, decision: d } => {
            let (approve, reason) = decision(&d);
            run.write(|tx, ctx| app::deregister_review(tx, ctx, org, &email, approve, reason))?
        }
        EmployeeCmd::Show { email } => {
            let st = run.read(|tx, ctx| app::show(tx, ctx, org, &email))?;
            return run.one(&st.view(reveal));
        }
        EmployeeCmd::List {
            status,
            position,
            department,
        } => {
            let f = ListInput {
                status,
                position,
                department,
            };
            return run.stream(
                &[
                    "org",
                    "email",
                    "status",
                    "holder_name",
                    "position",
                    "department",
                    "activated",
                ],
                |tx, ctx, emit| app::list(tx, ctx, org, &f, |s| emit(s.view(reveal))),
            );
        }
        EmployeeCmd::History { email } => {
            let rows = run.read(|tx, _| app::history(tx, org, &email, reveal))?;
            return run.all(&[], rows);
        }
        EmployeeCmd::Check {
            email,
            check,
            real_name,
            deposit_paid,
            public_videos,
            followers,
            xingtu,
            modules,
        } => {
            let facts = CheckFacts {
                showcase: ShowcaseFacts {
                    real_name,
                    deposit_paid,
                    public_videos,
                    followers,
                },
                xingtu,
                modules,
            };
            let report = run.read(|tx, ctx| app::check(tx, ctx, org, &email, &check, &facts))?;
            return run.one(&report);
        }
    };
    emit(run, &o, reveal)
}

/// An employee change without a secret to show.
fn emit(run: &mut Run, o: &Outcome<AccountState>, reveal: bool) -> Result<()> {
    let what = format!("employee {}", o.value.account.email.as_str());
    run.outcome(&what, o, |s| s.view(reveal))
}

/// A change that may create a password shown once (apply, enable,
/// activate): the answer is written before the commit (`write_showing`).
fn show(
    run: &mut Run,
    reveal: bool,
    f: impl FnOnce(&crate::store::Tx<'_>, &crate::app::Ctx<'_>) -> Result<Outcome<AccountState>>,
) -> Result<()> {
    let (o, shown) = run.write_showing(f, |o| {
        if o.value.initial_password.is_none() {
            return Ok(None);
        }
        let (out, err) = answer(run, o, reveal)?;
        Ok(Some(super::Shown {
            out,
            err,
            // For people (table, or --quiet) it is on stderr.
            secret_on_stdout: run.format != Format::Table && !run.global.quiet,
        }))
    })?;
    if shown {
        return Ok(());
    }
    emit(run, &o, reveal)
}

/// The answer to an employee change: the view on stdout; on stderr the
/// warnings, the confirmation and, for people (table format, or --quiet),
/// the initial password, shown once: it is never shown again.
fn answer(run: &Run, o: &Outcome<AccountState>, reveal: bool) -> Result<(Vec<u8>, Vec<u8>)> {
    let mut view = o.value.view(reveal);
    let line = if run.format == Format::Table || run.global.quiet {
        view.initial_password
            .take()
            .map(|pw| format!("initial password for {} (shown once): {pw}", view.email))
    } else {
        None
    };
    let what = format!("employee {}", view.email);
    run.outcome_bytes(&what, o, line, |_| view.clone())
}
