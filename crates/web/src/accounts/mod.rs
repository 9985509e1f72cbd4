//! Accounts: signing in with a password or a one-time e-mail link, password reset, signing out,
//! accepting an invitation, and one's own account page with personal API tokens.

pub mod api;
pub mod password;

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use spira_domain::accounts::{Email, NetworkRole, check_new_password};
use spira_domain::{FieldErrors, Lang};
use spira_store::accounts::{self as store, NewToken, NewUser, Purpose};
use spira_store::{Timestamp, Uuid, networks, organisations};

use crate::AppState;
use crate::error::AppError;
use crate::session::{SESSION_COOKIE, SESSION_TTL_SECS, Viewer, clear_session_cookie, cookie, session_cookie};
use crate::views::{Ctx, FormErrors, MessagePage, html, invalid, link_invalid, message};

/// Failed sign-ins allowed per account, and per client address, in [`FAILURE_WINDOW_SECS`].
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 10;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 50;
pub const FAILURE_WINDOW_SECS: i64 = 15 * 60;
/// E-mail links per address per hour.
pub const MAX_LINKS_PER_HOUR: i64 = 5;
pub const LINK_TTL_SECS: i64 = 30 * 60;
pub use spira_app::accounts::invitations::INVITATION_TTL_SECS;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/signin", get(signin_page).post(signin))
        .route("/signin/link", post(request_link))
        .route("/signin/link/{token}", get(link_page).post(use_link))
        .route("/signout", post(signout))
        .route("/password/forgot", get(forgot_page).post(forgot))
        .route("/password/reset/{token}", get(reset_page).post(reset))
        .route("/invitations/{token}", get(invitation_page).post(accept_invitation))
        .route("/account", get(account_page).post(save_account))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/delete", post(delete_token))
}

/// The client's address, for rate limiting (the socket's peer; behind a proxy, all clients
/// share the proxy's address, which makes the per-address limit stricter, not looser).
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_else(|| "local".into())))
    }
}

/// Only paths on this site are followed after sign-in.
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\") { next } else { "/" }
}

fn signed_in_response(secret: &str, state: &AppState, to: &str) -> Response {
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(header::SET_COOKIE, session_cookie(secret, state.config.secure_cookies()));
    res
}

// ---- sign in with a password ----

#[derive(Template)]
#[template(path = "accounts/signin.html")]
struct SigninPage {
    ctx: Ctx,
    errors: FormErrors,
    email: String,
    next: String,
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: String,
}

async fn signin_page(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    html(&SigninPage { ctx, errors: FormErrors::default(), email: String::new(), next: safe_next(&q.next).to_string() })
}

#[derive(Deserialize)]
struct SigninForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

async fn signin(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    Form(f): Form<SigninForm>,
) -> Result<Response, AppError> {
    let t = ctx.t;
    let page = |ctx: Ctx, errors: FormErrors, email: &str, next: &str| SigninPage {
        ctx,
        errors,
        email: email.to_string(),
        next: next.to_string(),
    };
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(code) => {
            let errors = FormErrors::one("email", t.t(&format!("error-{code}")));
            return Ok(invalid(&page(ctx, errors, &f.email, safe_next(&f.next))));
        }
    };
    match password_sign_in(&state, email.as_str(), &f.password, &addr).await {
        Ok(user_id) => {
            let mut tx = state.db.begin().await?;
            let secret = store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
            tx.commit().await?;
            Ok(signed_in_response(&secret, &state, safe_next(&f.next)))
        }
        Err(AppError::TooManyRequests(code)) => {
            let mut r = invalid(&page(ctx, FormErrors::one("email", t.t(&format!("error-{code}"))), email.as_str(), &f.next));
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            Ok(r)
        }
        Err(AppError::BadRequest(code)) => {
            let mut r = invalid(&page(ctx, FormErrors::one("password", t.t(&format!("error-{code}"))), email.as_str(), &f.next));
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            Ok(r)
        }
        Err(e) => Err(e),
    }
}

