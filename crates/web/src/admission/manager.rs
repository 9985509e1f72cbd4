//! The nearest manager's page, reached by a single-use link without signing in.

use super::*;

#[derive(Template)]
#[template(path = "admission/endorse.html")]
pub(crate) struct EndorsePage {
    ctx: Ctx,
    app: ApplicationRow,
    criteria: Vec<(String, String)>,
    terms_html: String,
    expires: String,
}

/// A manager's link that can still be used, or why not (marking an expired one as such).
pub(crate) async fn usable_manager_link(state: &AppState, token: &str) -> Result<Option<ApplicationRow>, AppError> {
    let app = {
        let mut r = state.db.read().await?;
        store::by_manager_token(r.conn(), token).await?
    };
    let Some(app) = app else { return Ok(None) };
    if app.state() != ApplicationState::AwaitingManager {
        return Ok(None);
    }
    if app.manager_token_expires_at.is_none_or(|e| e < Timestamp::now()) {
        let mut tx = state.db.begin().await?;
        store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingManager], ApplicationState::ManagerExpired, "", None).await?;
        tx.commit().await?;
        return Ok(None);
    }
    Ok(Some(app))
}

pub(crate) async fn endorse_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(app) = usable_manager_link(&state, &token).await? else {
        return Ok(crate::views::link_invalid(ctx));
    };
    let policy = load_policy(&state, app.network_id).await?;
    let justifications: Vec<&str> = app.justifications.split('\n').collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.text.clone(), justifications.get(i).map(|s| s.to_string()).unwrap_or_default()))
        .collect();
    let lang = ctx.t.lang;
    Ok(html(&EndorsePage {
        expires: app.manager_token_expires_at.map(|e| format_date(e.to_utc().date_naive(), lang)).unwrap_or_default(),
        terms_html: rich_text(&policy.binding_terms),
        criteria,
        app,
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
    let to = match f.answer.as_str() {
        "endorse" => ApplicationState::AwaitingDecision,
        "decline" => ApplicationState::ManagerDeclined,
        _ => return Err(AppError::BadRequest("invalid_choice")),
    };
    let mut e = FieldErrors::new();
    let comment = e.text("comment", &f.comment, 2_000);
    if !e.is_empty() {
        return Err(AppError::Invalid(e));
    }
    let Some(app) = usable_manager_link(&state, &token).await? else {
        return Ok(crate::views::link_invalid(ctx));
    };
    let mut tx = state.db.begin().await?;
    // The link is used once: the state change succeeds only for the first answer.
    if !store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingManager], to, &comment, None).await? {
        return Ok(crate::views::link_invalid(ctx));
    }
    store::record_manager_answer(tx.conn(), app.id, &comment).await?;
    let lang = Lang::parse(&app.lang).unwrap_or_default();
    let mail = if to == ApplicationState::ManagerDeclined { "mail-manager-declined" } else { "mail-manager-endorsed" };
    crate::mails::send(tx.conn(), &app.email, lang, mail, &[("name", &app.name), ("network", &app.network_name)]).await?;
    tx.commit().await?;
    let t = ctx.t;
    let body = if to == ApplicationState::ManagerDeclined { "endorse-done-declined" } else { "endorse-done-endorsed" };
    Ok(html(&crate::views::MessagePage::new(ctx, t.t("endorse-done-title"), t.ta(body, &[("name", &app.name)]))))
}
