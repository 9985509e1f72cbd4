//! Invoices and credit notes for seats: who issues them, who pays, what is owed, and what each
//! party must have before Peppol will carry the document. The UBL document itself is in [`ubl`].
//!
//! An invoice is one organisation's seats in one network and term, a line per seat naming the
//! person. Issued documents are frozen: a [`Document`] holds everything printed on it, so a later
//! price change or a new address leaves it as it was. Corrections are credit notes, which credit
//! a whole invoice with positive amounts.

pub mod ubl;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::fees::{Currency, Minor, PriceSchedule, Vat};
use crate::organisations::{Country, PostalAddress, is_valid_cvr, is_valid_gln, normalise_se_org_number};
use crate::validation::FieldErrors;

/// An electronic address in the Peppol network: scheme 0088 (GLN/EAN), 0184 (Danish CVR, written
/// `DK12345678`) or 0007 (Swedish organisation number, ten digits).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub scheme: String,
    pub id: String,
}

impl Endpoint {
    /// The organisation's GLN when it has one (Danish public buyers receive by EAN), else its CVR
    /// or Swedish organisation number.
    pub fn for_organisation(country: Country, registration_number: Option<&str>, gln: Option<&str>) -> Option<Endpoint> {
        if let Some(g) = gln.filter(|g| is_valid_gln(g)) {
            return Some(Endpoint { scheme: "0088".into(), id: g.to_string() });
        }
        legal_id(country, registration_number?)
    }
}

/// The legal registration as Peppol writes it: CVR under 0184 (`DK` + 8 digits), Swedish
/// organisation number under 0007 (10 digits, no dash).
fn legal_id(country: Country, registration_number: &str) -> Option<Endpoint> {
    match country {
        Country::DK if is_valid_cvr(registration_number) => {
            Some(Endpoint { scheme: "0184".into(), id: format!("DK{registration_number}") })
        }
        Country::SE => normalise_se_org_number(registration_number).map(|n| Endpoint { scheme: "0007".into(), id: n.replace('-', "") }),
        _ => None,
    }
}

/// Seller or buyer as printed on the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub legal_name: String,
    /// ISO 3166 alpha-2.
    pub country: Country,
    pub registration_number: Option<String>,
    pub vat_number: Option<String>,
    pub address: PostalAddress,
    pub endpoint: Option<Endpoint>,
}

impl Party {
    pub fn legal_id(&self) -> Option<Endpoint> {
        legal_id(self.country, self.registration_number.as_deref()?)
    }

    /// What the organisation lacks to receive a Peppol invoice. Each code is a Fluent id
    /// `lacks-{code}`.
    pub fn lacks_as_buyer(&self) -> Vec<&'static str> {
        let mut lacks = Vec::new();
        if !self.address.is_complete() {
            lacks.push("postal_address");
        }
        if self.endpoint.is_none() {
            lacks.push("electronic_address");
        }
        lacks
    }

    /// What the issuing organisation lacks: besides an address and an electronic address, its
    /// legal registration (DK-R-002) and a VAT number (BR-S-02, BR-E-02).
    pub fn lacks_as_seller(&self) -> Vec<&'static str> {
        let mut lacks = self.lacks_as_buyer();
        if self.legal_id().is_none() {
            lacks.push("registration_number");
        }
        if self.vat_number.is_none() {
            lacks.push("vat_number");
        }
        lacks
    }
}

/// How the buyer pays the issuer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Payment {
    /// Danish registration and account number.
    DkAccount {
        reg: String,
        account: String,
    },
    /// IBAN, with the BIC when given.
    Iban {
        iban: String,
        bic: Option<String>,
    },
    /// Danish FI-card 71 to this creditor number (8 digits).
    Fik {
        creditor: String,
    },
    Bankgiro {
        number: String,
    },
    Plusgiro {
        number: String,
    },
}

