//! Fees: the price schedule per network and term, and what the public page says of it.

use spira_domain::Lang;
use spira_domain::fees::{PriceSchedule, Pricing, Vat};

use crate::App;
use crate::error::Result;
use crate::i18n::Tr;

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
pub async fn public_line(app: &App, network: &crate::networks::NetworkRow, t: Tr) -> Result<String> {
    let term = crate::networks::term(app, network)?;
    let mut r = app.db.read().await?;
    Ok(spira_store::fees::price_schedule(r.conn(), network.id, term.year()).await?.map(|s| describe(&s, t)).unwrap_or_default())
}
