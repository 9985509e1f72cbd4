//! The application's page for its applicant and the facilitators: status, history, withdrawal, and sending the manager's request again.

use super::*;

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

/// An application for its applicant or the network's facilitators (pages and API).
pub(crate) async fn visible_application(state: &AppState, viewer: &Viewer, id: Uuid) -> Result<(ApplicationRow, bool), AppError> {
    let user = viewer.require()?;
    let app = {
        let mut r = state.db.read().await?;
        store::get(r.conn(), id).await?
    };
    let actor = authz::actor(&state.db, viewer, Some(app.network_id)).await?;
    let is_facilitator = may(&actor, Action::ManagePeople);
    if app.user_id == Some(user.id) || is_facilitator {
        Ok((app, is_facilitator))
    } else {
        // Someone else's application: its existence is not theirs to know.
        Err(AppError::NotFound)
    }
}

pub(crate) async fn application_view(
    state: &AppState,
    ctx: Ctx,
    app: ApplicationRow,
    is_facilitator: bool,
    errors: FormErrors,
) -> Result<ApplicationPage, AppError> {
    let (events, policy, tz) = {
        let mut r = state.db.read().await?;
        let n = networks::get(r.conn(), app.network_id).await?;
        (store::events(r.conn(), app.id).await?, store::policy(r.conn(), app.network_id).await?, n.time_zone)
    };
    let t = ctx.t;
    let zone: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::Europe::Copenhagen);
    let justifications: Vec<&str> = app.justifications.split('\n').collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.text.clone(), justifications.get(i).map(|s| s.to_string()).unwrap_or_default()))
        .collect();
    Ok(ApplicationPage {
        state_label: state_label(t, &app.state),
        history: events.into_iter().map(|e| (format_date_time(e.at.to_utc(), zone, t.lang), state_label(t, &e.state), e.note)).collect(),
        criteria,
        can_withdraw: app.state().can_withdraw(),
        awaiting_manager: app.state() == ApplicationState::AwaitingManager,
        is_facilitator,
        errors,
        app,
        ctx,
    })
}

pub(crate) async fn application_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (app, is_facilitator) = visible_application(&state, &viewer, id).await?;
    Ok(html(&application_view(&state, ctx, app, is_facilitator, FormErrors::default()).await?))
}

/// Withdraws one's own application before the decision (pages and API).
pub(crate) async fn withdraw_application(state: &AppState, viewer: &Viewer, id: Uuid) -> Result<(), AppError> {
    let user = viewer.require()?;
    let (app, _) = visible_application(state, viewer, id).await?;
    if app.user_id != Some(user.id) {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    let from = [
        ApplicationState::AwaitingEmail,
        ApplicationState::AwaitingManager,
        ApplicationState::AwaitingDecision,
        ApplicationState::Waitlisted,
    ];
    if !store::transition(tx.conn(), id, &from, ApplicationState::Withdrawn, "", Some(user.id)).await? {
        return Err(AppError::Conflict("application_closed"));
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn withdraw(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    withdraw_application(&state, &viewer, id).await?;
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
    let (app, is_facilitator) = visible_application(&state, &viewer, id).await?;
    if !is_facilitator {
        return Err(AppError::Forbidden);
    }
    let mut e = FieldErrors::new();
    let email = e.email("manager_email", &f.manager_email);
    if let Some(m) = &email
        && m.as_str() == app.email
    {
        e.add("manager_email", "manager_is_applicant");
    }
    let (Some(email), true) = (email, e.is_empty()) else {
        let errors = FormErrors::from(ctx.t, &e);
        return Ok(invalid(&application_view(&state, ctx, app, true, errors).await?));
    };
    if app.state() != ApplicationState::AwaitingManager {
        return Err(AppError::Conflict("application_closed"));
    }
    let mut tx = state.db.begin().await?;
    let network = networks::get(tx.conn(), app.network_id).await?;
    let policy = store::policy(tx.conn(), app.network_id).await?;
    send_manager_link(&state, &mut tx, &app, &network, &policy, Some(email.as_str())).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/applications/{id}?notice=manager_resent")).into_response())
}
