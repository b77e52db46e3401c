//! What `roster explain ID` prints: the rules of `docs/rules.md` and the
//! error codes of `docs/errors.md`, compiled into the binary and found by
//! their `### ID` headings, so that the terminal and the shipped docs say
//! the same words and cannot drift apart.
//!
//! The docs' shape, which the tests hold them to: under a `## Section`
//! heading, each entry is a `### ID` heading, then its title as one bold
//! paragraph (`**…**`); an error code then has its meta line (`Exit 4 ·
//! rule [EN-4](rules.md#en-4)`); the rest, up to the next heading, is its
//! text.

use std::sync::OnceLock;

const RULES_MD: &str = include_str!("../docs/rules.md");
const ERRORS_MD: &str = include_str!("../docs/errors.md");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Rule,
    Error,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Rule => "rule",
            Kind::Error => "error",
        }
    }

    /// The shipped file the entry comes from.
    pub fn doc(self) -> &'static str {
        match self {
            Kind::Rule => "docs/rules.md",
            Kind::Error => "docs/errors.md",
        }
    }
}

/// One rule or error code, as the docs write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub kind: Kind,
    /// The bold first line, without its markers and final full stop.
    pub title: String,
    /// The `##` heading the entry sits under.
    pub section: String,
    /// Error codes: the exit codes it can end a run with (meta line).
    pub exit_codes: Vec<i32>,
    /// Error codes: the rules it cites (meta line).
    pub rules: Vec<String>,
    /// The rest of the entry, Markdown as in the docs.
    pub body: String,
}

impl Entry {
    /// `docs/rules.md#en-4`: where the entry is read on the web (GitHub's
    /// anchors are the lower-cased heading).
    pub fn doc(&self) -> String {
        format!("{}#{}", self.kind.doc(), self.id.to_lowercase())
    }

    /// The body for a terminal: links become their label, bold markers go,
    /// paragraphs are wrapped again at 76 columns (code blocks and lists
    /// stay as written).
    pub fn text(&self) -> String {
        plain(&self.body)
            .split("\n\n")
            .map(|p| {
                if p.starts_with("```") || p.starts_with("- ") || p.starts_with('|') {
                    p.to_string()
                } else {
                    wrap(p, 76)
                }
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Every entry: the rules first, then the error codes, in the docs' order.
pub fn entries() -> &'static [Entry] {
    static ALL: OnceLock<Vec<Entry>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = parse(RULES_MD, Kind::Rule);
        all.extend(parse(ERRORS_MD, Kind::Error));
        all
    })
}

/// Ids are matched ignoring case, `-`, `_` and spaces: `en4`, `EN-4`,
/// `quota-exceeded` and `QUOTA_EXCEEDED` all find theirs.
pub fn key(id: &str) -> String {
    id.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .flat_map(char::to_uppercase)
        .collect()
}

pub fn find(id: &str) -> Option<&'static Entry> {
    let k = key(id);
    entries().iter().find(|e| key(&e.id) == k)
}

/// The ids nearest to an unknown one, best first: those that contain it or
/// that it contains, then those a few typos away.
pub fn near(id: &str, max: usize) -> Vec<&'static str> {
    let k = key(id);
    if k.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'static str)> = entries()
        .iter()
        .filter_map(|e| {
            let ek = key(&e.id);
            let d = distance(&k, &ek);
            let score = if ek.contains(&k) || (ek.len() >= 3 && k.contains(&ek)) {
                0
            } else if d <= (k.chars().count() / 4).max(1) {
                d
            } else {
                return None;
            };
            Some((score, e.id.as_str()))
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(max).map(|(_, id)| id).collect()
}

/// The error codes that cite `rule`, in the docs' order.
pub fn errors_citing(rule: &str) -> Vec<&'static str> {
    entries()
        .iter()
        .filter(|e| e.kind == Kind::Error && e.rules.iter().any(|r| r == rule))
        .map(|e| e.id.as_str())
        .collect()
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The entries of one file (see the module comment for the shape).
fn parse(md: &str, kind: Kind) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut section = String::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    let mut fenced = false;
    let flush = |current: &mut Option<(String, Vec<&str>)>, section: &str, out: &mut Vec<Entry>| {
        if let Some((id, lines)) = current.take() {
            out.push(entry(id, kind, section, &lines));
        }
    };
    for line in md.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if !fenced && line.starts_with('#') {
            flush(&mut current, &section, &mut out);
            if let Some(s) = line.strip_prefix("## ") {
                section = s.trim().to_string();
            } else if let Some(id) = line.strip_prefix("### ") {
                current = Some((id.trim().to_string(), Vec::new()));
            }
            continue;
        }
        if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    flush(&mut current, &section, &mut out);
    out
}

fn entry(id: String, kind: Kind, section: &str, lines: &[&str]) -> Entry {
    let mut paragraphs = lines
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty());
    let title = paragraphs
        .next()
        .map(|p| p.join(" "))
        .unwrap_or_default()
        .trim()
        .trim_start_matches("**")
        .trim_end_matches("**")
        .trim_end_matches('.')
        .to_string();
    let mut rest: Vec<String> = paragraphs.map(|p| p.join("\n")).collect();
    let (mut exit_codes, mut rules) = (Vec::new(), Vec::new());
    if kind == Kind::Error && rest.first().is_some_and(|p| p.starts_with("Exit ")) {
        let meta = rest.remove(0).replace('\n', " ");
        let (exits, cited) = meta.split_once('·').unwrap_or((&meta, ""));
        exit_codes = exits
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        rules = rule_ids(cited);
    }
    Entry {
        id,
        kind,
        title,
        section: section.to_string(),
        exit_codes,
        rules,
        body: rest.join("\n\n"),
    }
}

/// The rule ids (`EN-4`, `POS-2a`) a text names, in order, once each; link
/// targets (`rules.md#en-4`) are lower-case and so not counted twice.
pub fn rule_ids(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if starts_word && chars[i].is_ascii_uppercase() {
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_uppercase() {
                j += 1;
            }
            if j < chars.len()
                && chars[j] == '-'
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            {
                let mut k = j + 1;
                while k < chars.len() && chars[k].is_ascii_digit() {
                    k += 1;
                }
                if k < chars.len() && chars[k].is_ascii_lowercase() {
                    k += 1;
                }
                if k == chars.len() || !chars[k].is_alphanumeric() {
                    let id: String = chars[i..k].iter().collect();
                    if !out.contains(&id) {
                        out.push(id);
                    }
                }
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Greedy word wrap; CJK characters count two columns.
fn wrap(paragraph: &str, width: usize) -> String {
    let cols = |w: &str| {
        w.chars()
            .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut out = String::new();
    let mut line = 0;
    for word in paragraph.split_whitespace() {
        let n = cols(word);
        if line > 0 && line + 1 + n > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

/// Markdown for a terminal: `[label](target)` becomes `label`, `**` goes;
/// code spans stay as they are (they name commands to type).
pub fn plain(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let label = &after[..close];
            let target = &after[close + 2..];
            let end = target.find(')')?;
            (!label.contains(['[', '\n'])).then_some((label, close + 2 + end + 1))
        });
        match link {
            Some((label, len)) => {
                out.push_str(&rest[..open]);
                out.push_str(label);
                rest = &after[len..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "")
}

#[cfg(test)]
mod tests;
