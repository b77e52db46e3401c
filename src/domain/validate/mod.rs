//! Input validators (pure): identity numbers, credit codes, phones, emails, Douyin ids, and the cell cleaning they share.
//!
//! Every validator returns `Result<T, String>`; the `Err` string is a short
//! human reason without the field name (the caller adds field and rule id).
//! Reasons never echo a full identity number.

mod contact;
mod credit;
mod identity;
mod text;

pub use contact::{DouyinId, Email, Phone, douyin_id, email, phone, verification_code};
pub use credit::{CreditCode, credit_code};
pub use identity::{IdentityNumber, identity_number, mask_identities_in, mask_identity};
pub use text::{actor, clean, fold_width, forbidden, free_text, invisible};

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;
