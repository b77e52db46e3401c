//! `roster calendar [show|check FILE]`: the working-day calendar (TM-1).
//! Neither verb needs the database, and neither opens one.

use std::path::PathBuf;

use clap::Subcommand;

use super::Run;
use crate::error::Result;
use crate::views::{CalendarCheckView, CalendarYearView};

#[derive(Debug, Subcommand)]
pub enum CalendarCmd {
    /// Which years the working-day calendar covers and where each came from (the default)
    #[command(
        after_help = "Sources: embedded (compiled in) or config (the config's calendar_file, which replaces \
an embedded year entirely). A deadline reaching past these years is counted on weekends only and shown \
as provisional until a calendar file covers the year (EA-10).\n\nExample:\n  roster --json calendar show | jq '.[].year'"
    )]
    Show,
    /// Validate a calendar file (the format calendar_file accepts) and list the years it would add
    #[command(
        after_help = "The file is a JSON object of \"YYYY-MM-DD\": \"holiday\" | \"workday\"; a year it lists at \
all is covered, every day of it not listed is a workday Monday to Friday. Exit 5 names the file, line and \
entry of a malformed file; exit 1 if it cannot be read.\n\nExample:\n  roster calendar check holidays-2027.json"
    )]
    Check {
        /// The calendar file (JSON)
        file: PathBuf,
    },
}

pub fn run(run: &mut Run, cmd: Option<CalendarCmd>) -> Result<()> {
    match cmd.unwrap_or(CalendarCmd::Show) {
        CalendarCmd::Show => show(run),
        CalendarCmd::Check { file } => check(run, &file),
    }
}

fn show(run: &mut Run) -> Result<()> {
    let cal = &run.config.calendar;
    let years: Vec<CalendarYearView> = run
        .config
        .calendar_years()
        .into_iter()
        .map(|(year, file)| CalendarYearView::new(year, file, cal.entries_in(year)))
        .collect();
    if let Some(last) = cal.last_year() {
        run.say(format!(
            "deadlines reaching past {last} (or into a year not listed) are counted on weekends only \
             and marked provisional; add a year with calendar_file in the config"
        ));
    }
    run.all(&[], years)
}

fn check(run: &mut Run, file: &std::path::Path) -> Result<()> {
    let extra = crate::config::read_calendar(file)?;
    let in_force = &run.config.calendar;
    let years: Vec<CalendarCheckView> = extra
        .years()
        .map(|y| CalendarCheckView::new(y, extra.entries_in(y), in_force.covers(y)))
        .collect();
    let list = |effect: &str| {
        let ys: Vec<String> = years
            .iter()
            .filter(|v| v.effect == effect)
            .map(|v| v.year.to_string())
            .collect();
        (!ys.is_empty()).then(|| format!("{effect} {}", ys.join(", ")))
    };
    let effects: Vec<String> = [list("adds"), list("replaces")]
        .into_iter()
        .flatten()
        .collect();
    run.say(format!(
        "{} is a valid calendar file: {}",
        file.display(),
        if effects.is_empty() {
            "it covers no year".to_string()
        } else {
            effects.join("; ")
        }
    ));
    run.all(&[], years)
}
