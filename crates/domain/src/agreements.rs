//! The confidentiality agreement: a versioned text per network. A new version must be accepted
//! again by everyone, unless the facilitator marks the change as editorial, which keeps the
//! acceptances (and that choice is recorded on the version).

use crate::validation::FieldErrors;

pub const MAX_AGREEMENT_CHARS: usize = 50_000;

/// A new version as written by the facilitator.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct AgreementInput {
    pub text: String,
    #[serde(default)]
    pub editorial: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementDraft {
    pub text: String,
    pub editorial: bool,
}

impl AgreementInput {
    /// The first version cannot be editorial: there is nothing to keep.
    pub fn validate(&self, is_first: bool) -> Result<AgreementDraft, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = e.text("text", &self.text, MAX_AGREEMENT_CHARS);
        if text.is_empty() && !e.has("text") {
            e.add("text", "required");
        }
        if self.editorial && is_first {
            e.add("editorial", "editorial_needs_earlier_version");
        }
        e.finish(AgreementDraft { text, editorial: self.editorial })
    }
}

/// The lowest version whose acceptance still counts: the newest version that was not editorial.
/// `versions` are (version, editorial) in any order.
pub fn acceptance_floor(versions: &[(i32, bool)]) -> Option<i32> {
    versions.iter().filter(|(_, editorial)| !editorial).map(|(v, _)| *v).max()
}

/// Whether someone whose newest acceptance is `accepted` has accepted the current agreement.
pub fn has_accepted_current(floor: Option<i32>, accepted: Option<i32>) -> bool {
    match (floor, accepted) {
        (Some(f), Some(a)) => a >= f,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editorial_change_keeps_earlier_acceptances_and_a_real_change_does_not() {
        let v = [(1, false), (2, true)];
        assert_eq!(acceptance_floor(&v), Some(1));
        assert!(has_accepted_current(acceptance_floor(&v), Some(1)));
        let v = [(1, false), (2, true), (3, false)];
        assert!(!has_accepted_current(acceptance_floor(&v), Some(2)));
        assert!(has_accepted_current(acceptance_floor(&v), Some(3)));
        assert!(!has_accepted_current(None, Some(1)), "no agreement yet: nothing to have accepted");
        assert!(!has_accepted_current(Some(1), None));
    }

    #[test]
    fn the_first_version_cannot_be_editorial_and_must_have_text() {
        let e = AgreementInput { text: " ".into(), editorial: true }.validate(true).expect_err("invalid");
        assert!(e.has("text") && e.has("editorial"));
        assert!(AgreementInput { text: "Vi deler fortroligt.".into(), editorial: true }.validate(false).is_ok());
    }
}
