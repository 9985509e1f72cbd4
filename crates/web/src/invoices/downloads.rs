//! Downloads for the finance department: the term's invoices as CSV (UTF-8 with BOM, semicolons,
//! CRLF) and each document as Peppol BIS Billing 3.0 UBL.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use spira_domain::dates::format_date;
use spira_domain::invoices::ubl;
use spira_store::Uuid;
use spira_store::invoices::{self as store, InvoiceRow};

use super::{invoice_of, managed, state_label};
use crate::AppState;
use crate::error::AppError;
use crate::fees::{TermQuery, checked_term};
use crate::i18n::Tr;
use crate::session::Viewer;
use crate::views::Ctx;

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
    let plain = |m: spira_domain::fees::Minor| {
        let d = m.decimal();
        if t.lang == spira_domain::Lang::En { d } else { d.replace('.', ",") }
    };
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
    let network = managed(&state, &viewer, &slug).await?;
    let term = checked_term(q.term)?;
    let docs = {
        let mut r = state.db.read().await?;
        store::list(r.conn(), network.id, term).await?
    };
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
    let network = managed(&state, &viewer, &slug).await?;
    let inv = invoice_of(&state, &network, id).await?;
    Ok(ubl_response(&inv))
}
