//! Invoices: what the member lists show of them, and (by part) issuing, crediting and paying.

use spira_store::Uuid;
pub use spira_store::invoices::SeatInvoice;

use crate::i18n::Tr;

/// A member's invoice for the term in words, for the member lists: `Faktura 7: Betalt`; the
/// newest when a credited invoice was issued again; empty without one.
pub fn seat_invoice_label(invoices: &[SeatInvoice], user_id: Uuid, t: Tr) -> String {
    invoices
        .iter()
        .rev()
        .find(|i| i.user_id == user_id)
        .map(|i| {
            let number = i.number.to_string();
            format!("{}: {}", t.ta("invoice-title", &[("number", &number)]), t.t(&format!("invoice-state-{}", i.state)))
        })
        .unwrap_or_default()
}
