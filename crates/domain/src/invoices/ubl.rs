//! Peppol BIS Billing 3.0 (EN 16931) in UBL 2.1: the Invoice and CreditNote documents a public
//! buyer's access point accepts. Element order follows the UBL 2.1 schema; empty elements are
//! never written (PEPPOL-EN16931-R008).

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{DocKind, Document, Party, Payment};
use crate::fees::{Minor, Vat};
use crate::organisations::Country;

pub const CUSTOMIZATION_ID: &str = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
pub const PROFILE_ID: &str = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
const CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
const CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

type W = Writer<Vec<u8>>;

fn leaf(w: &mut W, name: &str, text: &str) -> io::Result<()> {
    if !text.is_empty() {
        w.create_element(name).write_text_content(BytesText::new(text))?;
    }
    Ok(())
}

fn leaf_with(w: &mut W, name: &str, attr: (&str, &str), text: &str) -> io::Result<()> {
    if !text.is_empty() {
        w.create_element(name).with_attribute(attr).write_text_content(BytesText::new(text))?;
    }
    Ok(())
}

fn amount(w: &mut W, name: &str, currency: &str, m: Minor) -> io::Result<()> {
    leaf_with(w, name, ("currencyID", currency), &m.decimal())
}

fn node(w: &mut W, name: &str, inner: impl FnOnce(&mut W) -> io::Result<()>) -> io::Result<()> {
    w.create_element(name).write_inner_content(inner)?;
    Ok(())
}

/// VAT category: S (standard), Z (zero rated) or E (exempt, with its reason).
fn category(vat: &Vat) -> &'static str {
    match vat {
        Vat::Rate { basis_points: 0 } => "Z",
        Vat::Rate { .. } => "S",
        Vat::Exempt { .. } => "E",
    }
}

fn tax_category(w: &mut W, name: &str, vat: &Vat, with_reason: bool) -> io::Result<()> {
    node(w, name, |w| {
        leaf(w, "cbc:ID", category(vat))?;
        leaf(w, "cbc:Percent", &vat.percent())?;
        if let (true, Vat::Exempt { reason }) = (with_reason, vat) {
            leaf(w, "cbc:TaxExemptionReason", reason)?;
        }
        node(w, "cac:TaxScheme", |w| leaf(w, "cbc:ID", "VAT"))
    })
}

fn party(w: &mut W, p: &Party, fskatt: bool) -> io::Result<()> {
    node(w, "cac:Party", |w| {
        if let Some(e) = &p.endpoint {
            leaf_with(w, "cbc:EndpointID", ("schemeID", &e.scheme), &e.id)?;
        }
        node(w, "cac:PartyName", |w| leaf(w, "cbc:Name", &p.legal_name))?;
        node(w, "cac:PostalAddress", |w| {
            leaf(w, "cbc:StreetName", &p.address.street)?;
            leaf(w, "cbc:CityName", &p.address.city)?;
            leaf(w, "cbc:PostalZone", &p.address.postcode)?;
            node(w, "cac:Country", |w| leaf(w, "cbc:IdentificationCode", p.country.as_str()))
        })?;
        if let Some(vat) = p.vat_number.as_deref().filter(|v| !v.is_empty()) {
            node(w, "cac:PartyTaxScheme", |w| {
                leaf(w, "cbc:CompanyID", vat)?;
                node(w, "cac:TaxScheme", |w| leaf(w, "cbc:ID", "VAT"))
            })?;
        }
        // SE-R-005: a Swedish supplier approved for F-tax says so in these words.
        if fskatt {
            node(w, "cac:PartyTaxScheme", |w| {
                leaf(w, "cbc:CompanyID", "Godkänd för F-skatt")?;
                node(w, "cac:TaxScheme", |w| leaf(w, "cbc:ID", "TAX"))
            })?;
        }
        node(w, "cac:PartyLegalEntity", |w| {
            leaf(w, "cbc:RegistrationName", &p.legal_name)?;
            if let Some(id) = p.legal_id() {
                leaf_with(w, "cbc:CompanyID", ("schemeID", &id.scheme), &id.id)?;
            }
            Ok(())
        })
    })
}

