//! Invoices and credit notes: each network's issuer, the gapless counter per issuing
//! organisation, the issued documents (frozen as JSON of [`Document`]) and which seats they bill.

use spira_domain::invoices::{DocKind, Document, InvoiceState, IssuerTerms, Payment};

use crate::ids::{InvoiceId, NetworkId, OrganisationId, SeatId, UserId};
use crate::{Conn, Error, Read, Result, Timestamp, Uuid, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
struct IssuerDbRow {
    organisation_id: OrganisationId,
    payment: String,
    payment_days: i32,
    fskatt: bool,
}

/// Who issues a network's invoices, and on what terms.
#[derive(Debug, Clone)]
pub struct IssuerRow {
    pub organisation_id: OrganisationId,
    pub terms: IssuerTerms,
}

pub async fn issuer(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Option<IssuerRow>> {
    let row = on!(c, c => sqlx::query_as::<_, IssuerDbRow>(
        "SELECT organisation_id, payment, payment_days, fskatt FROM invoice_issuers WHERE network_id = $1")
        .bind(network_id).fetch_optional(&mut *c).await)?;
    let Some(r) = row else { return Ok(None) };
    let payment: Payment = serde_json::from_str(&r.payment).map_err(|_| Error::Corrupt("invoice_issuers.payment"))?;
    let payment_days = u32::try_from(r.payment_days).map_err(|_| Error::Corrupt("invoice_issuers.payment_days"))?;
    Ok(Some(IssuerRow { organisation_id: r.organisation_id, terms: IssuerTerms { payment, payment_days, fskatt: r.fskatt } }))
}

pub async fn save_issuer(
    c: Conn<'_>,
    network_id: NetworkId,
    organisation_id: OrganisationId,
    t: &IssuerTerms,
    now: Timestamp,
) -> Result<()> {
    let payment = serde_json::to_string(&t.payment).map_err(|_| Error::Corrupt("invoice_issuers.payment"))?;
    exec!(c, c => sqlx::query(
        "INSERT INTO invoice_issuers (network_id, organisation_id, payment, payment_days, fskatt, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (network_id) DO UPDATE SET organisation_id = excluded.organisation_id, payment = excluded.payment,
            payment_days = excluded.payment_days, fskatt = excluded.fskatt, updated_at = excluded.updated_at")
        .bind(network_id).bind(organisation_id).bind(payment).bind(t.payment_days as i32).bind(t.fskatt).bind(now))
    .map_err(|e| Error::constraint(e, "organisation"))?;
    Ok(())
}

/// A seat of the term, with whether an invoice that is not credited already bills it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TermSeat {
    pub seat_id: SeatId,
    pub user_id: UserId,
    pub person: String,
    pub organisation_id: Option<OrganisationId>,
    pub buyer_reference: Option<String>,
    pub invoiced: bool,
}

/// Every seat held in the term, ended or not (the term is binding: no refund on leaving), in the
/// order they were taken, which decides which is an organisation's first.
pub async fn term_seats(c: impl Into<Read<'_>>, network_id: NetworkId, term: i32) -> Result<Vec<TermSeat>> {
    Ok(on!(c, c => sqlx::query_as::<_, TermSeat>(
        "SELECT s.id AS seat_id, s.user_id, u.name AS person, s.organisation_id, s.buyer_reference,
            EXISTS (SELECT 1 FROM invoice_seats b JOIN invoices i ON i.id = b.invoice_id
                    WHERE b.seat_id = s.id AND i.state <> 'credited') AS invoiced
         FROM seats s JOIN users u ON u.id = s.user_id
         WHERE s.network_id = $1 AND s.term = $2
         ORDER BY s.started_at, s.id")
        .bind(network_id).bind(term).fetch_all(&mut *c).await)?)
}

/// Sets the buyer's reference on an organisation's seats of the term.
pub async fn set_buyer_reference(
    c: Conn<'_>,
    network_id: NetworkId,
    term: i32,
    organisation_id: OrganisationId,
    reference: &str,
) -> Result<u64> {
    Ok(exec!(c, c => sqlx::query("UPDATE seats SET buyer_reference = $4 WHERE network_id = $1 AND term = $2 AND organisation_id = $3")
        .bind(network_id).bind(term).bind(organisation_id).bind(reference))?)
}

/// The next number in the issuer's series. Called inside the issuing transaction: the row lock
/// (PostgreSQL) or the single writer (SQLite) makes concurrent issuers wait, and a rollback
/// gives the number back, so the series has no gaps and no repeats.
pub async fn next_number(mut c: Conn<'_>, issuer_id: OrganisationId) -> Result<i64> {
    exec!(c.re(), c => sqlx::query("INSERT INTO invoice_counters (organisation_id, last_number) VALUES ($1, 0) ON CONFLICT (organisation_id) DO NOTHING")
        .bind(issuer_id))?;
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>(
        "UPDATE invoice_counters SET last_number = last_number + 1 WHERE organisation_id = $1 RETURNING last_number")
        .bind(issuer_id).fetch_one(&mut *c).await)?)
}

pub struct NewInvoice<'a> {
    pub network_id: NetworkId,
    pub term: i32,
    pub issuer_id: OrganisationId,
    pub buyer_id: OrganisationId,
    pub document: &'a Document,
    pub credits_id: Option<InvoiceId>,
    pub issued_by: Option<Uuid>,
    /// When it was issued, by the application's clock (the issue date is this instant's date in
    /// the network's zone).
    pub issued_at: Timestamp,
    pub seat_ids: &'a [SeatId],
}

