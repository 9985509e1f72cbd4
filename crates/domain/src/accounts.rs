//! Accounts: e-mail addresses, passwords and the roles a person can hold.

use serde::{Deserialize, Serialize};

use crate::validation::FieldErrors;

/// A normalised e-mail address (trimmed, lower-cased), checked for the shape `local@domain.tld`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let v = raw.trim().to_lowercase();
        if v.is_empty() {
            return Err("required");
        }
        if v.len() > Self::MAX_LEN {
            return Err("too_long");
        }
        let Some((local, domain)) = v.rsplit_once('@') else {
            return Err("invalid_email");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>' && c != ',' && c != '"');
        if domain_ok && local_ok { Ok(Email(v)) } else { Err("invalid_email") }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl FieldErrors {
    /// A required e-mail address.
    pub fn email(&mut self, field: &'static str, value: &str) -> Option<Email> {
        match Email::parse(value) {
            Ok(e) => Some(e),
            Err(code) => {
                self.add(field, code);
                None
            }
        }
    }
}

/// Password rules: long enough to resist guessing, short enough not to be a hashing attack.
pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 200;

pub fn check_new_password(errors: &mut FieldErrors, field: &'static str, password: &str) {
    let n = password.chars().count();
    if n < PASSWORD_MIN_CHARS {
        errors.add(field, "password_too_short");
    } else if n > PASSWORD_MAX_CHARS {
        errors.add(field, "too_long");
    }
}

/// A person's role inside one network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum NetworkRole {
    /// Sets up and runs the network (DA tovholder, SE processledare).
    Facilitator,
    /// A member who calls meetings, writes agendas and minutes (SE sammankallande).
    Convener,
    /// A participant.
    Member,
    /// A principal or observer who reads goals and reports, not the confidential room.
    Observer,
}

impl NetworkRole {
    pub const ALL: [NetworkRole; 4] = [NetworkRole::Facilitator, NetworkRole::Convener, NetworkRole::Member, NetworkRole::Observer];

    pub fn as_str(self) -> &'static str {
        match self {
            NetworkRole::Facilitator => "facilitator",
            NetworkRole::Convener => "convener",
            NetworkRole::Member => "member",
            NetworkRole::Observer => "observer",
        }
    }

    pub fn parse(s: &str) -> Option<NetworkRole> {
        NetworkRole::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Where lists of people put this role: facilitators first, observers last.
    pub fn rank(self) -> usize {
        NetworkRole::ALL.iter().position(|r| *r == self).unwrap_or(NetworkRole::ALL.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Anna.Berg@Example.DK ").map(|e| e.0), Ok("anna.berg@example.dk".into()));
        assert_eq!(Email::parse("æble@kommune.example").map(|e| e.0), Ok("æble@kommune.example".into()));
        assert_eq!(Email::parse("no-at-sign"), Err("invalid_email"));
        assert_eq!(Email::parse("a@b"), Err("invalid_email"));
        assert_eq!(Email::parse("a b@c.dk"), Err("invalid_email"));
        assert_eq!(Email::parse(""), Err("required"));
        assert_eq!(Email::parse(&format!("{}@x.dk", "a".repeat(300))), Err("too_long"));
    }

    #[test]
    fn a_short_password_is_refused() {
        let mut e = FieldErrors::new();
        check_new_password(&mut e, "password", "kort");
        assert_eq!(e.first_for("password").map(|e| e.code), Some("password_too_short"));
    }
}