impl Payment {
    pub fn kind(&self) -> &'static str {
        match self {
            Payment::DkAccount { .. } => "dk_account",
            Payment::Iban { .. } => "iban",
            Payment::Fik { .. } => "fik",
            Payment::Bankgiro { .. } => "bankgiro",
            Payment::Plusgiro { .. } => "plusgiro",
        }
    }
    /// Whether an issuer in this country may ask to be paid this way.
    pub fn suits(&self, country: Country) -> bool {
        match self {
            Payment::DkAccount { .. } | Payment::Fik { .. } => country == Country::DK,
            Payment::Bankgiro { .. } | Payment::Plusgiro { .. } => country == Country::SE,
            Payment::Iban { .. } => true,
        }
    }
    /// The account as people read it.
    pub fn account(&self) -> String {
        match self {
            Payment::DkAccount { reg, account } => format!("{reg} {account}"),
            Payment::Iban { iban, bic: Some(bic) } => format!("{iban} (BIC {bic})"),
            Payment::Iban { iban, bic: None } => iban.clone(),
            Payment::Fik { creditor } => format!("+71<{creditor}>"),
            Payment::Bankgiro { number } | Payment::Plusgiro { number } => number.clone(),
        }
    }
}

/// The issuer's terms for a network: how to pay, days to the due date, and the Swedish F-skatt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerTerms {
    pub payment: Payment,
    pub payment_days: u32,
    pub fskatt: bool,
}

pub const PAYMENT_KINDS: [&str; 5] = ["dk_account", "iban", "fik", "bankgiro", "plusgiro"];

/// The issuer form or API body.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IssuerInput {
    pub payment_kind: String,
    #[serde(default)]
    pub reg: String,
    #[serde(default)]
    pub account: String,
    #[serde(default)]
    pub iban: String,
    #[serde(default)]
    pub bic: String,
    #[serde(default)]
    pub creditor: String,
    #[serde(default)]
    pub giro: String,
    #[serde(default)]
    pub payment_days: String,
    #[serde(default)]
    pub fskatt: bool,
}

fn digits_only(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

fn numeric_field(e: &mut FieldErrors, field: &'static str, s: &str, len: std::ops::RangeInclusive<usize>) -> String {
    let d = digits_only(s);
    if d.is_empty() {
        e.add(field, "required");
    } else if !d.chars().all(|c| c.is_ascii_digit()) || !len.contains(&d.len()) {
        e.add(field, "invalid_account");
    }
    d
}

/// IBAN check: country letters, check digits, and the remainder 1 of ISO 7064 mod 97-10.
pub fn is_valid_iban(s: &str) -> bool {
    let s = s.as_bytes();
    if !(15..=34).contains(&s.len())
        || !s[..2].iter().all(u8::is_ascii_uppercase)
        || !s[2..4].iter().all(u8::is_ascii_digit)
        || !s.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let mut rem: u32 = 0;
    for &b in s[4..].iter().chain(&s[..4]) {
        let v = if b.is_ascii_digit() { u32::from(b - b'0') } else { u32::from(b.to_ascii_uppercase() - b'A') + 10 };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

impl IssuerInput {
    pub fn validate(&self) -> Result<IssuerTerms, FieldErrors> {
        let mut e = FieldErrors::new();
        let payment = match self.payment_kind.trim() {
            "dk_account" => Payment::DkAccount {
                reg: numeric_field(&mut e, "reg", &self.reg, 4..=4),
                account: numeric_field(&mut e, "account", &self.account, 1..=10),
            },
            "iban" => {
                let iban = digits_only(&self.iban).to_uppercase();
                if iban.is_empty() {
                    e.add("iban", "required");
                } else if !is_valid_iban(&iban) {
                    e.add("iban", "invalid_iban");
                }
                let bic = digits_only(&self.bic).to_uppercase();
                let well_formed = matches!(bic.len(), 8 | 11) && bic.chars().all(|c| c.is_ascii_alphanumeric());
                if !bic.is_empty() && !well_formed {
                    e.add("bic", "invalid_bic");
                }
                Payment::Iban { iban, bic: Some(bic).filter(|b| !b.is_empty()) }
            }
            "fik" => Payment::Fik { creditor: numeric_field(&mut e, "creditor", &self.creditor, 8..=8) },
            "bankgiro" => Payment::Bankgiro { number: numeric_field(&mut e, "giro", &self.giro, 7..=8) },
            "plusgiro" => Payment::Plusgiro { number: numeric_field(&mut e, "giro", &self.giro, 2..=8) },
            _ => {
                e.add("payment_kind", "invalid_choice");
                Payment::Bankgiro { number: String::new() }
            }
        };
        let payment_days = match self.payment_days.trim() {
            "" => 30,
            d => match d.parse::<u32>() {
                Ok(n) if n <= 180 => n,
                _ => {
                    e.add("payment_days", "out_of_range");
                    30
                }
            },
        };
        e.finish(IssuerTerms { payment, payment_days, fskatt: self.fskatt })
    }
}

/// The stored terms as the form shows them again.
impl From<&IssuerTerms> for IssuerInput {
    fn from(t: &IssuerTerms) -> IssuerInput {
        let mut i = IssuerInput {
            payment_kind: t.payment.kind().into(),
            payment_days: t.payment_days.to_string(),
            fskatt: t.fskatt,
            ..Default::default()
        };
        match &t.payment {
            Payment::DkAccount { reg, account } => (i.reg, i.account) = (reg.clone(), account.clone()),
            Payment::Iban { iban, bic } => (i.iban, i.bic) = (iban.clone(), bic.clone().unwrap_or_default()),
            Payment::Fik { creditor } => i.creditor = creditor.clone(),
            Payment::Bankgiro { number } | Payment::Plusgiro { number } => i.giro = number.clone(),
        }
        i
    }
}

/// What the issuer lacks before any invoice can go out (codes are Fluent ids `lacks-{code}`).
pub fn issuer_lacks(seller: &Party, terms: &IssuerTerms, vat: &Vat) -> Vec<&'static str> {
    let mut lacks = seller.lacks_as_seller();
    if !terms.payment.suits(seller.country) {
        lacks.push("payment_for_country");
    }
    // SE-R-006: a Swedish supplier charges 25, 12 or 6 %.
    if seller.country == Country::SE && matches!(vat, Vat::Rate { basis_points } if ![2500, 1200, 600].contains(basis_points)) {
        lacks.push("swedish_vat_rate");
    }
    lacks
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Invoice,
    CreditNote,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Invoice => "invoice",
            DocKind::CreditNote => "credit_note",
        }
    }
    pub fn parse(s: &str) -> Option<DocKind> {
        [DocKind::Invoice, DocKind::CreditNote].into_iter().find(|k| k.as_str() == s)
    }
}