/// Checks a password sign-in, counting failures per account and per address.
pub async fn password_sign_in(state: &AppState, email: &str, password: &str, addr: &str) -> Result<Uuid, AppError> {
    let acct_key = format!("account:{email}");
    let addr_key = format!("address:{addr}");
    let since = Timestamp::now().plus_secs(-FAILURE_WINDOW_SECS);
    let user = {
        let mut r = state.db.read().await?;
        if store::count_sign_in_failures(r.conn(), &acct_key, since).await? >= MAX_FAILURES_PER_ACCOUNT
            || store::count_sign_in_failures(r.conn(), &addr_key, since).await? >= MAX_FAILURES_PER_ADDRESS
        {
            return Err(AppError::TooManyRequests("too_many_attempts"));
        }
        store::find_user_by_email(r.conn(), email).await?
    };
    let ok = password.chars().count() <= spira_domain::accounts::PASSWORD_MAX_CHARS
        && password::verify(password, user.as_ref().and_then(|u| u.password_hash.as_deref())).await;
    let mut tx = state.db.begin().await?;
    match (ok, user) {
        (true, Some(u)) => {
            store::clear_sign_in_failures(tx.conn(), &acct_key).await?;
            tx.commit().await?;
            Ok(u.id)
        }
        _ => {
            store::record_sign_in_failure(tx.conn(), &acct_key).await?;
            store::record_sign_in_failure(tx.conn(), &addr_key).await?;
            tx.commit().await?;
            Err(AppError::BadRequest("wrong_credentials"))
        }
    }
}

async fn signout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        let mut tx = state.db.begin().await?;
        store::delete_session(tx.conn(), &secret).await?;
        tx.commit().await?;
    }
    let mut res = Redirect::to("/?notice=signed_out").into_response();
    res.headers_mut().append(header::SET_COOKIE, clear_session_cookie());
    Ok(res)
}

// ---- one-time links: sign-in and password reset ----

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Sends a link of `purpose` to `email` if it belongs to an account; says nothing about whether
/// it does. Rate-limited per address.
async fn send_link(state: &AppState, email: &Email, purpose: Purpose, lang: Lang) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    let since = Timestamp::now().plus_secs(-3600);
    if store::count_tokens_since(tx.conn(), email.as_str(), purpose, since).await? >= MAX_LINKS_PER_HOUR {
        return Err(AppError::TooManyRequests("too_many_links"));
    }
    let Some(user) = store::find_user_by_email(tx.conn(), email.as_str()).await? else {
        return Ok(());
    };
    let secret = store::create_token(
        tx.conn(),
        NewToken {
            purpose,
            email: email.as_str(),
            user_id: Some(user.id),
            network_id: None,
            role: None,
            invited_by: None,
            ttl_secs: LINK_TTL_SECS,
        },
    )
    .await?;
    let (path, mail) = match purpose {
        Purpose::PasswordReset => ("password/reset", "mail-reset"),
        _ => ("signin/link", "mail-signin-link"),
    };
    let link = format!("{}/{path}/{secret}", state.config.base_url);
    let lang = Lang::parse(&user.lang).unwrap_or(lang);
    crate::mails::send(tx.conn(), email.as_str(), lang, mail, &[("name", &user.name), ("link", &link)]).await?;
    tx.commit().await?;
    Ok(())
}

async fn request_link(State(state): State<AppState>, ctx: Ctx, Form(f): Form<EmailForm>) -> Result<Response, AppError> {
    let t = ctx.t;
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(code) => {
            let errors = FormErrors::one("email", t.t(&format!("error-{code}")));
            return Ok(invalid(&SigninPage { ctx, errors, email: f.email, next: "/".into() }));
        }
    };
    send_link(&state, &email, Purpose::SignIn, t.lang).await?;
    Ok(html(&message(ctx, "link-sent-title", "link-sent-body")))
}

