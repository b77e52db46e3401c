//! Organisations (rules EN-1 … EN-6, and the model of docs/rules.md):
//! kinds, growth levels, shop types, handles.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::validate::{CreditCode, IdentityNumber, Phone};

/// An organisation as the store keeps it. Kind-specific facts are `None`
/// for the other kinds.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: i64,
    pub handle: String,
    pub kind: OrgKind,
    pub name: String,
    pub created_at: Timestamp,
    pub enterprise: Option<EnterpriseFacts>,
    pub main_phone: Option<Phone>,
    pub shop: Option<ShopFacts>,
}

/// EN-1 … EN-5.
#[derive(Debug, Clone, PartialEq)]
pub struct EnterpriseFacts {
    pub uscc: CreditCode,
    pub legal_rep_name: String,
    pub legal_rep_id: IdentityNumber,
    pub individual_business: bool,
    pub verified_at: Option<Timestamp>,
    pub level: Level,
    /// EN-5 tools the enterprise holds, sorted.
    pub tools: Vec<String>,
}

/// UP-1: what a shop is, and whose.
#[derive(Debug, Clone, PartialEq)]
pub struct ShopFacts {
    pub shop_type: ShopType,
    /// The qualification subject's credit code.
    pub subject: CreditCode,
    pub cross_border: bool,
}

