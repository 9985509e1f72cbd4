//! A member's profile as the directory shows it: a short presentation and competences. Later
//! features (competence mapping, sparring) extend it.

use crate::validation::FieldErrors;

pub const MAX_PRESENTATION_CHARS: usize = 2_000;
pub const MAX_COMPETENCES: usize = 30;
pub const MAX_COMPETENCE_CHARS: usize = 80;

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    pub presentation: String,
    /// Competences separated by commas or line breaks.
    #[serde(default)]
    pub competences: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub presentation: String,
    pub competences: Vec<String>,
}

impl ProfileInput {
    pub fn validate(&self) -> Result<Profile, FieldErrors> {
        let mut e = FieldErrors::new();
        let presentation = e.text("presentation", &self.presentation, MAX_PRESENTATION_CHARS);
        let mut competences: Vec<String> = Vec::new();
        for c in self.competences.split([',', '\n', ';']).map(str::trim).filter(|c| !c.is_empty()) {
            if c.chars().count() > MAX_COMPETENCE_CHARS || c.chars().any(char::is_control) {
                e.add("competences", "invalid_competence");
                break;
            }
            if !competences.iter().any(|k| k.to_lowercase() == c.to_lowercase()) {
                competences.push(c.to_string());
            }
        }
        if competences.len() > MAX_COMPETENCES {
            e.add("competences", "too_many_competences");
        }
        e.finish(Profile { presentation, competences })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competences_are_split_trimmed_and_deduplicated() {
        let p = ProfileInput {
            presentation: "Sygeplejerske".into(),
            competences: "Design thinking, Gevinstrealisering\ndesign thinking;; NABC".into(),
        }
        .validate()
        .expect("valid");
        assert_eq!(p.competences, vec!["Design thinking", "Gevinstrealisering", "NABC"]);
    }

    #[test]
    fn too_many_or_too_long_competences_are_refused() {
        let many = (0..31).map(|i| format!("k{i}")).collect::<Vec<_>>().join(",");
        assert!(ProfileInput { competences: many, ..Default::default() }.validate().is_err());
        assert!(ProfileInput { competences: "x".repeat(81), ..Default::default() }.validate().is_err());
    }
}
