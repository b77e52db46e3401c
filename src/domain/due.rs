//! What falls due (`roster due`): the kinds of deadline an operator can
//! still act on before the sweep (SW-1) ends them, when each one is still
//! open, the command that acts on it, and the length of the look-ahead
//! window. Pure: the instant is passed in.

use jiff::{SignedDuration, Span, SpanRelativeTo, Timestamp};

use super::{authorization, upgrade};

/// One kind of deadline. The codes are a stable API (`kind` in JSON, and
/// `roster due --kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// PA-2: an invitation lapses 48 hours after it was sent.
    InvitationLapses,
    /// PA-1: an active authorisation's validity period ends.
    ValidityEnds,
    /// UP-6: a pending upgrade expires after 7 days without a decision.
    ReviewExpires,
    /// UP-3: an automatic upgrade can be cancelled for 30 days only.
    CancelWindowCloses,
    /// EA-10: a deregistration request is due 5 working days after filing.
    DeregistrationDue,
    /// VC-1: a verification code is valid for 5 minutes.
    CodeExpires,
}

impl Kind {
    /// Every kind with its code, in the order of the codes (the order of
    /// `kind` among items due at the same instant).
    pub const CODES: [(Kind, &'static str); 6] = [
        (Kind::CancelWindowCloses, "cancel_window_closes"),
        (Kind::CodeExpires, "code_expires"),
        (Kind::DeregistrationDue, "deregistration_due"),
        (Kind::InvitationLapses, "invitation_lapses"),
        (Kind::ReviewExpires, "review_expires"),
        (Kind::ValidityEnds, "validity_ends"),
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::InvitationLapses => "invitation_lapses",
            Kind::ValidityEnds => "validity_ends",
            Kind::ReviewExpires => "review_expires",
            Kind::CancelWindowCloses => "cancel_window_closes",
            Kind::DeregistrationDue => "deregistration_due",
            Kind::CodeExpires => "code_expires",
        }
    }

    pub fn parse(text: &str) -> Result<Kind, String> {
        let t = text.trim().to_ascii_lowercase().replace('-', "_");
        Self::CODES
            .iter()
            .find(|(_, c)| *c == t)
            .map(|(k, _)| *k)
            .ok_or_else(|| {
                let valid: Vec<&str> = Self::CODES.iter().map(|(_, c)| *c).collect();
                format!("{text:?} is not a kind; valid: {}", valid.join(", "))
            })
    }

    /// The rule (docs/rules.md) that sets this deadline.
    pub fn rule(self) -> &'static str {
        match self {
            Kind::InvitationLapses => "PA-2",
            Kind::ValidityEnds => "PA-1",
            Kind::ReviewExpires => "UP-6",
            Kind::CancelWindowCloses => "UP-3",
            Kind::DeregistrationDue => "EA-10",
            Kind::CodeExpires => "VC-1",
        }
    }

    /// Listed without `--kind`. A code lives five minutes: a digest read
    /// hours later has nothing to do about it, so codes are listed only
    /// when asked for.
    pub fn by_default(self) -> bool {
        self != Kind::CodeExpires
    }

    /// Whether an object whose deadline of this kind is `at` can still be
    /// acted on at `now`. The same instants the sweep and every read judge
    /// by, so that the answer does not depend on whether the sweep has run:
    /// an invitation, a pending upgrade, a cancel window and a code are
    /// over at their deadline (PA-2, UP-6, UP-3, VC-1); a validity period
    /// lasts through its last instant (PA-1); a deregistration request
    /// waits for its review however late that is (EA-10), so an overdue
    /// one stays due until it is reviewed.
    pub fn open_at(self, at: Timestamp, now: Timestamp) -> bool {
        match self {
            Kind::InvitationLapses => authorization::invitation_open(at, now),
            Kind::ValidityEnds => !authorization::validity_passed(Some(at), now),
            Kind::ReviewExpires => !upgrade::review_expired(at, now),
            Kind::CancelWindowCloses => upgrade::cancel_open(at, now),
            Kind::DeregistrationDue => true,
            // VC-1: `app::code::redeem` refuses a code at its expiry.
            Kind::CodeExpires => now < at,
        }
    }
}

/// The window `[now, now + within]`, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub now: Timestamp,
    pub end: Timestamp,
}

impl Window {
    /// The window of `within` from `now`; `None` past the clock's range.
    /// Instants are whole seconds, so a fraction of a second in `within`
    /// adds nothing.
    pub fn new(now: Timestamp, within: SignedDuration) -> Option<Window> {
        let end = now.checked_add(within).ok()?;
        let end = Timestamp::from_second(end.as_second()).ok()?;
        Some(Window { now, end })
    }

    /// Whether a deadline of `kind` at `at` is due in this window: still
    /// open now, and falling no later than the window's end.
    pub fn holds(&self, kind: Kind, at: Timestamp) -> bool {
        at <= self.end && kind.open_at(at, self.now)
    }
}

