//! The nearest manager's page, reached by a single-use link without signing in.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use spira_app::admission::{Answer, ApplicationRow, ManagerRequest};
use spira_domain::dates::format_date;

use crate::AppState;
use crate::error::AppError;
use crate::views::{Ctx, MessagePage, html, link_invalid, rich_text};

#[derive(Template)]
#[template(path = "admission/endorse.html")]
pub(crate) struct EndorsePage {
    ctx: Ctx,
    app: ApplicationRow,
    criteria: Vec<(String, String)>,
    terms_html: String,
    expires: String,
}

pub(crate) async fn endorse_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(ManagerRequest { application, policy, zone }) = spira_app::admission::manager_request(&state.app, &token).await? else {
        return Ok(link_invalid(ctx));
    };
    let justifications: Vec<&str> = application.justifications.split('\n').collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.text.clone(), justifications.get(i).map(|s| s.to_string()).unwrap_or_default()))
        .collect();
    let lang = ctx.t.lang;
    Ok(html(&EndorsePage {
        expires: application
            .manager_token_expires_at
            .map(|e| format_date(e.to_utc().with_timezone(&zone).date_naive(), lang))
            .unwrap_or_default(),
        terms_html: rich_text(&policy.binding_terms),
        criteria,
        app: application,
        ctx,
    }))
}

#[derive(Deserialize)]
pub(crate) struct EndorseForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    comment: String,
}

pub(crate) async fn endorse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<EndorseForm>,
) -> Result<Response, AppError> {
    let answer = Answer::parse(&f.answer).ok_or(AppError::InvalidChoice)?;
    let Some(application) = spira_app::admission::endorse(&state.app, &token, answer, &f.comment).await? else {
        return Ok(link_invalid(ctx));
    };
    let t = ctx.t;
    let body = if answer == Answer::Decline { "endorse-done-declined" } else { "endorse-done-endorsed" };
    Ok(html(&MessagePage::new(ctx, t.t("endorse-done-title"), t.ta(body, &[("name", &application.name)]))))
}
