//! Visitors who ask to be told by e-mail when a closed network opens.

use super::*;

#[derive(Deserialize)]
pub(crate) struct WatchForm {
    #[serde(default)]
    email: String,
}

pub(crate) async fn watch(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<WatchForm>,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(code) => {
            // Say what was wrong in words, not a bare "invalid input" page.
            let t = ctx.t;
            let mut r = html(&crate::views::MessagePage::new(ctx, t.t("error-page-bad-request"), t.t(&format!("error-{code}"))));
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(r);
        }
    };
    let (confirm, unsubscribe) = (new_secret(), new_secret());
    let mut tx = state.db.begin().await?;
    let send = store::add_watcher(tx.conn(), network.id, email.as_str(), ctx.t.lang.as_str(), &confirm, &unsubscribe).await?;
    let base = &state.config.base_url;
    // The answer is the same whether or not a confirmation goes out.
    if send {
        crate::mails::send(
            tx.conn(),
            email.as_str(),
            ctx.t.lang,
            "mail-watch-confirm",
            &[
                ("network", &network.name),
                ("link", &format!("{base}/watch/confirm/{confirm}")),
                ("unsubscribe", &format!("{base}/watch/unsubscribe/{unsubscribe}")),
            ],
        )
        .await?;
    }
    tx.commit().await?;
    let t = ctx.t;
    Ok(html(&crate::views::MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("watch-check-email"))))
}

pub(crate) async fn watch_confirm_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = crate::views::MessagePage::new(ctx, t.t("watch-confirm-title"), t.t("watch-confirm-body"));
    page.action = format!("/watch/confirm/{token}");
    page.button = t.t("watch-confirm-button");
    html(&page)
}

pub(crate) async fn watch_confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let Some(_) = store::confirm_watcher(tx.conn(), &token).await? else {
        return Ok(crate::views::link_invalid(ctx));
    };
    tx.commit().await?;
    let t = ctx.t;
    Ok(html(&crate::views::MessagePage::new(ctx, t.t("watch-confirmed-title"), t.t("watch-confirmed-body"))))
}

pub(crate) async fn unsubscribe_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = crate::views::MessagePage::new(ctx, t.t("unsubscribe-title"), t.t("unsubscribe-body"));
    page.action = format!("/watch/unsubscribe/{token}");
    page.button = t.t("unsubscribe-button");
    html(&page)
}

pub(crate) async fn unsubscribe(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let removed = store::unsubscribe_watcher(tx.conn(), &token).await?;
    tx.commit().await?;
    if !removed {
        return Ok(crate::views::link_invalid(ctx));
    }
    let t = ctx.t;
    Ok(html(&crate::views::MessagePage::new(ctx, t.t("unsubscribed-title"), t.t("unsubscribed-body"))))
}

/// Routes for visitors waiting for admission to open.
pub fn watch_routes() -> Router<AppState> {
    Router::new()
        .route("/networks/{slug}/watch", post(watch))
        .route("/watch/confirm/{token}", get(watch_confirm_page).post(watch_confirm))
        .route("/watch/unsubscribe/{token}", get(unsubscribe_page).post(unsubscribe))
}
