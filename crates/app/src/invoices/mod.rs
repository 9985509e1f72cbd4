//! Invoices for seats (issue 12): who issues a network's invoices (`issuer`), what would be
//! invoiced now (`drafts`, computed and never stored), issuing with a gapless number per issuer
//! (`issue`), credit notes (`credit`), payments (`payments`), and reading what was issued, per
//! network and term or per issuer across its networks (`listing`). Only a network's facilitators
//! (and platform admins) see its invoices: they name members and their workplaces.

pub mod credit;
pub mod drafts;
pub mod issue;
pub mod issuer;
pub mod listing;
pub mod payments;

use spira_domain::Lang;
pub use spira_domain::invoices::{DocKind, Document, InvoiceState, IssuerInput, IssuerTerms, Party};
pub use spira_store::invoices::{InvoiceRow, IssuerDocument, IssuerRow, SeatInvoice};
pub use spira_store::organisations::OrganisationRow;

use crate::i18n::Tr;
use crate::networks::NetworkRow;

crate::failures! {
    /// What the invoice use cases answer besides the shared outcomes.
    pub enum InvoicesError {
        /// The reference to the issuing organisation is not one.
        #[error("bad organisation id")]
        BadId = BadRequest "bad_id",
        /// A period whose dates cannot be used or whose first day is after its last.
        #[error("bad period")]
        BadPeriod = BadRequest "bad_period",
        /// The network has no price schedule for the term.
        #[error("no price schedule")]
        NoPriceSchedule = Conflict "no_price_schedule",
        /// The network is free of charge for the term.
        #[error("free network")]
        FreeNetwork = Conflict "free_network",
        /// No organisation issues the network's invoices.
        #[error("no issuer")]
        NoIssuer = Conflict "no_issuer",
        /// The issuer lacks what an invoice must say.
        #[error("issuer incomplete")]
        IssuerIncomplete = Conflict "issuer_incomplete",
        /// The invoice has been credited already.
        #[error("already credited")]
        AlreadyCredited = Conflict "already_credited",
        /// The invoice is marked paid already.
        #[error("already paid")]
        AlreadyPaid = Conflict "already_paid",
        /// A credit note cannot be credited or paid.
        #[error("not an invoice")]
        NotAnInvoice = Conflict "not_an_invoice",
    }
}

pub type Result<T, E = InvoicesError> = std::result::Result<T, E>;

impl From<spira_domain::invoices::Refusal> for InvoicesError {
    fn from(r: spira_domain::invoices::Refusal) -> Self {
        use spira_domain::invoices::Refusal as R;
        match r {
            R::AlreadyCredited => InvoicesError::AlreadyCredited,
            R::AlreadyPaid => InvoicesError::AlreadyPaid,
            R::NotAnInvoice => InvoicesError::NotAnInvoice,
        }
    }
}

/// A member's invoice for the term in words, for the member lists: `Faktura 7: Betalt`; the
/// newest when a credited invoice was issued again; empty without one.
pub fn seat_invoice_label(invoices: &[SeatInvoice], user_id: spira_store::ids::UserId, t: Tr) -> String {
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

/// The language the network's documents are written in; a value that does not decode is a
/// corrupt row, not Danish by default.
fn doc_lang(network: &NetworkRow) -> Result<Lang> {
    Ok(Lang::parse(&network.language).ok_or(spira_store::Error::Corrupt("networks.language"))?)
}

/// Today in the network's zone at the instant `at`: the issue date.
fn date_in(network: &NetworkRow, at: chrono::DateTime<chrono::Utc>) -> Result<chrono::NaiveDate> {
    Ok(spira_domain::terms::today_in(at, network.time_zone))
}
