//! Fees: the price of a seat per term, VAT, and the amounts an invoice carries. Money is integer
//! minor units (øre, öre, cent); VAT is rounded per EN 16931: line amounts and the VAT of each
//! category to two decimals, totals that add up.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::validation::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    DKK,
    SEK,
    EUR,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::DKK, Currency::SEK, Currency::EUR];
    pub fn as_str(self) -> &'static str {
        match self {
            Currency::DKK => "DKK",
            Currency::SEK => "SEK",
            Currency::EUR => "EUR",
        }
    }
    pub fn parse(s: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// An amount in minor units (1/100 of the currency unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Minor(pub i64);

impl Minor {
    /// `11250,00` in Danish and Swedish, `11,250.00` in English, with thousands grouped.
    pub fn format(self, lang: Lang) -> String {
        let neg = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let (units, cents) = (abs / 100, abs % 100);
        let digits = units.to_string();
        let (group, decimal) = match lang {
            Lang::Da => ('.', ','),
            Lang::Sv => ('\u{a0}', ','),
            Lang::En => (',', '.'),
        };
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(ch);
        }
        format!("{}{grouped}{decimal}{cents:02}", if neg { "-" } else { "" })
    }

    /// The amount as UBL writes it: `11250.00`.
    pub fn decimal(self) -> String {
        let abs = self.0.unsigned_abs();
        format!("{}{}.{:02}", if self.0 < 0 { "-" } else { "" }, abs / 100, abs % 100)
    }
}

/// Parses an amount as people type it: `4000`, `4.000`, `4 000,00`, `4,000.50`, `2500,5`.
/// The last `,` or `.` followed by one or two digits is the decimal mark; other separators group
/// thousands.
pub fn parse_amount(s: &str) -> Result<Minor, &'static str> {
    let t: String = s.trim().chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'').collect();
    if t.is_empty() {
        return Err("required");
    }
    if !t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err("not_an_amount");
    }
    let (int_part, frac) = match t.rfind([',', '.']) {
        Some(i) if t.len() - i - 1 <= 2 && t.len() - i > 1 => (&t[..i], &t[i + 1..]),
        _ => (t.as_str(), ""),
    };
    let int_digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
    if int_digits.len() > 12 {
        return Err("out_of_range");
    }
    let units: i64 = if int_digits.is_empty() { 0 } else { int_digits.parse().map_err(|_| "not_an_amount")? };
    let cents: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| "not_an_amount")? * 10,
        _ => frac.parse().map_err(|_| "not_an_amount")?,
    };
    Ok(Minor(units * 100 + cents))
}

/// How seats are priced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Pricing {
    /// No invoices.
    Free,
    /// Every seat the same.
    Flat { seat: Minor },
    /// An organisation's first seat at one price, each further seat at another.
    FirstAndFurther { first: Minor, further: Minor },
}

/// VAT on the fees: a rate in basis points (2500 = 25 %), or exempt (category E) with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Vat {
    Rate { basis_points: u32 },
    Exempt { reason: String },
}

