//! The enums that are stored as text, with one way back from the text for both backends: the
//! store's rows decode a column with `#[sqlx(try_from = "String")]`, and a value that is not one
//! of the enum's is an [`UnknownValue`] error naming what it should have been, never a silent
//! default.

use crate::accounts::NetworkRole;
use crate::admission::ApplicationState;
use crate::organisations::{Country, OrgKind};
use crate::terms::RenewalAnswer;

/// A stored text that is not a value of its enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a known {what}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
}

/// Implements `TryFrom<String>` (for decoding rows) and `Display` (the stored text) for enums
/// that have `as_str` and `parse`.
macro_rules! stored_as_text {
    ($($t:ty => $what:literal),* $(,)?) => {
        $(
            impl TryFrom<String> for $t {
                type Error = UnknownValue;
                fn try_from(s: String) -> Result<Self, UnknownValue> {
                    <$t>::parse(&s).ok_or(UnknownValue { what: $what, value: s })
                }
            }
            impl std::fmt::Display for $t {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        )*
    };
}

stored_as_text!(
    ApplicationState => "application state",
    NetworkRole => "network role",
    RenewalAnswer => "renewal answer",
    Country => "country",
    OrgKind => "organisation kind",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_decodes_to_the_enum_or_says_what_it_is_not() {
        assert_eq!(ApplicationState::try_from("waitlisted".to_string()), Ok(ApplicationState::Waitlisted));
        assert_eq!(NetworkRole::try_from("observer".to_string()).map(|r| r.to_string()), Ok("observer".to_string()));
        assert_eq!(RenewalAnswer::try_from("leave".to_string()), Ok(RenewalAnswer::Leave));
        let e = Country::try_from("XX".to_string()).expect_err("not a country");
        assert_eq!(e.to_string(), "\"XX\" is not a known country");
        assert!(OrgKind::try_from("Municipality".to_string()).is_err(), "the stored text is exact");
    }
}