/// Payment means per the national rules: DK-R-005 allows 1, 10, 31, 42, 48, 49, 50, 58, 59, 93
/// and 97 between Danish parties; Swedish bankgiro and plusgiro are code 30 with the branch
/// `SE:BANKGIRO` / `SE:PLUSGIRO` (SE-R-011); IBAN is SEPA credit transfer (58) from Denmark and
/// credit transfer (30) from Sweden (SE-R-012).
fn payment_means(w: &mut W, d: &Document) -> io::Result<()> {
    let (code, account, branch): (&str, &str, Option<&str>) = match &d.payment {
        Payment::DkAccount { reg, account } => ("42", account, Some(reg)),
        Payment::Iban { iban, bic } => (if d.seller.country == Country::DK { "58" } else { "30" }, iban, bic.as_deref()),
        Payment::Fik { creditor } => ("93", creditor, None),
        Payment::Bankgiro { number } => ("30", number, Some("SE:BANKGIRO")),
        Payment::Plusgiro { number } => ("30", number, Some("SE:PLUSGIRO")),
    };
    node(w, "cac:PaymentMeans", |w| {
        leaf(w, "cbc:PaymentMeansCode", code)?;
        leaf(w, "cbc:PaymentID", &d.payment_id())?;
        node(w, "cac:PayeeFinancialAccount", |w| {
            leaf(w, "cbc:ID", account)?;
            if let Some(b) = branch {
                node(w, "cac:FinancialInstitutionBranch", |w| leaf(w, "cbc:ID", b))?;
            }
            Ok(())
        })
    })
}

fn body(w: &mut W, d: &Document) -> io::Result<()> {
    let cur = d.currency.as_str();
    let invoice = d.kind == DocKind::Invoice;
    leaf(w, "cbc:CustomizationID", CUSTOMIZATION_ID)?;
    leaf(w, "cbc:ProfileID", PROFILE_ID)?;
    leaf(w, "cbc:ID", &d.number.to_string())?;
    leaf(w, "cbc:IssueDate", &d.issue_date.to_string())?;
    if invoice {
        leaf(w, "cbc:DueDate", &d.due_date.to_string())?;
        leaf(w, "cbc:InvoiceTypeCode", "380")?;
    } else {
        leaf(w, "cbc:CreditNoteTypeCode", "381")?;
    }
    leaf(w, "cbc:Note", &d.note)?;
    leaf(w, "cbc:DocumentCurrencyCode", cur)?;
    leaf(w, "cbc:BuyerReference", &d.buyer_reference)?;
    node(w, "cac:InvoicePeriod", |w| {
        leaf(w, "cbc:StartDate", &format!("{}-01-01", d.term))?;
        leaf(w, "cbc:EndDate", &format!("{}-12-31", d.term))
    })?;
    if let Some(c) = &d.credits {
        node(w, "cac:BillingReference", |w| {
            node(w, "cac:InvoiceDocumentReference", |w| {
                leaf(w, "cbc:ID", &c.number.to_string())?;
                leaf(w, "cbc:IssueDate", &c.issue_date.to_string())
            })
        })?;
    }
    let fskatt = d.fskatt && d.seller.country == Country::SE;
    node(w, "cac:AccountingSupplierParty", |w| party(w, &d.seller, fskatt))?;
    node(w, "cac:AccountingCustomerParty", |w| party(w, &d.buyer, false))?;
    if invoice {
        payment_means(w, d)?;
    }
    node(w, "cac:PaymentTerms", |w| leaf(w, "cbc:Note", &d.payment_terms))?;
    node(w, "cac:TaxTotal", |w| {
        amount(w, "cbc:TaxAmount", cur, d.vat_amount)?;
        node(w, "cac:TaxSubtotal", |w| {
            amount(w, "cbc:TaxableAmount", cur, d.net)?;
            amount(w, "cbc:TaxAmount", cur, d.vat_amount)?;
            tax_category(w, "cac:TaxCategory", &d.vat, true)
        })
    })?;
    node(w, "cac:LegalMonetaryTotal", |w| {
        amount(w, "cbc:LineExtensionAmount", cur, d.net)?;
        amount(w, "cbc:TaxExclusiveAmount", cur, d.net)?;
        amount(w, "cbc:TaxInclusiveAmount", cur, d.gross)?;
        amount(w, "cbc:PayableAmount", cur, d.gross)
    })?;
    let (line_name, quantity) =
        if invoice { ("cac:InvoiceLine", "cbc:InvoicedQuantity") } else { ("cac:CreditNoteLine", "cbc:CreditedQuantity") };
    for (i, l) in d.lines.iter().enumerate() {
        node(w, line_name, |w| {
            leaf(w, "cbc:ID", &(i + 1).to_string())?;
            leaf_with(w, quantity, ("unitCode", "C62"), "1")?;
            amount(w, "cbc:LineExtensionAmount", cur, l.net)?;
            node(w, "cac:Item", |w| {
                leaf(w, "cbc:Name", &l.description)?;
                tax_category(w, "cac:ClassifiedTaxCategory", &d.vat, false)
            })?;
            node(w, "cac:Price", |w| amount(w, "cbc:PriceAmount", cur, l.net))
        })?;
    }
    Ok(())
}