/// Where an invoice stands. A draft is what would be issued now and is never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceState {
    Issued,
    Paid,
    Credited,
}

impl InvoiceState {
    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceState::Issued => "issued",
            InvoiceState::Paid => "paid",
            InvoiceState::Credited => "credited",
        }
    }
    pub fn parse(s: &str) -> Option<InvoiceState> {
        [InvoiceState::Issued, InvoiceState::Paid, InvoiceState::Credited].into_iter().find(|k| k.as_str() == s)
    }
}

/// Why a state change is refused (the use cases answer with the `InvoicesError` variant of the
/// same name, which carries the code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    AlreadyCredited,
    AlreadyPaid,
    NotAnInvoice,
}

/// An invoice that is issued (paid or not) can be credited once; a credit note cannot.
pub fn check_credit(kind: DocKind, state: InvoiceState) -> Result<(), Refusal> {
    match (kind, state) {
        (DocKind::CreditNote, _) => Err(Refusal::NotAnInvoice),
        (_, InvoiceState::Credited) => Err(Refusal::AlreadyCredited),
        _ => Ok(()),
    }
}

/// Only an issued invoice can be marked paid.
pub fn check_paid(kind: DocKind, state: InvoiceState) -> Result<(), Refusal> {
    match (kind, state) {
        (DocKind::CreditNote, _) => Err(Refusal::NotAnInvoice),
        (_, InvoiceState::Paid) => Err(Refusal::AlreadyPaid),
        (_, InvoiceState::Credited) => Err(Refusal::AlreadyCredited),
        _ => Ok(()),
    }
}

/// One seat on an invoice. Quantity is always one: the term is binding and never pro-rated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub person: String,
    /// The organisation's first seat in the term (priced as such).
    pub first_seat: bool,
    /// The item name printed on the document, in the network's language.
    pub description: String,
    pub net: Minor,
}