async fn link_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut r = state.db.read().await?;
    if store::peek_token(r.conn(), &token, Purpose::SignIn).await?.is_none() {
        return Ok(link_invalid(ctx));
    }
    let t = ctx.t;
    Ok(html(&MessagePage {
        title: t.t("link-signin-title"),
        body: t.t("link-signin-body"),
        action: format!("/signin/link/{token}"),
        button: t.t("link-signin-button"),
        ctx,
    }))
}

async fn use_link(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), &token, Purpose::SignIn).await? else {
        return Ok(link_invalid(ctx));
    };
    let Some(user_id) = tok.user_id else { return Ok(link_invalid(ctx)) };
    let secret = store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
    tx.commit().await?;
    Ok(signed_in_response(&secret, &state, "/"))
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    ctx: Ctx,
    errors: FormErrors,
    email: String,
}

async fn forgot_page(ctx: Ctx) -> Response {
    html(&ForgotPage { ctx, errors: FormErrors::default(), email: String::new() })
}

async fn forgot(State(state): State<AppState>, ctx: Ctx, Form(f): Form<EmailForm>) -> Result<Response, AppError> {
    let t = ctx.t;
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(code) => {
            return Ok(invalid(&ForgotPage { ctx, errors: FormErrors::one("email", t.t(&format!("error-{code}"))), email: f.email }));
        }
    };
    match send_link(&state, &email, Purpose::PasswordReset, t.lang).await {
        Ok(()) => Ok(html(&message(ctx, "link-sent-title", "link-sent-body"))),
        Err(AppError::TooManyRequests(code)) => {
            let mut r = invalid(&ForgotPage { ctx, errors: FormErrors::one("email", t.t(&format!("error-{code}"))), email: f.email });
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            Ok(r)
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "accounts/set_password.html")]
struct SetPasswordPage {
    ctx: Ctx,
    errors: FormErrors,
    title: String,
    lead: String,
    action: String,
    button: String,
    ask_name: bool,
    ask_password: bool,
    person_name: String,
}

fn reset_form(ctx: Ctx, token: &str, errors: FormErrors) -> SetPasswordPage {
    let t = ctx.t;
    SetPasswordPage {
        errors,
        title: t.t("reset-title"),
        lead: t.t("reset-lead"),
        action: format!("/password/reset/{token}"),
        button: t.t("reset-submit"),
        ask_name: false,
        ask_password: true,
        person_name: String::new(),
        ctx,
    }
}

async fn reset_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut r = state.db.read().await?;
    if store::peek_token(r.conn(), &token, Purpose::PasswordReset).await?.is_none() {
        return Ok(link_invalid(ctx));
    }
    Ok(html(&reset_form(ctx, &token, FormErrors::default())))
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    name: String,
}

async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let mut e = FieldErrors::new();
    check_new_password(&mut e, "password", &f.password);
    if !e.is_empty() {
        let errors = FormErrors::from(ctx.t, &e);
        return Ok(invalid(&reset_form(ctx, &token, errors)));
    }
    let hash = password::hash(&f.password).await?;
    let mut tx = state.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), &token, Purpose::PasswordReset).await? else {
        return Ok(link_invalid(ctx));
    };
    let Some(user_id) = tok.user_id else { return Ok(link_invalid(ctx)) };
    store::set_password(tx.conn(), user_id, &hash).await?;
    store::delete_sessions_of(tx.conn(), user_id).await?;
    let secret = store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
    tx.commit().await?;
    Ok(signed_in_response(&secret, &state, "/?notice=password_changed"))
}

// ---- invitations ----