/// The document as UBL 2.1 XML, UTF-8.
pub fn to_xml(d: &Document) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let root = if d.kind == DocKind::Invoice { "Invoice" } else { "CreditNote" };
    let ns = format!("urn:oasis:names:specification:ubl:schema:xsd:{root}-2");
    let written: io::Result<()> = (|| {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.create_element(root)
            .with_attributes([("xmlns", ns.as_str()), ("xmlns:cac", CAC), ("xmlns:cbc", CBC)])
            .write_inner_content(|w| body(w, d))?;
        Ok(())
    })();
    // Writing into a Vec cannot fail.
    written.expect("writing XML into memory");
    String::from_utf8(w.into_inner()).expect("quick-xml writes UTF-8")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::fees::Currency;
    use crate::invoices::{Endpoint, Line};
    use crate::organisations::PostalAddress;

    fn doc() -> Document {
        let address = PostalAddress { street: "Fjordvej 1".into(), postcode: "7100".into(), city: "Fjordby".into() };
        let seller = Party {
            legal_name: "Region Fjordland".into(),
            country: Country::DK,
            registration_number: Some("44591219".into()),
            vat_number: Some("DK44591219".into()),
            address: address.clone(),
            endpoint: Some(Endpoint { scheme: "0088".into(), id: "5798000123458".into() }),
        };
        let buyer = Party {
            legal_name: "Åby Kommune & Co <test>".into(),
            registration_number: Some("44591227".into()),
            vat_number: None,
            endpoint: Some(Endpoint { scheme: "0184".into(), id: "DK44591227".into() }),
            ..seller.clone()
        };
        let lines = vec![
            Line { person: "A".into(), first_seat: true, description: "Plads".into(), net: Minor(400_000) },
            Line { person: "B".into(), first_seat: false, description: "Plads".into(), net: Minor(250_000) },
        ];
        let issue = NaiveDate::from_ymd_opt(2026, 1, 15).expect("date");
        Document {
            kind: DocKind::Invoice,
            number: 7,
            issue_date: issue,
            due_date: Document::due(issue, 30),
            currency: Currency::DKK,
            buyer_reference: "ÅBY-4711".into(),
            seller,
            buyer,
            payment: Payment::DkAccount { reg: "1234".into(), account: "0001234567".into() },
            payment_days: 30,
            fskatt: false,
            payment_terms: "Netto 30 dage".into(),
            note: String::new(),
            vat: Vat::Rate { basis_points: 2500 },
            term: 2026,
            lines,
            net: Minor(650_000),
            vat_amount: Minor(162_500),
            gross: Minor(812_500),
            credits: None,
        }
    }

    #[test]
    fn an_invoice_carries_the_peppol_identifiers_totals_and_escaped_names() {
        let x = to_xml(&doc());
        assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(x.contains(&format!("<cbc:CustomizationID>{CUSTOMIZATION_ID}</cbc:CustomizationID>")));
        assert!(x.contains("<cbc:DueDate>2026-02-14</cbc:DueDate>"));
        assert!(x.contains("<cbc:EndpointID schemeID=\"0184\">DK44591227</cbc:EndpointID>"));
        assert!(x.contains("<cbc:CompanyID schemeID=\"0184\">DK44591219</cbc:CompanyID>"));
        assert!(x.contains("<cbc:PayableAmount currencyID=\"DKK\">8125.00</cbc:PayableAmount>"));
        assert!(x.contains("Åby Kommune &amp; Co &lt;test&gt;"));
        assert!(x.contains("<cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>"));
        assert!(!x.contains("<cbc:Note></cbc:Note>") && !x.contains("<cbc:Note/>"), "no empty elements");
        assert_eq!(x.matches("<cac:InvoiceLine>").count(), 2);
    }

    #[test]
    fn a_credit_note_refers_to_the_invoice_with_positive_amounts() {
        let d = doc();
        let cn = d.credit_note(8, NaiveDate::from_ymd_opt(2026, 2, 1).expect("date"), "Kreditnota".into());
        let x = to_xml(&cn);
        assert!(x.contains("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""));
        assert!(x.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"));
        assert!(x.contains("<cac:InvoiceDocumentReference>"));
        assert!(x.contains("<cbc:PayableAmount currencyID=\"DKK\">8125.00</cbc:PayableAmount>"));
        assert!(!x.contains("DueDate") && !x.contains("PaymentMeans"));
    }

    #[test]
    fn an_exempt_invoice_names_category_e_and_its_reason() {
        let mut d = doc();
        d.vat = Vat::Exempt { reason: "Momsfritaget efter momsloven § 13".into() };
        d.vat_amount = Minor(0);
        d.gross = d.net;
        let x = to_xml(&d);
        assert!(x.contains("<cbc:ID>E</cbc:ID>"));
        assert!(x.contains("<cbc:TaxExemptionReason>Momsfritaget efter momsloven § 13</cbc:TaxExemptionReason>"));
        assert!(x.contains("<cbc:Percent>0</cbc:Percent>"));
    }
}