/// The priced seats not yet invoiced, each given with its place among the organisation's seats
/// in the term (0 for the first taken): a seat added mid-term, or billed again after a credit
/// note, costs what it would have cost at the start (first or further seat). `None` when free.
pub fn seat_lines(schedule: &PriceSchedule, seats: &[(String, usize)]) -> Option<Vec<(String, bool, Minor)>> {
    seats.iter().map(|(p, nth)| schedule.seat_price(*nth).map(|price| (p.clone(), *nth == 0, price))).collect()
}

/// Totals per EN 16931: the VAT of the (single) category rounded on its taxable total.
pub fn totals(lines: &[Line], vat: &Vat) -> (Minor, Minor, Minor) {
    let net = Minor(lines.iter().map(|l| l.net.0).sum());
    let tax = vat.amount(net);
    (net, tax, Minor(net.0 + tax.0))
}

/// The invoice a credit note credits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credited {
    pub number: i64,
    pub issue_date: NaiveDate,
}

/// Everything printed on an issued invoice or credit note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocKind,
    pub number: i64,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub currency: Currency,
    pub buyer_reference: String,
    pub seller: Party,
    pub buyer: Party,
    pub payment: Payment,
    pub payment_days: u32,
    pub fskatt: bool,
    /// The payment terms in words, in the network's language (BT-20).
    pub payment_terms: String,
    /// One note for the buyer, in the network's language (BT-22).
    pub note: String,
    pub vat: Vat,
    pub term: i32,
    pub lines: Vec<Line>,
    pub net: Minor,
    pub vat_amount: Minor,
    pub gross: Minor,
    pub credits: Option<Credited>,
}

impl Document {
    pub fn due(issue_date: NaiveDate, payment_days: u32) -> NaiveDate {
        issue_date.checked_add_days(Days::new(u64::from(payment_days))).unwrap_or(issue_date)
    }

    /// The credit note for this invoice: the same lines and amounts, positive, referring to it.
    pub fn credit_note(&self, number: i64, issue_date: NaiveDate, note: String) -> Document {
        Document {
            kind: DocKind::CreditNote,
            number,
            issue_date,
            due_date: issue_date,
            note,
            credits: Some(Credited { number: self.number, issue_date: self.issue_date }),
            ..self.clone()
        }
    }

    /// The payment identifier (BT-83): the invoice number, or for FI-card 71 the 15-digit
    /// payment id with its check digit.
    pub fn payment_id(&self) -> String {
        match self.payment {
            Payment::Fik { .. } => {
                let body = format!("{:014}", self.number);
                format!("71#{body}{}", luhn_digit(&body))
            }
            _ => self.number.to_string(),
        }
    }
}