async fn invitation_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut r = state.db.read().await?;
    let Some(tok) = store::peek_token(r.conn(), &token, Purpose::Invitation).await? else {
        return Ok(link_invalid(ctx));
    };
    let network = networks::get(r.conn(), tok.network_id.ok_or(AppError::NotFound)?).await?;
    let exists = store::find_user_by_email(r.conn(), &tok.email).await?.is_some();
    Ok(html(&invitation_form(ctx, &token, &network.name, !exists, FormErrors::default(), String::new())))
}

fn invitation_form(ctx: Ctx, token: &str, network: &str, new_account: bool, errors: FormErrors, name: String) -> SetPasswordPage {
    let t = ctx.t;
    SetPasswordPage {
        errors,
        title: t.ta("invitation-title", &[("network", network)]),
        lead: t.t(if new_account { "invitation-lead-new" } else { "invitation-lead-existing" }),
        action: format!("/invitations/{token}"),
        button: t.t("invitation-accept"),
        ask_name: new_account,
        ask_password: new_account,
        person_name: name,
        ctx,
    }
}

async fn accept_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let lang = ctx.t.lang;
    let (network, existing) = {
        let mut r = state.db.read().await?;
        let Some(tok) = store::peek_token(r.conn(), &token, Purpose::Invitation).await? else {
            return Ok(link_invalid(ctx));
        };
        let network = networks::get(r.conn(), tok.network_id.ok_or(AppError::NotFound)?).await?;
        (network, store::find_user_by_email(r.conn(), &tok.email).await?)
    };
    let hash = if existing.is_none() {
        let mut e = FieldErrors::new();
        let name = e.required_line("name", &f.name, 150);
        check_new_password(&mut e, "password", &f.password);
        if !e.is_empty() {
            let errors = FormErrors::from(ctx.t, &e);
            return Ok(invalid(&invitation_form(ctx, &token, &network.name, true, errors, name)));
        }
        Some((name, password::hash(&f.password).await?))
    } else {
        None
    };
    let mut tx = state.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), &token, Purpose::Invitation).await? else {
        return Ok(link_invalid(ctx));
    };
    let user_id = match (existing, hash) {
        (Some(u), _) => u.id,
        (None, Some((name, hash))) => {
            store::create_user(
                tx.conn(),
                NewUser {
                    email: &tok.email,
                    name: &name,
                    password_hash: Some(&hash),
                    is_platform_admin: false,
                    lang: lang.as_str(),
                    organisation_id: None,
                },
            )
            .await?
        }
        (None, None) => return Err(AppError::internal("invitation without account data")),
    };
    let role = tok.role.as_deref().and_then(NetworkRole::parse).unwrap_or(NetworkRole::Member);
    networks::set_role(tx.conn(), network.id, user_id, role.as_str()).await?;
    let secret = store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
    tx.commit().await?;
    Ok(signed_in_response(&secret, &state, &format!("/networks/{}/home", network.slug)))
}

// ---- one's own account ----

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    ctx: Ctx,
    errors: FormErrors,
    email: String,
    name: String,
    lang: String,
    langs: Vec<(&'static str, &'static str)>,
    organisation_id: Option<String>,
    organisations: Vec<OrgOption>,
    tokens: Vec<(String, String, String)>,
    new_token: Option<String>,
    presentation: String,
    competences: String,
    applications: Vec<(String, String, String)>,
}

struct OrgOption {
    id: String,
    name: String,
}

