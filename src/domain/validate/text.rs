//! Cell cleaning every validator shares: surrounding and zero-width
//! spaces trimmed, full-width digits and letters folded.

/// Zero-width characters removed everywhere by [`clean`].
const ZERO_WIDTH: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];

/// Trims surrounding whitespace (including the full-width space U+3000) and
/// removes zero-width characters anywhere in the cell.
pub fn clean(raw: &str) -> String {
    let without_zero_width: String = raw.chars().filter(|c| !ZERO_WIDTH.contains(c)).collect();
    // `char::is_whitespace` covers U+3000 (IDEOGRAPHIC SPACE).
    without_zero_width
        .trim_matches(|c: char| c.is_whitespace())
        .to_string()
}

/// Folds full-width ASCII variants (U+FF01..=U+FF5E) to ASCII and U+3000 to a
/// plain space. Other characters are left alone.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFF01 + 0x21).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Unicode's default-ignorable code points (DerivedCoreProperties.txt,
/// Default_Ignorable_Code_Point): characters that display as nothing. In a
/// key (an email) or a name they make a second value that looks exactly
/// like the first (`li\u{AD}@acme.cn` and `li@acme.cn`).
pub fn invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// The longest free text roster stores (a description, a proof note, a
/// reason): a paragraph, not a file.
pub const TEXT_MAX_CHARS: usize = 2000;

/// Free text (a description, a proof note, a reason): cleaned, at most
/// [`TEXT_MAX_CHARS`] characters, none of them [`forbidden`] but line
/// breaks and tabs, which a multi-line note may hold.
pub fn free_text(raw: &str) -> Result<String, String> {
    let t = clean(raw);
    if let Some(c) = t
        .chars()
        .find(|c| forbidden(*c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(format!(
            "holds the character U+{:04X}: control and bidi characters are refused",
            u32::from(c)
        ));
    }
    let n = t.chars().count();
    if n > TEXT_MAX_CHARS {
        return Err(format!("is {n} characters long; at most {TEXT_MAX_CHARS}"));
    }
    Ok(t)
}

/// The longest actor name roster records (AU-1).
pub const ACTOR_MAX_CHARS: usize = 128;

/// Characters no stored name may hold: control characters (C0, DEL, C1,
/// NUL included) would drive a terminal that prints them (`\x1b]0;…\x07`
/// retitles it); bidi controls reorder what is displayed around them.
pub fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// AU-1: who acted, as recorded in the audit log: at most
/// [`ACTOR_MAX_CHARS`] characters, none of them [`forbidden`].
pub fn actor(raw: &str) -> Result<String, String> {
    let a = raw.trim();
    if let Some(c) = a.chars().find(|c| forbidden(*c)) {
        return Err(format!(
            "holds the character U+{:04X}: control and bidi characters are refused, \
             an audit log printed to a terminal must not drive it",
            u32::from(c)
        ));
    }
    let n = a.chars().count();
    if n > ACTOR_MAX_CHARS {
        return Err(format!("is {n} characters long; at most {ACTOR_MAX_CHARS}"));
    }
    Ok(a.to_string())
}

#[cfg(test)]
mod actor_tests {
    use super::*;

    #[test]
    fn au1_actor_refuses_control_and_bidi_characters_and_length() {
        assert_eq!(actor(" li ").unwrap(), "li");
        assert_eq!(actor("李雷").unwrap(), "李雷");
        for bad in [
            "x\u{1b}]0;pwned\u{7}",
            "a\0b",
            "a\u{7f}",
            "a\u{9b}b",
            "ab\u{202E}c",
            "a\u{2066}",
        ] {
            assert!(actor(bad).is_err(), "{bad:?}");
        }
        assert!(actor(&"a".repeat(ACTOR_MAX_CHARS)).is_ok());
        assert!(actor(&"a".repeat(ACTOR_MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn invisible_characters_are_the_default_ignorable_ones() {
        for c in [
            '\u{AD}',
            '\u{34F}',
            '\u{200B}',
            '\u{2060}',
            '\u{FE0F}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{3164}',
        ] {
            assert!(invisible(c), "U+{:04X}", u32::from(c));
        }
        for c in ['a', '李', '-', '.', '\u{3000}', '@'] {
            assert!(!invisible(c), "{c:?}");
        }
    }

    #[test]
    fn free_text_keeps_line_breaks_and_refuses_escapes_and_length() {
        assert_eq!(
            free_text(" two\nlines\tand a tab ").unwrap(),
            "two\nlines\tand a tab"
        );
        for bad in ["x\u{1b}[2J", "a\0b", "a\u{202E}b"] {
            assert!(free_text(bad).is_err(), "{bad:?}");
        }
        assert!(free_text(&"字".repeat(TEXT_MAX_CHARS)).is_ok());
        assert!(free_text(&"字".repeat(TEXT_MAX_CHARS + 1)).is_err());
    }
}