/// The modulus 10 check digit FI-card 71 uses (weights 2, 1, 2, … from the right).
fn luhn_digit(body: &str) -> u32 {
    let sum: u32 = body
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            let p = if i % 2 == 0 { d * 2 } else { d };
            p / 10 + p % 10
        })
        .sum();
    (10 - sum % 10) % 10
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fees::Pricing;

    fn schedule() -> PriceSchedule {
        PriceSchedule {
            pricing: Pricing::FirstAndFurther { first: Minor(400_000), further: Minor(250_000) },
            currency: Currency::DKK,
            vat: Vat::Rate { basis_points: 2500 },
        }
    }

    #[test]
    fn a_seat_added_mid_term_costs_what_it_would_have_cost() {
        let first = seat_lines(&schedule(), &[("A".to_string(), 0)]).expect("priced");
        assert_eq!(first, vec![("A".to_string(), true, Minor(400_000))]);
        let later = seat_lines(&schedule(), &[("D".to_string(), 3)]).expect("priced");
        assert_eq!(later, vec![("D".to_string(), false, Minor(250_000))]);
        let free = PriceSchedule { pricing: Pricing::Free, ..schedule() };
        assert_eq!(seat_lines(&free, &[("A".to_string(), 0)]), None);
    }

    #[test]
    fn endpoints_prefer_the_gln_and_fall_back_on_the_registration() {
        let e = Endpoint::for_organisation(Country::DK, Some("44591227"), Some("5798000123458")).expect("gln");
        assert_eq!((e.scheme.as_str(), e.id.as_str()), ("0088", "5798000123458"));
        let e = Endpoint::for_organisation(Country::DK, Some("44591227"), None).expect("cvr");
        assert_eq!((e.scheme.as_str(), e.id.as_str()), ("0184", "DK44591227"));
        let e = Endpoint::for_organisation(Country::SE, Some("232199-0513"), None).expect("orgnr");
        assert_eq!((e.scheme.as_str(), e.id.as_str()), ("0007", "2321990513"));
        assert_eq!(Endpoint::for_organisation(Country::DK, None, Some("5798000123459")), None, "a GLN with a wrong check digit");
    }

    #[test]
    fn a_swedish_issuer_needs_a_swedish_rate_and_a_swedish_way_to_be_paid() {
        let seller = Party {
            legal_name: "Region Norrsund".into(),
            country: Country::SE,
            registration_number: Some("232199-0513".into()),
            vat_number: Some("SE232199051301".into()),
            address: PostalAddress { street: "Storgatan 10".into(), postcode: "871 30".into(), city: "Norrby".into() },
            endpoint: Endpoint::for_organisation(Country::SE, Some("232199-0513"), None),
        };
        let terms = IssuerTerms { payment: Payment::Bankgiro { number: "50501055".into() }, payment_days: 30, fskatt: true };
        assert!(issuer_lacks(&seller, &terms, &Vat::Rate { basis_points: 2500 }).is_empty());
        assert_eq!(issuer_lacks(&seller, &terms, &Vat::Rate { basis_points: 1000 }), vec!["swedish_vat_rate"], "SE-R-006");
        let fik = IssuerTerms { payment: Payment::Fik { creditor: "12345678".into() }, ..terms };
        assert_eq!(issuer_lacks(&seller, &fik, &Vat::Rate { basis_points: 600 }), vec!["payment_for_country"]);
        let bare = Party { vat_number: None, address: PostalAddress::default(), ..seller };
        assert_eq!(
            issuer_lacks(&bare, &fik, &Vat::Exempt { reason: "x".into() }),
            vec!["postal_address", "vat_number", "payment_for_country"]
        );
    }

    #[test]
    fn ibans_are_checked_by_mod_97() {
        assert!(is_valid_iban("DK5000400440116243"));
        assert!(is_valid_iban("SE4550000000058398257466"));
        assert!(!is_valid_iban("DK5000400440116244"));
        assert!(!is_valid_iban("DK50"));
    }

    #[test]
    fn issuer_forms_report_each_bad_field() {
        let e = IssuerInput {
            payment_kind: "dk_account".into(),
            reg: "12".into(),
            account: "".into(),
            payment_days: "-3".into(),
            ..Default::default()
        }
        .validate()
        .expect_err("invalid");
        assert!(e.has("reg") && e.has("account") && e.has("payment_days"));
        let ok = IssuerInput { payment_kind: "bankgiro".into(), giro: "5050-1055".into(), fskatt: true, ..Default::default() }
            .validate()
            .expect("valid");
        assert_eq!(ok.payment, Payment::Bankgiro { number: "50501055".into() });
        assert_eq!(ok.payment_days, 30);
        assert!(!ok.payment.suits(Country::DK));
        assert_eq!(IssuerInput::from(&ok).validate(), Ok(ok), "the form shows the stored terms again");
    }

    #[test]
    fn a_credit_note_cannot_be_credited_and_an_invoice_only_once() {
        assert_eq!(check_credit(DocKind::Invoice, InvoiceState::Issued), Ok(()));
        assert_eq!(check_credit(DocKind::Invoice, InvoiceState::Paid), Ok(()));
        assert_eq!(check_credit(DocKind::Invoice, InvoiceState::Credited), Err(Refusal::AlreadyCredited));
        assert_eq!(check_credit(DocKind::CreditNote, InvoiceState::Issued), Err(Refusal::NotAnInvoice));
        assert_eq!(check_paid(DocKind::Invoice, InvoiceState::Paid), Err(Refusal::AlreadyPaid));
    }

    #[test]
    fn the_fik_payment_id_carries_a_check_digit() {
        // 00000000000001: sum of weighted digits = 2, so the check digit is 8.
        assert_eq!(luhn_digit("00000000000001"), 8);
        assert_eq!(luhn_digit("7992739871"), 3, "the Luhn example");
    }
}