async fn account_view(
    state: &AppState,
    ctx: Ctx,
    user: &store::UserRow,
    errors: FormErrors,
    new_token: Option<String>,
) -> Result<AccountPage, AppError> {
    let mut r = state.db.read().await?;
    let organisations = organisations::list(r.conn())
        .await?
        .into_iter()
        .map(|o| OrgOption { id: o.id.to_string(), name: o.parent_name.map(|p| format!("{} ({p})", o.name)).unwrap_or(o.name) })
        .collect();
    let lang = ctx.t.lang;
    let profile = spira_store::members::profile(r.conn(), user.id).await?;
    let applications = spira_store::admission::list_for_user(r.conn(), user.id)
        .await?
        .into_iter()
        .map(|a| (a.id.to_string(), a.network_name, ctx.t.t(&format!("application-state-{}", a.state))))
        .collect();
    let tokens = store::list_api_tokens(r.conn(), user.id)
        .await?
        .into_iter()
        .map(|t| (t.name, spira_domain::dates::format_date(t.created_at.to_utc().date_naive(), lang), t.id.to_string()))
        .collect();
    Ok(AccountPage {
        ctx,
        errors,
        email: user.email.clone(),
        name: user.name.clone(),
        lang: user.lang.clone(),
        langs: vec![("da", "Dansk"), ("sv", "Svenska"), ("en", "English")],
        organisation_id: user.organisation_id.map(|o| o.to_string()),
        organisations,
        tokens,
        new_token,
        competences: profile.competence_list().join(", "),
        presentation: profile.presentation,
        applications,
    })
}

async fn account_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    let user = viewer.require()?;
    Ok(html(&account_view(&state, ctx, user, FormErrors::default(), None).await?))
}

#[derive(Deserialize)]
struct AccountForm {
    #[serde(default)]
    presentation: String,
    #[serde(default)]
    competences: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    organisation_id: String,
}

async fn save_account(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<AccountForm>) -> Result<Response, AppError> {
    let user = viewer.require()?;
    let mut e = FieldErrors::new();
    let name = e.required_line("name", &f.name, 150);
    let lang = Lang::parse(&f.lang).unwrap_or_else(|| {
        e.add("lang", "invalid_choice");
        Lang::Da
    });
    let org = match f.organisation_id.trim() {
        "" => None,
        s => match Uuid::parse_str(s) {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organisation_id", "invalid_choice");
                None
            }
        },
    };
    let profile =
        spira_domain::members::ProfileInput { presentation: f.presentation.clone(), competences: f.competences.clone() }.validate();
    if let Err(pe) = &profile {
        e.0.extend(pe.0.iter().cloned());
    }
    let (true, Ok(profile)) = (e.is_empty(), profile) else {
        let errors = FormErrors::from(ctx.t, &e);
        let mut page = account_view(&state, ctx, user, errors, None).await?;
        page.name = name;
        page.presentation = f.presentation;
        page.competences = f.competences;
        return Ok(invalid(&page));
    };
    let mut tx = state.db.begin().await?;
    match store::update_profile(tx.conn(), user.id, &name, lang.as_str(), org).await {
        Ok(()) => {}
        Err(spira_store::Error::MissingReference(_)) => {
            drop(tx);
            let errors = FormErrors::one("organisation_id", ctx.t.t("error-invalid_choice"));
            return Ok(invalid(&account_view(&state, ctx, user, errors, None).await?));
        }
        Err(e) => return Err(e.into()),
    }
    spira_store::members::save_profile(tx.conn(), user.id, &profile).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account?notice=saved").into_response())
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    token_name: String,
}

async fn create_token(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<TokenForm>) -> Result<Response, AppError> {
    let user = viewer.require()?;
    let mut e = FieldErrors::new();
    let name = e.required_line("token_name", &f.token_name, 100);
    if !e.is_empty() {
        let errors = FormErrors::from(ctx.t, &e);
        return Ok(invalid(&account_view(&state, ctx, user, errors, None).await?));
    }
    let mut tx = state.db.begin().await?;
    let secret = store::create_api_token(tx.conn(), user.id, &name).await?;
    tx.commit().await?;
    // The token is shown once, on this response; it is not kept anywhere readable.
    let mut res = html(&account_view(&state, ctx, user, FormErrors::default(), Some(secret)).await?);
    res.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn delete_token(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let user = viewer.require()?;
    let mut tx = state.db.begin().await?;
    if !store::delete_api_token(tx.conn(), user.id, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to("/account?notice=saved").into_response())
}
