//! Organisations: municipalities, regions, state agencies and their units, with the identifiers
//! an invoice needs (CVR or Swedish organisation number, EAN/GLN).

use serde::{Deserialize, Serialize};

use crate::regions::{Region, check_region};
use crate::validation::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    Region,
    StateAgency,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [OrgKind::Municipality, OrgKind::Region, OrgKind::StateAgency, OrgKind::Other];
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::Region => "region",
            OrgKind::StateAgency => "state_agency",
            OrgKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The countries Spira's networks come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Country {
    DK,
    SE,
    NO,
    FI,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::DK, Country::SE, Country::NO, Country::FI];
    pub fn as_str(self) -> &'static str {
        match self {
            Country::DK => "DK",
            Country::SE => "SE",
            Country::NO => "NO",
            Country::FI => "FI",
        }
    }
    pub fn parse(s: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
    /// The IANA zone meetings in this country are planned in.
    pub fn time_zone(self) -> &'static str {
        match self {
            Country::DK => "Europe/Copenhagen",
            Country::SE => "Europe/Stockholm",
            Country::NO => "Europe/Oslo",
            Country::FI => "Europe/Helsinki",
        }
    }
}

/// Danish CVR number: 8 digits, weights 2,7,6,5,4,3,2,1, sum divisible by 11.
pub fn is_valid_cvr(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 8 || s.chars().any(|c| !c.is_ascii_digit()) || d[0] == 0 {
        return false;
    }
    let w = [2, 7, 6, 5, 4, 3, 2, 1];
    d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>().is_multiple_of(11)
}

/// Swedish organisation number: 10 digits (an optional hyphen after the sixth), Luhn check digit,
/// third digit at least 2 for legal entities.
pub fn normalise_se_org_number(s: &str) -> Option<String> {
    let t = s.trim();
    let digits: String = match t.len() {
        11 if t.as_bytes()[6] == b'-' => format!("{}{}", &t[..6], &t[7..]),
        10 => t.to_string(),
        _ => return None,
    };
    if !digits.chars().all(|c| c.is_ascii_digit()) || !luhn_ok(&digits) {
        return None;
    }
    Some(format!("{}-{}", &digits[..6], &digits[6..]))
}

fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digits
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// GLN / EAN location number: 13 digits, GS1 modulo-10 check digit.
pub fn is_valid_gln(s: &str) -> bool {
    if s.len() != 13 || !s.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = d[..12].iter().enumerate().map(|(i, x)| if i % 2 == 0 { *x } else { x * 3 }).sum();
    (10 - sum % 10) % 10 == d[12]
}

/// What a form or API body says about an organisation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub parent_id: Option<String>,
    pub registration_number: Option<String>,
    pub gln: Option<String>,
    /// Postal address, printed on invoices to and from the organisation.
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    /// VAT number: `DK` and the 8 digits in Denmark, `SE`, the organisation number and `01` in Sweden.
    #[serde(default)]
    pub vat_number: Option<String>,
    /// The organisation's own region, an ISO 3166-2 code of its country (`DK-83`, `SE-AB`); empty
    /// or absent for a unit that takes its parent's.
    #[serde(default)]
    pub region: Option<String>,
}

/// A checked organisation, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    /// CVR (DK) or organisation number (SE); free text elsewhere.
    pub registration_number: Option<String>,
    pub gln: Option<String>,
    pub address: PostalAddress,
    pub vat_number: Option<String>,
    /// Its own region, one of its country's; `None` inherits the parent's (see
    /// [`crate::regions::Tree::region`]).
    pub region: Option<Region>,
}

/// A postal address; the country is the organisation's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

impl PostalAddress {
    pub fn is_complete(&self) -> bool {
        !self.street.is_empty() && !self.postcode.is_empty() && !self.city.is_empty()
    }
}

/// Normalises a VAT number: `DK12345678` (valid CVR check digit) in Denmark, `SE` + organisation
/// number + `01` in Sweden (14 characters, as Peppol's SE-R-001 requires).
pub fn normalise_vat_number(s: &str, country: Country) -> Option<String> {
    let t: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_uppercase();
    match country {
        Country::DK => {
            let digits = t.strip_prefix("DK").unwrap_or(&t);
            is_valid_cvr(digits).then(|| format!("DK{digits}"))
        }
        Country::SE => {
            let digits = t.strip_prefix("SE").unwrap_or(&t);
            let digits = digits.strip_suffix("01").filter(|d| d.len() == 10).unwrap_or(digits);
            normalise_se_org_number(digits).map(|n| format!("SE{}01", n.replace('-', "")))
        }
        Country::NO | Country::FI => (!t.is_empty()).then_some(t),
    }
}

