//! Networks and their charter: purpose, content, admission criteria, roles, meeting cadence,
//! venue, confidentiality, contact, language and status.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::accounts::Email;
use crate::organisations::Country;
use crate::validation::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkStatus {
    Forming,
    Running,
    Closed,
}

impl NetworkStatus {
    pub const ALL: [NetworkStatus; 3] = [NetworkStatus::Forming, NetworkStatus::Running, NetworkStatus::Closed];
    pub fn as_str(self) -> &'static str {
        match self {
            NetworkStatus::Forming => "forming",
            NetworkStatus::Running => "running",
            NetworkStatus::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<NetworkStatus> {
        NetworkStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

pub const MAX_CRITERIA: usize = 20;
pub const MAX_LONG_TEXT: usize = 10_000;

/// What a form or API body says about a network's charter. Numbers arrive as text so that a
/// malformed number becomes a field error, not a rejected body.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CharterInput {
    pub name: String,
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub content: String,
    /// One criterion per line.
    #[serde(default)]
    pub admission_criteria: String,
    #[serde(default)]
    pub roles_description: String,
    #[serde(default)]
    pub meetings_per_year: String,
    /// Usual length of a meeting in hours, `3`, `3,5` or `3.5`.
    #[serde(default)]
    pub meeting_hours: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub confidential: bool,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub status: String,
}

/// A checked charter, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charter {
    pub name: String,
    pub slug: String,
    pub purpose: String,
    pub content: String,
    pub admission_criteria: Vec<String>,
    pub roles_description: String,
    pub meetings_per_year: i32,
    pub meeting_minutes: i32,
    pub venue: String,
    pub confidential: bool,
    pub contact_name: String,
    pub contact_email: Option<Email>,
    pub language: Lang,
    pub country: Country,
    pub status: NetworkStatus,
}

impl CharterInput {
    pub fn validate(&self) -> Result<Charter, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.required_line("name", &self.name, 150);
        let slug = if self.slug.trim().is_empty() { slugify(&name) } else { self.slug.trim().to_string() };
        if !e.has("name") && !is_valid_slug(&slug) {
            e.add("slug", "invalid_slug");
        }
        let purpose = e.text("purpose", &self.purpose, MAX_LONG_TEXT);
        let content = e.text("content", &self.content, MAX_LONG_TEXT);
        let criteria_text = e.text("admission_criteria", &self.admission_criteria, MAX_LONG_TEXT);
        let admission_criteria: Vec<String> = criteria_text
            .lines()
            .map(|l| l.trim().trim_start_matches(['-', '•', '*']).trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if admission_criteria.len() > MAX_CRITERIA {
            e.add("admission_criteria", "too_many_criteria");
        }
        let roles_description = e.text("roles_description", &self.roles_description, MAX_LONG_TEXT);
        let meetings_per_year = match self.meetings_per_year.trim() {
            "" => 0,
            s => match s.parse::<i32>() {
                Ok(n) if (0..=52).contains(&n) => n,
                Ok(_) => {
                    e.add("meetings_per_year", "out_of_range");
                    0
                }
                Err(_) => {
                    e.add("meetings_per_year", "not_a_number");
                    0
                }
            },
        };
        let meeting_minutes = match parse_hours(&self.meeting_hours) {
            Ok(m) => m,
            Err(code) => {
                e.add("meeting_hours", code);
                0
            }
        };
        let venue = e.text("venue", &self.venue, 2_000);
        let contact_name = e.optional_line("contact_name", &self.contact_name, 150).unwrap_or_default();
        let contact_email = if self.contact_email.trim().is_empty() { None } else { e.email("contact_email", &self.contact_email) };
        let language = Lang::parse(&self.language).unwrap_or_else(|| {
            e.add("language", "invalid_choice");
            Lang::En
        });
        let country = Country::parse(&self.country).unwrap_or_else(|| {
            e.add("country", "invalid_choice");
            Country::DK
        });
        let status = if self.status.trim().is_empty() {
            NetworkStatus::Forming
        } else {
            NetworkStatus::parse(self.status.trim()).unwrap_or_else(|| {
                e.add("status", "invalid_choice");
                NetworkStatus::Forming
            })
        };
        e.finish(Charter {
            name,
            slug,
            purpose,
            content,
            admission_criteria,
            roles_description,
            meetings_per_year,
            meeting_minutes,
            venue,
            confidential: self.confidential,
            contact_name,
            contact_email,
            language,
            country,
            status,
        })
    }
}

/// Parses a meeting length in hours (`3`, `2,5`, `2.5`) into whole minutes; empty means unknown (0).
pub fn parse_hours(s: &str) -> Result<i32, &'static str> {
    let s = s.trim().replace(',', ".");
    if s.is_empty() {
        return Ok(0);
    }
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err("not_a_number");
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) || whole.len() > 3 || frac.len() > 2 {
        return Err("not_a_number");
    }
    let h: i32 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| "not_a_number")? };
    let f: i32 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i32>().map_err(|_| "not_a_number")? * 10,
        _ => frac.parse::<i32>().map_err(|_| "not_a_number")?,
    };
    let minutes = h * 60 + f * 60 / 100;
    if minutes > 72 * 60 { Err("out_of_range") } else { Ok(minutes) }
}