/// One deadline that falls due: of which kind, when, in which org, on which
/// object (`object` is the audit log's key for it, `key` the natural key
/// the commands take).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub at: Timestamp,
    pub kind: Kind,
    pub org: String,
    pub object: String,
    pub key: String,
    /// EA-10 / TM-1: a deregistration deadline counted past the calendar's
    /// years (weekends only), recomputed by the sweep once a calendar
    /// covers that year.
    pub provisional: bool,
}

impl Item {
    /// EA-10: a deregistration review already past its due instant (the
    /// second after it, as `employee::as_of` and the sweep count).
    pub fn overdue(&self, now: Timestamp) -> bool {
        self.kind == Kind::DeregistrationDue && self.at < now
    }

    /// The roster command that acts on the object before its deadline;
    /// words in capitals are for the operator to fill in.
    pub fn command(&self) -> String {
        let org = shell_word(&self.org);
        let key = shell_word(&self.key);
        match self.kind {
            // PA-2: the employee's information, submitted before the 48 hours end.
            Kind::InvitationLapses => {
                format!("roster --org {org} auth accept {key} --name NAME --id-number ID")
            }
            // PA-1: a new end of the validity period.
            Kind::ValidityEnds => {
                format!("roster --org {org} auth modify {key} --valid-until DATE")
            }
            // UP-6: the platform's decision, recorded before the 7 days end.
            Kind::ReviewExpires => format!("roster upgrade review {key} --approve"),
            // UP-3: the last chance to cancel an automatic upgrade.
            Kind::CancelWindowCloses => format!("roster upgrade cancel {key}"),
            // EA-10: the platform's review of the request.
            Kind::DeregistrationDue => {
                format!("roster --org {org} employee deregister-review {key} --approve")
            }
            // VC-1: the code redeemed by adding the sub-account.
            Kind::CodeExpires => {
                let flag = if self.key.contains('@') {
                    "--email"
                } else {
                    "--phone"
                };
                format!(
                    "roster --org {org} subaccount add {flag} {key} --code CODE --name NAME --position POSITION"
                )
            }
        }
    }
}

