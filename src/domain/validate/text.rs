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