impl OrganisationInput {
    pub fn validate(&self) -> Result<OrganisationDraft, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.required_line("name", &self.name, 200);
        let kind = OrgKind::parse(self.kind.trim());
        if kind.is_none() {
            e.add("kind", "invalid_choice");
        }
        let country = Country::parse(&self.country);
        if country.is_none() {
            e.add("country", "invalid_choice");
        }
        let reg = e.optional_line("registration_number", self.registration_number.as_deref().unwrap_or(""), 30);
        let reg = match (reg, country) {
            (Some(r), Some(Country::DK)) => {
                let r: String = r.chars().filter(|c| !c.is_whitespace()).collect();
                let r = r.strip_prefix("DK").unwrap_or(&r).to_string();
                if !is_valid_cvr(&r) {
                    e.add("registration_number", "invalid_cvr");
                }
                Some(r)
            }
            (Some(r), Some(Country::SE)) => match normalise_se_org_number(&r) {
                Some(n) => Some(n),
                None => {
                    e.add("registration_number", "invalid_se_org_number");
                    Some(r)
                }
            },
            (r, _) => r,
        };
        let gln = e.optional_line("gln", self.gln.as_deref().unwrap_or(""), 20);
        if let Some(g) = &gln
            && !is_valid_gln(g)
        {
            e.add("gln", "invalid_gln");
        }
        let address = PostalAddress {
            street: e.optional_line("street", self.street.as_deref().unwrap_or(""), 200).unwrap_or_default(),
            postcode: e.optional_line("postcode", self.postcode.as_deref().unwrap_or(""), 20).unwrap_or_default(),
            city: e.optional_line("city", self.city.as_deref().unwrap_or(""), 100).unwrap_or_default(),
        };
        let vat_number = match (e.optional_line("vat_number", self.vat_number.as_deref().unwrap_or(""), 30), country) {
            (Some(v), Some(c)) => match normalise_vat_number(&v, c) {
                Some(n) => Some(n),
                None => {
                    e.add("vat_number", "invalid_vat_number");
                    Some(v)
                }
            },
            (v, _) => v,
        };
        // Without a known country the region cannot be checked; the country's error says why.
        let region = match country {
            Some(c) => check_region(self.region.as_deref().unwrap_or(""), c).unwrap_or_else(|code| {
                e.add("region", code);
                None
            }),
            None => None,
        };
        match (kind, country) {
            (Some(kind), Some(country)) => {
                e.finish(OrganisationDraft { name, kind, country, registration_number: reg, gln, address, vat_number, region })
            }
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_identifiers_pass_their_check_digits() {
        // Invented numbers made to satisfy the check digits.
        assert!(is_valid_cvr("44591219"));
        assert!(!is_valid_cvr("44591218"));
        assert_eq!(normalise_se_org_number("2321990513").as_deref(), Some("232199-0513"));
        assert_eq!(normalise_se_org_number("232199-0513").as_deref(), Some("232199-0513"));
        assert_eq!(normalise_se_org_number("232199-0514"), None);
        assert!(is_valid_gln("5798000123458"));
        assert!(!is_valid_gln("5798000123459"));
    }

    #[test]
    fn vat_numbers_are_written_the_way_peppol_wants_them() {
        assert_eq!(normalise_vat_number("44591219", Country::DK).as_deref(), Some("DK44591219"));
        assert_eq!(normalise_vat_number("dk 44 59 12 19", Country::DK).as_deref(), Some("DK44591219"));
        assert_eq!(normalise_vat_number("DK44591218", Country::DK), None, "CVR check digit");
        assert_eq!(normalise_vat_number("232199-0513", Country::SE).as_deref(), Some("SE232199051301"));
        assert_eq!(normalise_vat_number("SE232199051301", Country::SE).as_deref(), Some("SE232199051301"));
        assert_eq!(normalise_vat_number("SE232199051401", Country::SE), None, "Luhn");
    }

    #[test]
    fn a_swedish_organisation_with_a_wrong_check_digit_is_refused() {
        let input = OrganisationInput {
            name: "Älvstads kommun".into(),
            kind: "municipality".into(),
            country: "SE".into(),
            registration_number: Some("212099-0731".into()),
            ..Default::default()
        };
        let err = input.validate().expect_err("bad luhn");
        assert_eq!(err.first_for("registration_number").map(|e| e.code), Some("invalid_se_org_number"));
    }

    #[test]
    fn unknown_kind_and_country_are_reported_together() {
        let input = OrganisationInput { name: "X".into(), kind: "castle".into(), country: "XX".into(), ..Default::default() };
        let err = input.validate().expect_err("bad");
        assert!(err.has("kind") && err.has("country"));
    }

    #[test]
    fn a_region_is_checked_against_the_organisations_country() {
        let input = |country: &str, region: &str| OrganisationInput {
            name: "Region Testdanmark".into(),
            kind: "region".into(),
            country: country.into(),
            region: Some(region.into()),
            ..Default::default()
        };
        assert_eq!(input("DK", "dk-83").validate().map(|d| d.region.map(|r| r.code)), Ok(Some("DK-83")));
        assert_eq!(input("DK", " ").validate().map(|d| d.region), Ok(None), "empty inherits");
        let err = input("DK", "SE-M").validate().expect_err("Swedish län on a Danish organisation");
        assert_eq!(err.first_for("region").map(|e| e.code), Some("region_of_other_country"));
        let err = input("SE", "XX").validate().expect_err("no such region");
        assert_eq!(err.first_for("region").map(|e| e.code), Some("invalid_choice"));
    }

    proptest! {
        #[test]
        fn every_twelve_digit_prefix_has_exactly_one_gln_check_digit(prefix in "[0-9]{12}") {
            let valid = (0..10).filter(|d| is_valid_gln(&format!("{prefix}{d}"))).count();
            prop_assert_eq!(valid, 1);
        }
    }
}
