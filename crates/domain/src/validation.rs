//! Field-level validation results shared by every form and API body.
//!
//! A `code` is a stable snake_case identifier: the JSON API returns it, and the web layer turns it
//! into a message with the Fluent id `error-{code}`.

use serde::Serialize;

/// One problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The form field or JSON property the problem belongs to.
    pub field: &'static str,
    /// Stable error code, e.g. `required`, `too_long`.
    pub code: &'static str,
}

/// All problems found in one input; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self(Vec::new())
    }
    /// One problem with one field.
    pub fn one(field: &'static str, code: &'static str) -> Self {
        Self(vec![FieldError { field, code }])
    }
    /// These problems together with those of a validation: `Ok` only when there are none.
    pub fn and<T>(self, validated: Result<T, FieldErrors>) -> Result<T, FieldErrors> {
        match validated {
            Ok(v) => self.finish(v),
            Err(mut more) => {
                more.0.extend(self.0);
                Err(more)
            }
        }
    }
    pub fn add(&mut self, field: &'static str, code: &'static str) {
        self.0.push(FieldError { field, code });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }
    pub fn first_for(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }
    /// Turns the collected problems into a result.
    pub fn finish<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.0.is_empty() { Ok(value) } else { Err(self) }
    }

    /// A required single-line text: trimmed, not empty, at most `max` characters, no control
    /// characters.
    pub fn required_line(&mut self, field: &'static str, value: &str, max: usize) -> String {
        let v = value.trim();
        if v.is_empty() {
            self.add(field, "required");
        } else if v.chars().count() > max {
            self.add(field, "too_long");
        } else if v.chars().any(char::is_control) {
            self.add(field, "invalid_characters");
        }
        v.to_string()
    }

    /// An optional single-line text; empty becomes `None`.
    pub fn optional_line(&mut self, field: &'static str, value: &str, max: usize) -> Option<String> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        if v.chars().count() > max {
            self.add(field, "too_long");
        } else if v.chars().any(char::is_control) {
            self.add(field, "invalid_characters");
        }
        Some(v.to_string())
    }

    /// A multi-line text (line breaks allowed, other control characters not); may be empty.
    pub fn text(&mut self, field: &'static str, value: &str, max: usize) -> String {
        let v = value.trim().replace("\r\n", "\n");
        if v.chars().count() > max {
            self.add(field, "too_long");
        } else if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.add(field, "invalid_characters");
        }
        v
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
        f.write_str(&parts.join(", "))
    }
}

impl std::error::Error for FieldErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_required_line_is_reported_as_required() {
        let mut e = FieldErrors::new();
        e.required_line("name", "   ", 10);
        assert_eq!(e.first_for("name").map(|e| e.code), Some("required"));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let mut e = FieldErrors::new();
        assert_eq!(e.required_line("name", "ææææ", 4), "ææææ");
        assert!(e.is_empty());
        e.required_line("name", "æææææ", 4);
        assert_eq!(e.first_for("name").map(|e| e.code), Some("too_long"));
    }

    #[test]
    fn control_characters_are_refused_but_line_breaks_in_text_are_kept() {
        let mut e = FieldErrors::new();
        e.required_line("name", "a\u{0007}b", 10);
        assert!(e.has("name"));
        let mut e = FieldErrors::new();
        assert_eq!(e.text("purpose", "one\r\ntwo", 100), "one\ntwo");
        assert!(e.is_empty());
    }
}
