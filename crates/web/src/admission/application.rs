//! The application's page for its applicant and the facilitators: status, history, withdrawal,
//! and sending the manager's request again.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::Uuid;
use spira_app::admission::{ApplicationRow, ApplicationView};
use spira_domain::admission::ApplicationState;
use spira_domain::dates::format_date_time;

use super::state_label;
use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

#[derive(Template)]
#[template(path = "admission/application.html")]
pub(crate) struct ApplicationPage {
    ctx: Ctx,
    app: ApplicationRow,
    state_label: String,
    history: Vec<(String, String, String)>,
    criteria: Vec<(String, String)>,
    can_withdraw: bool,
    is_facilitator: bool,
    awaiting_manager: bool,
    errors: FormErrors,
}

fn application_view(ctx: Ctx, v: ApplicationView, errors: FormErrors) -> ApplicationPage {
    let t = ctx.t;
    let ApplicationView { application, events, policy, state, zone, is_facilitator } = v;
    let justifications: Vec<&str> = application.justifications.split('\n').collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.text.clone(), justifications.get(i).map(|s| s.to_string()).unwrap_or_default()))
        .collect();
    ApplicationPage {
        state_label: state_label(t, &application.state),
        history: events.into_iter().map(|e| (format_date_time(e.at.to_utc(), zone, t.lang), state_label(t, &e.state), e.note)).collect(),
        criteria,
        can_withdraw: state.can_withdraw(),
        awaiting_manager: state == ApplicationState::AwaitingManager,
        is_facilitator,
        errors,
        app: application,
        ctx,
    }
}

pub(crate) async fn application_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let v = spira_app::admission::application(&state.app, &viewer, id).await?;
    Ok(html(&application_view(ctx, v, FormErrors::default())))
}

pub(crate) async fn withdraw(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    spira_app::admission::withdraw(&state.app, &viewer, id).await?;
    Ok(Redirect::to(&format!("/applications/{id}?notice=withdrawn")).into_response())
}

#[derive(Deserialize)]
pub(crate) struct ManagerForm {
    #[serde(default)]
    manager_email: String,
}

/// The facilitator sends the manager's request again, to a corrected address: the old link stops
/// working.
pub(crate) async fn resend_manager(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(f): Form<ManagerForm>,
) -> Result<Response, AppError> {
    match spira_app::admission::resend_manager(&state.app, &viewer, id, &f.manager_email).await {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}?notice=manager_resent")).into_response()),
        Err(spira_app::admission::AdmissionError::Common(spira_app::Common::Invalid(e))) => {
            let v = spira_app::admission::application(&state.app, &viewer, id).await?;
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&application_view(ctx, v, errors)))
        }
        Err(e) => Err(e.into()),
    }
}
