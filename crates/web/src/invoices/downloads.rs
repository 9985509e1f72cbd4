//! Downloads for the finance department: the term's invoices, and everything an issuer issued in
//! a period, as CSV (UTF-8 with BOM, semicolons, CRLF), and each document as Peppol BIS Billing
//! 3.0 UBL.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use spira_app::Uuid;
use spira_app::invoices::{self as invoices, InvoiceRow, IssuerDocument};
use spira_domain::dates::format_date;
use spira_domain::invoices::ubl;

use super::{PeriodQuery, TermQuery, network_and_term, state_label};
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::session::Viewer;
use crate::views::Ctx;

/// An amount as a plain decimal, with a comma in Danish and Swedish (no thousands separator, so
/// spreadsheets read it as a number).
fn plain_amount(m: spira_domain::fees::Minor, t: Tr) -> String {
    let d = m.decimal();
    if t.lang == spira_domain::Lang::En { d } else { d.replace('.', ",") }
}

/// The term's documents, one line each, amounts as decimals with a comma in Danish and Swedish.
pub fn invoices_csv_text(docs: &[InvoiceRow], t: Tr) -> String {
    let mut out = crate::csv::Csv::default();
    let header = [
        "invoice-number",
        "csv-kind",
        "invoice-issue-date",
        "invoice-due-date",
        "invoice-buyer",
        "csv-buyer-id",
        "invoice-buyer-reference",
        "csv-currency",
        "invoice-net",
        "csv-vat",
        "invoice-total",
        "invoice-status",
        "csv-credits",
    ];
    out.row(&header.map(|h| t.t(h)));
    let plain = |m| plain_amount(m, t);
    for inv in docs {
        let d = &inv.document;
        let fields = [
            d.number.to_string(),
            t.t(&format!("invoice-kind-{}", d.kind.as_str())),
            format_date(d.issue_date, t.lang),
            if d.kind == spira_domain::invoices::DocKind::Invoice { format_date(d.due_date, t.lang) } else { String::new() },
            d.buyer.legal_name.clone(),
            d.buyer.endpoint.as_ref().map(|e| format!("{}:{}", e.scheme, e.id)).unwrap_or_default(),
            d.buyer_reference.clone(),
            d.currency.as_str().to_string(),
            plain(d.net),
            plain(d.vat_amount),
            plain(d.gross),
            state_label(t, inv),
            d.credits.as_ref().map(|c| c.number.to_string()).unwrap_or_default(),
        ];
        out.row(&fields);
    }
    out.finish()
}

pub(super) async fn csv(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Response, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    let docs = invoices::listing::list(&state.app, &viewer, &network, term).await?;
    let filename = format!("{}-{}-{term}.csv", network.slug, ctx.t.t("csv-invoices-file"));
    Ok(crate::csv::download(&filename, invoices_csv_text(&docs, ctx.t)))
}

/// A document as UBL, for the pages and the API.
pub(crate) fn ubl_response(inv: &InvoiceRow) -> Response {
    let prefix = if inv.kind == spira_domain::invoices::DocKind::Invoice { "invoice" } else { "creditnote" };
    let filename = format!("{prefix}-{}.xml", inv.document.number);
    (
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        ubl::to_xml(&inv.document),
    )
        .into_response()
}

pub(super) async fn ubl(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let detail = invoices::listing::get(&state.app, &viewer, &network, id).await?;
    Ok(ubl_response(&detail.invoice))
}

/// An issuer's documents of a period, across its networks, one line each, with the columns the
/// page shows.
pub fn issuer_csv_text(docs: &[IssuerDocument], t: Tr) -> String {
    let mut out = crate::csv::Csv::default();
    let header = [
        "invoice-number",
        "csv-kind",
        "csv-network",
        "invoice-buyer",
        "invoice-issue-date",
        "invoice-due-date",
        "invoice-net",
        "csv-vat",
        "invoice-total",
        "csv-currency",
        "invoice-status",
    ];
    out.row(&header.map(|h| t.t(h)));
    for doc in docs {
        let inv = &doc.invoice;
        let d = &inv.document;
        out.row(&[
            d.number.to_string(),
            t.t(&format!("invoice-kind-{}", d.kind.as_str())),
            doc.network_name.clone(),
            d.buyer.legal_name.clone(),
            format_date(d.issue_date, t.lang),
            if d.kind == spira_domain::invoices::DocKind::Invoice { format_date(d.due_date, t.lang) } else { String::new() },
            plain_amount(d.net, t),
            plain_amount(d.vat_amount, t),
            plain_amount(d.gross, t),
            d.currency.as_str().to_string(),
            state_label(t, inv),
        ]);
    }
    out.finish()
}

pub(super) async fn issuer_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let (from, to) = q.dates()?;
    let r = invoices::listing::of_issuer(&state.app, &viewer, id, from, to).await?;
    let filename = format!("{}-{}-{}.csv", ctx.t.t("csv-invoices-file"), r.from, r.to);
    Ok(crate::csv::download(&filename, issuer_csv_text(&r.docs, ctx.t)))
}
