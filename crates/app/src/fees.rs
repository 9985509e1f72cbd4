//! Fees: the price schedule per network and term (what a seat costs, the currency, VAT or its
//! exemption), which terms a schedule can be set for, and what the public page says of it.

use spira_domain::Lang;
use spira_domain::access::Action;
pub use spira_domain::fees::{PriceInput, PriceSchedule};
use spira_domain::fees::{Pricing, Vat};

use crate::i18n::Tr;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

crate::failures! {
    /// What the fees use cases answer besides the shared outcomes.
    pub enum FeesError {
        /// A term before the last one or more than five ahead.
        #[error("term out of range")]
        BadTerm = BadRequest "bad_term",
    }
}

pub type Result<T, E = FeesError> = std::result::Result<T, E>;

/// A term a schedule can be set for, or invoices listed for: the network's current term (in its
/// own zone) when none is asked for, else one from the last term to five ahead; other terms are
/// `bad_term`.
pub fn checked_term(app: &App, network: &NetworkRow, term: Option<i32>) -> Result<i32> {
    let now = crate::networks::term(app, network).year();
    match term {
        None => Ok(now),
        Some(t) if (now - 1..=now + 5).contains(&t) => Ok(t),
        Some(_) => Err(FeesError::BadTerm),
    }
}

/// The network's schedule for a term. Prices are public: applicants read them before applying.
pub async fn price_schedule(app: &App, network: &NetworkRow, term: i32) -> Result<Option<PriceSchedule>> {
    let mut r = app.db.read().await?;
    Ok(spira_store::fees::price_schedule(r.conn(), network.id, term).await?)
}

/// The schedule for the facilitator's form (those who may edit the network).
pub async fn for_editing(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32) -> Result<Option<PriceSchedule>> {
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    price_schedule(app, network, term).await
}

/// Sets a term's schedule (those who may edit the network).
pub async fn update_schedule(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32, input: &PriceInput) -> Result<PriceSchedule> {
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let schedule = input.validate()?;
    let mut tx = app.db.begin().await?;
    spira_store::fees::save_price_schedule(tx.conn(), network.id, term, &schedule, app.now().into()).await?;
    tx.commit().await?;
    Ok(schedule)
}

/// The schedule said in words, for the public page and the form: `4.000,00 DKK for the first
/// seat, 2.500,00 DKK for each further seat from the same workplace, + 25,00 % VAT`.
pub fn describe(s: &PriceSchedule, t: Tr) -> String {
    let c = s.currency.as_str();
    let price = match s.pricing {
        Pricing::Free => return t.t("fees-free"),
        Pricing::Flat { seat } => t.ta("fees-flat", &[("price", &seat.format(t.lang)), ("currency", c)]),
        Pricing::FirstAndFurther { first, further } => {
            t.ta("fees-first-further", &[("first", &first.format(t.lang)), ("further", &further.format(t.lang)), ("currency", c)])
        }
    };
    let vat = match &s.vat {
        Vat::Rate { basis_points } => {
            let pct = spira_domain::fees::Minor(i64::from(*basis_points)).format(t.lang);
            t.ta("fees-vat", &[("rate", pct.trim_end_matches(if t.lang == Lang::En { ".00" } else { ",00" }))])
        }
        Vat::Exempt { reason } => t.ta("fees-vat-exempt", &[("reason", reason)]),
    };
    format!("{price} {vat}")
}

/// The network's schedule for its current term in words, for the public page (prices are
/// public); empty without one.
pub async fn public_line(app: &App, network: &NetworkRow, t: Tr) -> Result<String> {
    let term = crate::networks::term(app, network);
    let mut r = app.db.read().await?;
    Ok(spira_store::fees::price_schedule(r.conn(), network.id, term.year()).await?.map(|s| describe(&s, t)).unwrap_or_default())
}