/// Parse a code from a fixed set, or list the valid ones.
pub fn parse_code<T: Copy>(all: &[(T, &'static str)], text: &str) -> Result<T, String> {
    let t = text.trim().to_ascii_lowercase();
    all.iter()
        .find(|(_, code)| *code == t)
        .map(|(v, _)| *v)
        .ok_or_else(|| {
            let valid: Vec<&str> = all.iter().map(|(_, c)| *c).collect();
            format!("{text:?} is not one of: {}", valid.join(", "))
        })
}

/// Parse a code, or one of the Chinese words people type for it (in Excel
/// above all): `words` pairs each value with its words. Spaces and case
/// are ignored in the words (`铂金 Lv1` is `铂金lv1`).
pub fn parse_code_or_word<T: Copy>(
    all: &[(T, &'static str)],
    words: &[(T, &'static str)],
    text: &str,
) -> Result<T, String> {
    // The code as written (what the database stores, what scripts pass):
    // no allocation, no case folding (a bulk import reads every org row).
    if let Some((v, _)) = all.iter().find(|(_, code)| *code == text) {
        return Ok(*v);
    }
    let key: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if let Some((v, _)) = words.iter().find(|(_, w)| w.to_lowercase() == key) {
        return Ok(*v);
    }
    parse_code(all, text).map_err(|why| {
        let listed: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
        format!("{why} (or in Chinese: {})", listed.join("、"))
    })
}

fn code_of<T: PartialEq>(all: &[(T, &'static str)], v: &T) -> &'static str {
    all.iter()
        .find(|(x, _)| x == v)
        .map(|(_, c)| *c)
        .unwrap_or("")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    Enterprise,
    Agency,
    Shop,
}

impl OrgKind {
    pub const CODES: [(OrgKind, &'static str); 3] = [
        (OrgKind::Enterprise, "enterprise"),
        (OrgKind::Agency, "agency"),
        (OrgKind::Shop, "shop"),
    ];
    /// The Chinese words for each kind.
    pub const WORDS: [(OrgKind, &'static str); 6] = [
        (OrgKind::Enterprise, "企业"),
        (OrgKind::Enterprise, "企业号"),
        (OrgKind::Agency, "机构"),
        (OrgKind::Agency, "MCN"),
        (OrgKind::Agency, "MCN机构"),
        (OrgKind::Shop, "店铺"),
    ];
    pub fn code(self) -> &'static str {
        code_of(&Self::CODES, &self)
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code_or_word(&Self::CODES, &Self::WORDS, text)
    }
}

/// Growth level (成长等级, EN-3), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Bronze,
    Silver,
    Gold,
    Platinum1,
    Platinum2,
    Diamond1,
    Diamond2,
    Diamond3,
    BlackDiamond1,
    BlackDiamond2,
}

impl Level {
    pub const CODES: [(Level, &'static str); 10] = [
        (Level::Bronze, "bronze"),
        (Level::Silver, "silver"),
        (Level::Gold, "gold"),
        (Level::Platinum1, "platinum-1"),
        (Level::Platinum2, "platinum-2"),
        (Level::Diamond1, "diamond-1"),
        (Level::Diamond2, "diamond-2"),
        (Level::Diamond3, "diamond-3"),
        (Level::BlackDiamond1, "black-diamond-1"),
        (Level::BlackDiamond2, "black-diamond-2"),
    ];
    /// The names the platform shows (EN-3).
    pub const WORDS: [(Level, &'static str); 16] = [
        (Level::Bronze, "青铜"),
        (Level::Silver, "白银"),
        (Level::Gold, "黄金"),
        (Level::Platinum1, "铂金Lv1"),
        (Level::Platinum1, "铂金1"),
        (Level::Platinum2, "铂金Lv2"),
        (Level::Platinum2, "铂金2"),
        (Level::Diamond1, "钻石Lv1"),
        (Level::Diamond2, "钻石Lv2"),
        (Level::Diamond3, "钻石Lv3"),
        (Level::Diamond1, "钻石1"),
        (Level::Diamond2, "钻石2"),
        (Level::Diamond3, "钻石3"),
        (Level::BlackDiamond1, "黑钻Lv1"),
        (Level::BlackDiamond2, "黑钻Lv2"),
        (Level::BlackDiamond1, "黑钻1"),
    ];
    pub const ALL: [Level; 10] = [
        Level::Bronze,
        Level::Silver,
        Level::Gold,
        Level::Platinum1,
        Level::Platinum2,
        Level::Diamond1,
        Level::Diamond2,
        Level::Diamond3,
        Level::BlackDiamond1,
        Level::BlackDiamond2,
    ];
    pub fn code(self) -> &'static str {
        code_of(&Self::CODES, &self)
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code_or_word(&Self::CODES, &Self::WORDS, text)
    }
}

/// Shop types (UP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShopType {
    OfficialFlagship,
    Flagship,
    Specialty,
    Franchise,
    Enterprise,
    IndividualBusiness,
    Personal,
}

impl ShopType {
    pub const CODES: [(ShopType, &'static str); 7] = [
        (ShopType::OfficialFlagship, "official-flagship"),
        (ShopType::Flagship, "flagship"),
        (ShopType::Specialty, "specialty"),
        (ShopType::Franchise, "franchise"),
        (ShopType::Enterprise, "enterprise"),
        (ShopType::IndividualBusiness, "individual-business"),
        (ShopType::Personal, "personal"),
    ];
    /// The names the shop back-end shows (UP-1).
    pub const WORDS: [(ShopType, &'static str); 8] = [
        (ShopType::OfficialFlagship, "官方旗舰店"),
        (ShopType::Flagship, "旗舰店"),
        (ShopType::Specialty, "专卖店"),
        (ShopType::Franchise, "专营店"),
        (ShopType::Enterprise, "企业店"),
        (ShopType::IndividualBusiness, "个体店"),
        (ShopType::IndividualBusiness, "个体工商户店"),
        (ShopType::Personal, "个人店"),
    ];
    pub fn code(self) -> &'static str {
        code_of(&Self::CODES, &self)
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code_or_word(&Self::CODES, &Self::WORDS, text)
    }
}

/// An org handle: the natural key users choose. Lower-case ASCII letters,
/// digits, `-` and `_`, 1–40 characters, starting with a letter or digit,
/// so that it is safe in shells, file names and CSV cells.
pub fn handle(raw: &str) -> Result<String, String> {
    let h = raw.trim().to_ascii_lowercase();
    if h.is_empty() || h.len() > 40 {
        return Err(format!(
            "must be 1 to 40 characters, got {}",
            h.chars().count()
        ));
    }
    if !h.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err("must start with a letter or digit".to_string());
    }
    if let Some(bad) = h
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(format!(
            "{bad:?} is not allowed (use letters, digits, '-' and '_')"
        ));
    }
    Ok(h)
}

/// A display name: trimmed, not empty, at most 100 characters.
pub fn name(raw: &str) -> Result<String, String> {
    let n = crate::domain::validate::clean(raw);
    let len = n.chars().count();
    if len == 0 {
        return Err("must not be empty".to_string());
    }
    if len > 100 {
        return Err(format!("must be at most 100 characters, got {len}"));
    }
    if n.chars().any(crate::domain::validate::forbidden) {
        return Err("must not contain control or bidi characters".to_string());
    }
    // Invisible characters make a second name that looks like the first.
    if let Some(c) = n.chars().find(|c| crate::domain::validate::invisible(*c)) {
        return Err(format!(
            "must not contain the invisible character U+{:04X}: it makes a name that looks like another",
            u32::from(c)
        ));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_people_type_in_excel_parse_like_the_codes() {
        assert_eq!(Level::parse("黄金"), Ok(Level::Gold));
        assert_eq!(Level::parse("铂金 Lv2"), Ok(Level::Platinum2));
        assert_eq!(Level::parse("黑钻LV2"), Ok(Level::BlackDiamond2));
        assert_eq!(
            ShopType::parse("官方旗舰店"),
            Ok(ShopType::OfficialFlagship)
        );
        assert_eq!(ShopType::parse("个人店"), Ok(ShopType::Personal));
        assert_eq!(OrgKind::parse("机构"), Ok(OrgKind::Agency));
        assert_eq!(OrgKind::parse("gold"), Err("\"gold\" is not one of: enterprise, agency, shop (or in Chinese: 企业、企业号、机构、MCN、MCN机构、店铺)".to_string()));
        assert!(Level::parse("青铜器").is_err());
    }

    #[test]
    fn en3_level_codes_round_trip_in_order() {
        for (l, c) in Level::CODES {
            assert_eq!(Level::parse(c).unwrap(), l);
            assert_eq!(l.code(), c);
        }
        assert!(Level::Bronze < Level::BlackDiamond2);
        assert!(Level::parse("platinum").unwrap_err().contains("platinum-1"));
    }

    #[test]
    fn up1_shop_type_codes() {
        assert_eq!(ShopType::parse("Personal").unwrap(), ShopType::Personal);
        assert!(ShopType::parse("outlet").is_err());
    }

    #[test]
    fn handles() {
        assert_eq!(handle(" Acme-1 ").unwrap(), "acme-1");
        assert!(handle("").is_err());
        assert!(handle("-x").is_err());
        assert!(handle("a b").is_err());
        assert!(handle("企业").is_err());
        assert!(handle(&"a".repeat(41)).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(name("  星河科技\u{3000}").unwrap(), "星河科技");
        assert!(name("   ").is_err());
        assert!(name("a\nb").is_err());
    }

    #[test]
    fn up1_shop_type_codes_round_trip() {
        for (t, code) in [
            (ShopType::OfficialFlagship, "official-flagship"),
            (ShopType::Flagship, "flagship"),
            (ShopType::Specialty, "specialty"),
            (ShopType::Franchise, "franchise"),
            (ShopType::Enterprise, "enterprise"),
            (ShopType::IndividualBusiness, "individual-business"),
            (ShopType::Personal, "personal"),
        ] {
            assert_eq!(t.code(), code);
            assert_eq!(ShopType::parse(code), Ok(t));
        }
    }

    #[test]
    fn handle_is_at_most_40_characters() {
        assert_eq!(handle(&"a".repeat(40)), Ok("a".repeat(40)));
        assert_eq!(
            handle(&"a".repeat(41)),
            Err("must be 1 to 40 characters, got 41".to_string())
        );
    }

    #[test]
    fn name_is_at_most_100_characters() {
        assert_eq!(name(&"星".repeat(100)), Ok("星".repeat(100)));
        assert_eq!(
            name(&"星".repeat(101)),
            Err("must be at most 100 characters, got 101".to_string())
        );
    }
}