/// A word as a POSIX shell reads it back: as it is when it holds no
/// character the shell treats specially, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./_-".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// `--within`: a length of time, as people write it (`48h`, `7d`, `90m`,
/// `2w`, `1d12h`, `36 hours`) or in ISO 8601 (`PT48H`, `P7D`, `P2W`).
/// Days are 24 hours and weeks 7 days; months and years, whose length
/// varies, are refused, as is a negative length.
pub fn parse_within(text: &str) -> Result<SignedDuration, String> {
    let t = text.trim();
    let forms = "give a length such as 48h, 7d, 90m or 2w (or ISO 8601: PT48H, P7D)";
    let span: Span = t
        .parse()
        .map_err(|_| format!("{text:?} is not a length of time; {forms}"))?;
    if span.get_years() != 0 || span.get_months() != 0 {
        return Err(format!(
            "{text:?}: months and years have no fixed length; {forms}"
        ));
    }
    if span.is_negative() {
        return Err(format!("{text:?} is negative; the window looks ahead"));
    }
    span.to_duration(SpanRelativeTo::days_are_24_hours())
        .map_err(|e| format!("{text:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn within_accepts_the_forms_people_write() {
        let h = SignedDuration::from_hours;
        assert_eq!(parse_within("48h").unwrap(), h(48));
        assert_eq!(parse_within("7d").unwrap(), h(7 * 24));
        assert_eq!(parse_within("2w").unwrap(), h(14 * 24));
        assert_eq!(parse_within("90m").unwrap(), SignedDuration::from_mins(90));
        assert_eq!(parse_within("1d12h").unwrap(), h(36));
        assert_eq!(parse_within(" 36 hours ").unwrap(), h(36));
        assert_eq!(parse_within("PT48H").unwrap(), h(48));
        assert_eq!(parse_within("P7D").unwrap(), h(7 * 24));
        assert_eq!(parse_within("P1DT12H").unwrap(), h(36));
        assert_eq!(parse_within("0s").unwrap(), SignedDuration::ZERO);
    }

    #[test]
    fn within_refuses_what_has_no_fixed_or_forward_length() {
        for bad in [
            "", "48", "soon", "1mo", "P1M", "1y", "-48h", "48h ago", "h48",
        ] {
            assert!(parse_within(bad).is_err(), "{bad:?}");
        }
        assert!(parse_within("1mo").unwrap_err().contains("no fixed length"));
        assert!(parse_within("-1d").unwrap_err().contains("negative"));
    }

    #[test]
    fn codes_round_trip_and_sort_as_their_codes() {
        for (k, c) in Kind::CODES {
            assert_eq!(k.code(), c);
            assert_eq!(Kind::parse(c).unwrap(), k);
        }
        let codes: Vec<&str> = Kind::CODES.iter().map(|(_, c)| *c).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted);
        assert!(Kind::parse("nope").unwrap_err().contains("validity_ends"));
        assert_eq!(Kind::parse("Code-Expires").unwrap(), Kind::CodeExpires);
    }

    /// The edges: what is over at its deadline is not due at it; a
    /// validity period is; a deregistration is due however late.
    #[test]
    fn open_at_follows_each_rule_at_the_deadline() {
        let at = ts("2026-02-15T01:00:00Z");
        let before = ts("2026-02-15T00:59:59Z");
        let after = ts("2026-02-15T01:00:01Z");
        for k in [
            Kind::InvitationLapses,
            Kind::ReviewExpires,
            Kind::CancelWindowCloses,
            Kind::CodeExpires,
        ] {
            assert!(k.open_at(at, before), "{k:?}");
            assert!(!k.open_at(at, at), "{k:?}");
        }
        assert!(Kind::ValidityEnds.open_at(at, at));
        assert!(!Kind::ValidityEnds.open_at(at, after));
        assert!(Kind::DeregistrationDue.open_at(at, after));
    }

    #[test]
    fn the_window_includes_its_end_and_not_a_second_more() {
        let now = ts("2026-02-13T01:00:00Z");
        let w = Window::new(now, SignedDuration::from_hours(48)).unwrap();
        assert_eq!(w.end, ts("2026-02-15T01:00:00Z"));
        assert!(w.holds(Kind::InvitationLapses, w.end));
        assert!(!w.holds(Kind::InvitationLapses, ts("2026-02-15T01:00:01Z")));
        assert!(!w.holds(Kind::InvitationLapses, now));
        assert!(w.holds(Kind::ValidityEnds, now));
        assert!(w.holds(Kind::DeregistrationDue, ts("2020-01-01T00:00:00Z")));
        assert!(Window::new(now, SignedDuration::MAX).is_none());
        let frac = Window::new(now, SignedDuration::from_millis(1500)).unwrap();
        assert_eq!(frac.end, ts("2026-02-13T01:00:01Z"));
    }

    #[test]
    fn commands_name_the_verb_that_acts_and_quote_what_a_shell_would_split() {
        let item = |kind, key: &str| Item {
            at: ts("2026-02-15T01:00:00Z"),
            kind,
            org: "acme".into(),
            object: String::new(),
            key: key.into(),
            provisional: false,
        };
        assert_eq!(
            item(Kind::DeregistrationDue, "li@acme.cn").command(),
            "roster --org acme employee deregister-review li@acme.cn --approve"
        );
        assert_eq!(
            item(Kind::CancelWindowCloses, "dy_a").command(),
            "roster upgrade cancel dy_a"
        );
        assert!(
            item(Kind::CodeExpires, "a@b.cn")
                .command()
                .contains("--email a@b.cn")
        );
        assert!(
            item(Kind::CodeExpires, "13800138000")
                .command()
                .contains("--phone 13800138000")
        );
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("a b"), "'a b'");
        assert_eq!(shell_word("销售"), "'销售'");
    }

    #[test]
    fn only_deregistrations_are_overdue() {
        let now = ts("2026-03-01T00:00:00Z");
        let mut i = Item {
            at: ts("2026-02-27T15:59:59Z"),
            kind: Kind::DeregistrationDue,
            org: "acme".into(),
            object: String::new(),
            key: String::new(),
            provisional: false,
        };
        assert!(i.overdue(now));
        assert!(!i.overdue(i.at));
        i.kind = Kind::ValidityEnds;
        assert!(!i.overdue(now));
    }

    #[test]
    fn each_kind_cites_the_rule_that_sets_its_deadline() {
        for (k, rule) in [
            (Kind::InvitationLapses, "PA-2"),
            (Kind::ValidityEnds, "PA-1"),
            (Kind::ReviewExpires, "UP-6"),
            (Kind::CancelWindowCloses, "UP-3"),
            (Kind::DeregistrationDue, "EA-10"),
            (Kind::CodeExpires, "VC-1"),
        ] {
            assert_eq!(k.rule(), rule, "{k:?}");
        }
    }

    /// VC-1: a five-minute code is listed only when asked for.
    #[test]
    fn vc1_codes_are_due_only_when_asked_for() {
        for (k, listed) in [
            (Kind::InvitationLapses, true),
            (Kind::ValidityEnds, true),
            (Kind::ReviewExpires, true),
            (Kind::CancelWindowCloses, true),
            (Kind::DeregistrationDue, true),
            (Kind::CodeExpires, false),
        ] {
            assert_eq!(k.by_default(), listed, "{k:?}");
        }
    }
}
