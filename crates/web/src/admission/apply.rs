//! Applying: the form and its answer, the closed network's page with "tell me when it opens", and
//! confirming the address by the link sent.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use spira_app::admission::{AdmissionPolicy, Applied, ApplyForm, ApplyRequest};
use spira_app::networks::NetworkRow;
use spira_domain::Lang;
use spira_domain::admission::{ApplyInput, CRITERION_FIELDS, JUSTIFY_FIELDS};

use crate::AppState;
use crate::error::AppError;
use crate::session::{SESSION_TTL_SECS, Viewer, session_cookie};
use crate::views::{Ctx, FormErrors, MessagePage, html, invalid, link_invalid, rich_text};

#[derive(Template)]
#[template(path = "admission/apply.html")]
pub(crate) struct ApplyPage {
    ctx: Ctx,
    network: NetworkRow,
    policy: AdmissionPolicy,
    errors: FormErrors,
    signed_in: bool,
    values: HashMap<String, String>,
    organisations: Vec<(String, String)>,
    criteria: Vec<(String, String, bool, String)>,
    terms_html: String,
    agreement_html: String,
}

impl ApplyPage {
    fn value(&self, k: &str) -> String {
        self.values.get(k).cloned().unwrap_or_default()
    }
    fn checked(&self, k: &str) -> bool {
        self.values.contains_key(k)
    }
}

pub(crate) fn apply_view(ctx: Ctx, form: ApplyForm, signed_in: bool, errors: FormErrors, values: HashMap<String, String>) -> ApplyPage {
    let ApplyForm { network, policy, organisations, agreement, .. } = form;
    let organisations = organisations
        .into_iter()
        .map(|o| (o.id.to_string(), o.parent_name.map(|p| format!("{} ({p})", o.name)).unwrap_or(o.name)))
        .collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (CRITERION_FIELDS[i.min(19)].to_string(), c.text.clone(), c.needs_justification, JUSTIFY_FIELDS[i.min(19)].to_string())
        })
        .collect();
    ApplyPage {
        terms_html: rich_text(&policy.binding_terms),
        agreement_html: if agreement.is_empty() { String::new() } else { rich_text(&agreement) },
        ctx,
        network,
        policy,
        errors,
        signed_in,
        values,
        organisations,
        criteria,
    }
}

/// A network that is not taking applications now: when it does, and "tell me when it opens".
#[derive(Template)]
#[template(path = "admission/closed.html")]
pub(crate) struct ClosedPage {
    ctx: Ctx,
    network: NetworkRow,
    /// "Applications are taken in: January", when intake is limited to some months.
    intake_line: String,
}

fn closed_view(ctx: Ctx, network: NetworkRow, policy: &AdmissionPolicy) -> ClosedPage {
    let t = ctx.t;
    let months: Vec<String> = policy.intake_months.iter().map(|m| t.t(&format!("month-{m}")).to_lowercase()).collect();
    let intake_line =
        if policy.open && !months.is_empty() { t.ta("join-intake-months", &[("months", &months.join(", "))]) } else { String::new() };
    ClosedPage { ctx, network, intake_line }
}

pub(crate) async fn apply_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let form = spira_app::admission::apply_form(&state.app, &viewer, &slug).await?;
    if !form.intake_open {
        return Ok(html(&closed_view(ctx, form.network, &form.policy)));
    }
    Ok(html(&apply_view(ctx, form, viewer.signed_in(), FormErrors::default(), HashMap::new())))
}

pub(crate) fn apply_values(body: &[u8]) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for (k, v) in form_urlencoded::parse(body) {
        m.entry(k.into_owned()).or_insert_with(|| v.into_owned());
    }
    m
}

pub(crate) fn apply_request(values: &HashMap<String, String>, criteria: usize, lang: Lang) -> ApplyRequest {
    let get = |k: &str| values.get(k).cloned().unwrap_or_default();
    ApplyRequest {
        input: ApplyInput {
            name: get("name"),
            email: get("email"),
            manager_name: get("manager_name"),
            manager_email: get("manager_email"),
            attested: (0..criteria).map(|i| values.contains_key(CRITERION_FIELDS[i.min(19)])).collect(),
            justifications: (0..criteria).map(|i| get(JUSTIFY_FIELDS[i.min(19)])).collect(),
            accept_terms: values.contains_key("accept_terms"),
            buyer_reference: get("buyer_reference"),
        },
        organisation_id: get("organisation_id"),
        lang,
    }
}

pub(crate) async fn apply(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = spira_app::admission::apply_form(&state.app, &viewer, &slug).await?;
    let values = apply_values(&body);
    let req = apply_request(&values, form.policy.criteria.len(), ctx.t.lang);
    match spira_app::admission::apply(&state.app, &viewer, &slug, &req).await {
        Ok(Applied::Created(id)) => Ok(Redirect::to(&format!("/applications/{id}?notice=applied")).into_response()),
        Ok(Applied::CheckEmail) => {
            let t = ctx.t;
            Ok(html(&MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("apply-check-email-body"))))
        }
        Err(spira_app::admission::AdmissionError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&apply_view(ctx, form, viewer.signed_in(), errors, values)))
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn confirm_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(application) = spira_app::admission::confirmation(&state.app, &token).await? else {
        return Ok(link_invalid(ctx));
    };
    let t = ctx.t;
    let mut page = MessagePage::new(ctx, t.t("apply-confirm-title"), t.ta("apply-confirm-body", &[("network", &application.network_name)]));
    page.action = format!("/applications/confirm/{token}");
    page.button = t.t("apply-confirm-button");
    Ok(html(&page))
}

pub(crate) async fn confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(done) = spira_app::admission::confirm_application(&state.app, &token, SESSION_TTL_SECS).await? else {
        return Ok(link_invalid(ctx));
    };
    let mut res = Redirect::to(&format!("/applications/{}?notice=email_confirmed", done.application_id)).into_response();
    res.headers_mut().append(axum::http::header::SET_COOKIE, session_cookie(&done.session, state.config.secure_cookies()));
    Ok(res)
}
