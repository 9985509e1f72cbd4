//! Price schedules per network and term.

use spira_domain::fees::{Currency, Minor, PriceSchedule, Pricing, Vat};

use crate::ids::NetworkId;
use crate::{Conn, Error, Read, Result, Timestamp, exec, on};

#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    kind: String,
    first_price: Option<i64>,
    further_price: Option<i64>,
    currency: String,
    vat_basis_points: Option<i32>,
    vat_exemption_reason: Option<String>,
}

/// The schedule for a term, if the facilitator has set one (no schedule: no invoices).
pub async fn price_schedule(c: impl Into<Read<'_>>, network_id: NetworkId, term: i32) -> Result<Option<PriceSchedule>> {
    let row = on!(c, c => sqlx::query_as::<_, Row>(
        "SELECT kind, first_price, further_price, currency, vat_basis_points, vat_exemption_reason
         FROM price_schedules WHERE network_id = $1 AND term = $2")
        .bind(network_id).bind(term).fetch_optional(&mut *c).await)?;
    let Some(r) = row else { return Ok(None) };
    let pricing = match (r.kind.as_str(), r.first_price, r.further_price) {
        ("free", _, _) => Pricing::Free,
        ("flat", Some(p), _) => Pricing::Flat { seat: Minor(p) },
        ("first_and_further", Some(f), Some(u)) => Pricing::FirstAndFurther { first: Minor(f), further: Minor(u) },
        _ => return Err(Error::Corrupt("price_schedules.kind")),
    };
    let vat = match (r.vat_basis_points, r.vat_exemption_reason) {
        (_, Some(reason)) => Vat::Exempt { reason },
        (Some(bp), None) => Vat::Rate { basis_points: u32::try_from(bp).map_err(|_| Error::Corrupt("price_schedules.vat"))? },
        (None, None) => return Err(Error::Corrupt("price_schedules.vat")),
    };
    let currency = Currency::parse(&r.currency).ok_or(Error::Corrupt("price_schedules.currency"))?;
    Ok(Some(PriceSchedule { pricing, currency, vat }))
}

/// Sets the schedule for a term. Invoices already issued keep their own amounts (issue 12).
pub async fn save_price_schedule(c: Conn<'_>, network_id: NetworkId, term: i32, s: &PriceSchedule, now: Timestamp) -> Result<()> {
    let (kind, first, further) = match s.pricing {
        Pricing::Free => ("free", None, None),
        Pricing::Flat { seat } => ("flat", Some(seat.0), None),
        Pricing::FirstAndFurther { first, further } => ("first_and_further", Some(first.0), Some(further.0)),
    };
    let (bp, reason) = match &s.vat {
        Vat::Rate { basis_points } => (Some(*basis_points as i32), None),
        Vat::Exempt { reason } => (None, Some(reason.clone())),
    };
    exec!(c, c => sqlx::query(
        "INSERT INTO price_schedules (network_id, term, kind, first_price, further_price, currency, vat_basis_points, vat_exemption_reason, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (network_id, term) DO UPDATE SET kind = excluded.kind, first_price = excluded.first_price,
            further_price = excluded.further_price, currency = excluded.currency, vat_basis_points = excluded.vat_basis_points,
            vat_exemption_reason = excluded.vat_exemption_reason, updated_at = excluded.updated_at")
        .bind(network_id).bind(term).bind(kind).bind(first).bind(further).bind(s.currency.as_str()).bind(bp).bind(reason)
        .bind(now))?;
    Ok(())
}