impl Vat {
    /// The VAT of a category's taxable amount, rounded half away from zero to the minor unit.
    pub fn amount(&self, taxable: Minor) -> Minor {
        match self {
            Vat::Exempt { .. } => Minor(0),
            Vat::Rate { basis_points } => {
                let p = taxable.0 as i128 * *basis_points as i128;
                let rounded = if p >= 0 { (p + 5_000) / 10_000 } else { (p - 5_000) / 10_000 };
                Minor(rounded as i64)
            }
        }
    }
    /// The rate as UBL writes it: `25.00`, or `0` when exempt.
    pub fn percent(&self) -> String {
        match self {
            Vat::Rate { basis_points } => format!("{}.{:02}", basis_points / 100, basis_points % 100),
            Vat::Exempt { .. } => "0".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceSchedule {
    pub pricing: Pricing,
    pub currency: Currency,
    pub vat: Vat,
}

impl PriceSchedule {
    /// The price of an organisation's n-th seat (counting from 0) in the term.
    pub fn seat_price(&self, nth: usize) -> Option<Minor> {
        match self.pricing {
            Pricing::Free => None,
            Pricing::Flat { seat } => Some(seat),
            Pricing::FirstAndFurther { first, further } => Some(if nth == 0 { first } else { further }),
        }
    }

    /// The amounts for an organisation with `seats` seats: one line per seat, the taxable total,
    /// the VAT and the amount due.
    pub fn amounts(&self, seats: usize) -> Option<Amounts> {
        let lines: Vec<Minor> = (0..seats).map(|i| self.seat_price(i)).collect::<Option<Vec<_>>>()?;
        let net = Minor(lines.iter().map(|l| l.0).sum());
        let vat = self.vat.amount(net);
        Some(Amounts { lines, net, vat, gross: Minor(net.0 + vat.0) })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amounts {
    pub lines: Vec<Minor>,
    pub net: Minor,
    pub vat: Minor,
    pub gross: Minor,
}

/// A price schedule as a form or API body gives it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PriceInput {
    /// `free`, `flat` or `first_and_further`.
    pub kind: String,
    #[serde(default)]
    pub first: String,
    #[serde(default)]
    pub further: String,
    pub currency: String,
    #[serde(default)]
    pub vat_exempt: bool,
    /// Percent, e.g. `25` or `12,5`.
    #[serde(default)]
    pub vat_rate: String,
    #[serde(default)]
    pub exemption_reason: String,
}

fn amount_field(e: &mut FieldErrors, field: &'static str, s: &str) -> Minor {
    match parse_amount(s) {
        Ok(m) if m.0 > 0 => m,
        Ok(_) => {
            e.add(field, "out_of_range");
            Minor(0)
        }
        Err(code) => {
            e.add(field, code);
            Minor(0)
        }
    }
}

impl PriceInput {
    pub fn validate(&self) -> Result<PriceSchedule, FieldErrors> {
        let mut e = FieldErrors::new();
        let pricing = match self.kind.trim() {
            "free" => Pricing::Free,
            "flat" => Pricing::Flat { seat: amount_field(&mut e, "first", &self.first) },
            "first_and_further" => Pricing::FirstAndFurther {
                first: amount_field(&mut e, "first", &self.first),
                further: amount_field(&mut e, "further", &self.further),
            },
            _ => {
                e.add("kind", "invalid_choice");
                Pricing::Free
            }
        };
        let currency = Currency::parse(&self.currency).unwrap_or_else(|| {
            e.add("currency", "invalid_choice");
            Currency::DKK
        });
        let vat = if self.vat_exempt {
            let reason = e.required_line("exemption_reason", &self.exemption_reason, 300);
            Vat::Exempt { reason }
        } else {
            let rate = if self.vat_rate.trim().is_empty() { Ok(Minor(2500)) } else { parse_amount(&self.vat_rate) };
            match rate {
                Ok(Minor(bp)) if (0..=10_000).contains(&bp) => Vat::Rate { basis_points: bp as u32 },
                Ok(_) => {
                    e.add("vat_rate", "out_of_range");
                    Vat::Rate { basis_points: 2500 }
                }
                Err(code) => {
                    e.add("vat_rate", code);
                    Vat::Rate { basis_points: 2500 }
                }
            }
        };
        e.finish(PriceSchedule { pricing, currency, vat })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spreading_network() -> PriceSchedule {
        PriceSchedule {
            pricing: Pricing::FirstAndFurther { first: Minor(400_000), further: Minor(250_000) },
            currency: Currency::DKK,
            vat: Vat::Rate { basis_points: 2500 },
        }
    }

    #[test]
    fn three_colleagues_from_one_municipality_cost_11250_kroner() {
        let a = spreading_network().amounts(3).expect("priced");
        assert_eq!(a.lines, vec![Minor(400_000), Minor(250_000), Minor(250_000)]);
        assert_eq!(a.net, Minor(900_000));
        assert_eq!(a.vat, Minor(225_000));
        assert_eq!(a.gross, Minor(1_125_000));
        assert_eq!(a.gross.format(Lang::Da), "11.250,00");
        assert_eq!(a.gross.decimal(), "11250.00");
    }

    #[test]
    fn vat_is_rounded_half_away_from_zero_on_the_category_total() {
        let vat = Vat::Rate { basis_points: 2500 };
        assert_eq!(vat.amount(Minor(1)), Minor(0));
        assert_eq!(vat.amount(Minor(2)), Minor(1), "0.5 öre rounds up");
        assert_eq!(vat.amount(Minor(333)), Minor(83));
        assert_eq!(Vat::Exempt { reason: "Momsfritaget".into() }.amount(Minor(900_000)), Minor(0));
        assert_eq!(Vat::Rate { basis_points: 1250 }.percent(), "12.50");
    }

    #[test]
    fn amounts_are_read_the_way_people_type_them() {
        assert_eq!(parse_amount("4000"), Ok(Minor(400_000)));
        assert_eq!(parse_amount("4.000"), Ok(Minor(400_000)), "a Danish thousands point");
        assert_eq!(parse_amount("4 000,00"), Ok(Minor(400_000)));
        assert_eq!(parse_amount("2.500,5"), Ok(Minor(250_050)));
        assert_eq!(parse_amount("8,000.25"), Ok(Minor(800_025)));
        assert_eq!(parse_amount("fire tusind"), Err("not_an_amount"));
        assert_eq!(parse_amount(""), Err("required"));
    }

    #[test]
    fn a_free_network_has_nothing_to_invoice() {
        let s = PriceSchedule { pricing: Pricing::Free, currency: Currency::SEK, vat: Vat::Rate { basis_points: 2500 } };
        assert_eq!(s.amounts(2), None);
    }

    #[test]
    fn a_price_form_with_bad_values_reports_each_field() {
        let e = PriceInput {
            kind: "first_and_further".into(),
            first: "x".into(),
            further: "0".into(),
            currency: "NOK".into(),
            vat_rate: "250".into(),
            ..Default::default()
        }
        .validate()
        .expect_err("invalid");
        for f in ["first", "further", "currency", "vat_rate"] {
            assert!(e.has(f), "{f}");
        }
        let e = PriceInput { kind: "flat".into(), first: "8000".into(), currency: "DKK".into(), vat_exempt: true, ..Default::default() }
            .validate()
            .expect_err("reason");
        assert!(e.has("exemption_reason"));
    }

    proptest! {
        #[test]
        fn totals_always_add_up(first in 1i64..10_000_000, further in 1i64..10_000_000, seats in 1usize..10, bp in 0u32..=10_000) {
            let s = PriceSchedule { pricing: Pricing::FirstAndFurther { first: Minor(first), further: Minor(further) }, currency: Currency::DKK, vat: Vat::Rate { basis_points: bp } };
            let a = s.amounts(seats).expect("priced");
            prop_assert_eq!(a.net.0, a.lines.iter().map(|l| l.0).sum::<i64>());
            prop_assert_eq!(a.gross.0, a.net.0 + a.vat.0);
            let exact = a.net.0 as f64 * bp as f64 / 10_000.0;
            prop_assert!((a.vat.0 as f64 - exact).abs() <= 0.5 + 1e-9);
        }

        #[test]
        fn formatted_danish_amounts_read_back(m in 0i64..100_000_000_000) {
            prop_assert_eq!(parse_amount(&Minor(m).format(Lang::Da)), Ok(Minor(m)));
            prop_assert_eq!(parse_amount(&Minor(m).format(Lang::En)), Ok(Minor(m)));
        }
    }
}