/// Stores an issued invoice or credit note and the seats it bills.
pub async fn insert(mut c: Conn<'_>, n: NewInvoice<'_>) -> Result<InvoiceId> {
    let id = InvoiceId(new_id());
    let d = n.document;
    let json = serde_json::to_string(d).map_err(|_| Error::Corrupt("invoices.document"))?;
    exec!(c.re(), c => sqlx::query(
        "INSERT INTO invoices (id, network_id, term, issuer_id, buyer_id, kind, number, state, credits_id, currency, net, vat, gross,
            document, issued_by, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'issued', $8, $9, $10, $11, $12, $13, $14, $15)")
        .bind(id).bind(n.network_id).bind(n.term).bind(n.issuer_id).bind(n.buyer_id).bind(d.kind.as_str()).bind(d.number)
        .bind(n.credits_id).bind(d.currency.as_str()).bind(d.net.0).bind(d.vat_amount.0).bind(d.gross.0).bind(json)
        .bind(n.issued_by).bind(n.issued_at))
    .map_err(|e| Error::constraint(e, "invoice"))?;
    // The seats in one statement: `VALUES (…), (…), …`, valid on both backends. Two binds a
    // seat; a chunk stays far below SQLite's 32,766 and PostgreSQL's 65,535 binds, so any
    // invoice of realistic size is one statement.
    for seats in n.seat_ids.chunks(10_000) {
        on!(c.re(), c => {
            let mut q = sqlx::QueryBuilder::new("INSERT INTO invoice_seats (invoice_id, seat_id) ");
            q.push_values(seats, |mut row, seat| {
                row.push_bind(id).push_bind(*seat);
            });
            q.build().execute(&mut *c).await.map(|r| r.rows_affected())
        })?;
    }
    Ok(id)
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct DbRow {
    id: InvoiceId,
    network_id: NetworkId,
    term: i32,
    issuer_id: OrganisationId,
    buyer_id: OrganisationId,
    kind: String,
    state: String,
    credits_id: Option<InvoiceId>,
    document: String,
}

/// An issued invoice or credit note.
#[derive(Debug, Clone)]
pub struct InvoiceRow {
    pub id: InvoiceId,
    pub network_id: NetworkId,
    pub term: i32,
    /// The issuing organisation, whose series numbers the document (and its credit note).
    pub issuer_id: OrganisationId,
    pub buyer_id: OrganisationId,
    pub kind: DocKind,
    pub state: InvoiceState,
    pub credits_id: Option<InvoiceId>,
    pub document: Document,
}

impl TryFrom<DbRow> for InvoiceRow {
    type Error = Error;
    fn try_from(r: DbRow) -> Result<InvoiceRow> {
        Ok(InvoiceRow {
            id: r.id,
            network_id: r.network_id,
            term: r.term,
            issuer_id: r.issuer_id,
            buyer_id: r.buyer_id,
            kind: DocKind::parse(&r.kind).ok_or(Error::Corrupt("invoices.kind"))?,
            state: InvoiceState::parse(&r.state).ok_or(Error::Corrupt("invoices.state"))?,
            credits_id: r.credits_id,
            document: serde_json::from_str(&r.document).map_err(|_| Error::Corrupt("invoices.document"))?,
        })
    }
}

pub async fn get(c: impl Into<Read<'_>>, id: InvoiceId) -> Result<InvoiceRow> {
    on!(c, c => sqlx::query_as::<_, DbRow>(
        "SELECT id, network_id, term, issuer_id, buyer_id, kind, state, credits_id, document FROM invoices WHERE id = $1")
        .bind(id).fetch_optional(&mut *c).await)?
    .ok_or(Error::NotFound)?
    .try_into()
}

/// A network's invoices and credit notes of a term, in the order they were issued.
pub async fn list(c: impl Into<Read<'_>>, network_id: NetworkId, term: i32) -> Result<Vec<InvoiceRow>> {
    let rows = on!(c, c => sqlx::query_as::<_, DbRow>(
        "SELECT id, network_id, term, issuer_id, buyer_id, kind, state, credits_id, document FROM invoices
         WHERE network_id = $1 AND term = $2 ORDER BY issued_at, number")
        .bind(network_id).bind(term).fetch_all(&mut *c).await)?;
    rows.into_iter().map(InvoiceRow::try_from).collect()
}

/// The credit note of an invoice, if it has one.
pub async fn credit_note_of(c: impl Into<Read<'_>>, invoice_id: InvoiceId) -> Result<Option<InvoiceId>> {
    Ok(on!(c, c => sqlx::query_scalar::<_, InvoiceId>("SELECT id FROM invoices WHERE credits_id = $1")
        .bind(invoice_id).fetch_optional(&mut *c).await)?)
}

/// Moves an invoice from `from` to `to`; false when it was not in `from` (someone else acted).
pub async fn transition(c: Conn<'_>, id: InvoiceId, from: InvoiceState, to: InvoiceState, now: Timestamp) -> Result<bool> {
    let (paid, credited) = match to {
        InvoiceState::Paid => (Some(now), None),
        InvoiceState::Credited => (None, Some(now)),
        InvoiceState::Issued => (None, None),
    };
    let n = exec!(c, c => sqlx::query(
        "UPDATE invoices SET state = $3, paid_at = COALESCE($4, paid_at), credited_at = COALESCE($5, credited_at)
         WHERE id = $1 AND state = $2")
        .bind(id).bind(from.as_str()).bind(to.as_str()).bind(paid).bind(credited))?;
    Ok(n == 1)
}

/// For the member list: the state of the invoice billing each person's seat of the term.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeatInvoice {
    pub user_id: UserId,
    pub number: i64,
    pub state: String,
}

pub async fn seat_invoices(c: impl Into<Read<'_>>, network_id: NetworkId, term: i32) -> Result<Vec<SeatInvoice>> {
    Ok(on!(c, c => sqlx::query_as::<_, SeatInvoice>(
        "SELECT s.user_id, i.number, i.state FROM seats s
         JOIN invoice_seats b ON b.seat_id = s.id JOIN invoices i ON i.id = b.invoice_id
         WHERE s.network_id = $1 AND s.term = $2 ORDER BY i.issued_at")
        .bind(network_id).bind(term).fetch_all(&mut *c).await)?)
}

/// A document of an issuer, with the network it was issued for.
#[derive(Debug, Clone)]
pub struct IssuerDocument {
    pub invoice: InvoiceRow,
    pub network_name: String,
    pub network_slug: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct IssuerDocDbRow {
    #[sqlx(flatten)]
    row: DbRow,
    network_name: String,
    network_slug: String,
}

/// Every invoice and credit note the organisation issued in `[from, to)`, across all its
/// networks, in the order of its series (one query; the `(issuer_id, number)` index serves it).
pub async fn by_issuer(c: impl Into<Read<'_>>, issuer_id: OrganisationId, from: Timestamp, to: Timestamp) -> Result<Vec<IssuerDocument>> {
    let rows = on!(c, c => sqlx::query_as::<_, IssuerDocDbRow>(
        "SELECT i.id, i.network_id, i.term, i.issuer_id, i.buyer_id, i.kind, i.state, i.credits_id, i.document,
            n.name AS network_name, n.slug AS network_slug
         FROM invoices i JOIN networks n ON n.id = i.network_id
         WHERE i.issuer_id = $1 AND i.issued_at >= $2 AND i.issued_at < $3
         ORDER BY i.number")
        .bind(issuer_id).bind(from).bind(to).fetch_all(&mut *c).await)?;
    rows.into_iter()
        .map(|r| Ok(IssuerDocument { invoice: r.row.try_into()?, network_name: r.network_name, network_slug: r.network_slug }))
        .collect()
}

/// Whether the person facilitates a network whose invoices the organisation issues.
pub async fn facilitates_for_issuer(c: impl Into<Read<'_>>, issuer_id: OrganisationId, user_id: UserId) -> Result<bool> {
    let n = on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM invoice_issuers ii JOIN network_roles r ON r.network_id = ii.network_id
         WHERE ii.organisation_id = $1 AND r.user_id = $2 AND r.role = 'facilitator'")
        .bind(issuer_id).bind(user_id).fetch_one(&mut *c).await)?;
    Ok(n > 0)
}