/// Writes minutes as hours the way a reader expects (`3`, `3,5` in Danish and Swedish).
pub fn format_hours(minutes: i32, lang: Lang) -> String {
    let whole = minutes / 60;
    let rest = minutes % 60;
    if rest == 0 {
        return whole.to_string();
    }
    let frac = format!("{:02}", rest * 100 / 60);
    let frac = frac.trim_end_matches('0');
    let sep = if lang == Lang::En { '.' } else { ',' };
    format!("{whole}{sep}{frac}")
}

/// Turns a name into an address part: `Innovationsnetværket i Region Fjordland` →
/// `innovationsnetvaerket-i-region-fjordland`.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' | 'ê' => out.push('e'),
            'ü' => out.push('u'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-');
                }
            }
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed.chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

pub fn is_valid_slug(s: &str) -> bool {
    (3..=60).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && !RESERVED_SLUGS.contains(&s)
}

/// Words the router uses beside network addresses.
const RESERVED_SLUGS: [&str; 3] = ["new", "api", "admin"];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn input() -> CharterInput {
        CharterInput {
            name: "Innovationsnetværket i Region Fjordland".into(),
            meetings_per_year: "4".into(),
            meeting_hours: "3".into(),
            language: "da".into(),
            country: "DK".into(),
            admission_criteria: "- Ansat i regionen\n\n• Arbejder med innovation\nNærmeste leder støtter".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_danish_charter_gets_a_readable_slug_and_its_criteria_as_lines() {
        let c = input().validate().expect("valid");
        assert_eq!(c.slug, "innovationsnetvaerket-i-region-fjordland");
        assert_eq!(c.admission_criteria, vec!["Ansat i regionen", "Arbejder med innovation", "Nærmeste leder støtter"]);
        assert_eq!(c.meeting_minutes, 180);
        assert_eq!(c.status, NetworkStatus::Forming);
    }

    #[test]
    fn malformed_numbers_are_field_errors() {
        let mut i = input();
        i.meetings_per_year = "fire".into();
        i.meeting_hours = "3 timer".into();
        let e = i.validate().expect_err("invalid");
        assert_eq!(e.first_for("meetings_per_year").map(|e| e.code), Some("not_a_number"));
        assert_eq!(e.first_for("meeting_hours").map(|e| e.code), Some("not_a_number"));
        let mut i = input();
        i.meetings_per_year = "400".into();
        assert_eq!(i.validate().expect_err("range").first_for("meetings_per_year").map(|e| e.code), Some("out_of_range"));
    }

    #[test]
    fn hours_are_read_with_comma_or_point_and_written_per_language() {
        assert_eq!(parse_hours("5,5"), Ok(330));
        assert_eq!(parse_hours("5.5"), Ok(330));
        assert_eq!(parse_hours("1.25"), Ok(75));
        assert_eq!(format_hours(330, Lang::Da), "5,5");
        assert_eq!(format_hours(330, Lang::En), "5.5");
        assert_eq!(format_hours(180, Lang::Sv), "3");
        assert_eq!(parse_hours("."), Err("not_a_number"));
        assert_eq!(parse_hours("-1"), Err("not_a_number"));
    }

    #[test]
    fn reserved_words_cannot_be_network_addresses() {
        assert!(!is_valid_slug("new"));
        assert!(is_valid_slug("nyt-netvaerk"));
    }

    proptest! {
        #[test]
        fn slugify_never_produces_an_invalid_slug_for_a_long_enough_name(name in "[a-zA-ZæøåÆØÅäöÄÖ ]{3,80}") {
            let s = slugify(&name);
            prop_assert!(s.len() < 3 || is_valid_slug(&s) || RESERVED_SLUGS.contains(&s.as_str()), "{}", s);
        }

        #[test]
        fn hours_round_trip(minutes in 0i32..(72*60)) {
            let m = minutes - minutes % 3; // hours with two decimals are multiples of 36 s… keep to whole 3-min steps
            let text = format_hours(m, Lang::Da);
            let back = parse_hours(&text).expect("parses");
            prop_assert!((back - m).abs() <= 1, "{} -> {} -> {}", m, text, back);
        }
    }
}
