//! Accounts: signing in with a password or a one-time e-mail link, password reset, signing out,
//! accepting an invitation, and one's own account page with personal API tokens.

pub mod api;
/// Password hashing lives in `spira_app::accounts::password`; the demo and the tests still call
/// it by this name.
pub mod password {
    pub use spira_app::accounts::password::{hash, verify};
}

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::accounts::AccountsError;
use spira_app::accounts::links::{self, Link};
use spira_app::accounts::profile::{self, ProfileChange};
use spira_app::accounts::{invitations, sessions, signin, tokens};
use spira_app::{Kind, Uuid};
use spira_domain::accounts::Email;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::{SESSION_COOKIE, Viewer, clear_session_cookie, cookie, session_cookie};
use crate::views::{Ctx, FormErrors, MessagePage, html, invalid, link_invalid, message};

pub use spira_app::accounts::invitations::INVITATION_TTL_SECS;
pub use spira_app::accounts::links::{LINK_TTL_SECS, MAX_LINKS_PER_HOUR};
pub use spira_app::accounts::signin::{FAILURE_WINDOW_SECS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS};

pub fn routes() -> Pages {
    Pages::new()
        .get("/signin", signin_page)
        .post("/signin", signin)
        .post("/signin/link", request_link)
        .get("/signin/link/{token}", link_page)
        .post("/signin/link/{token}", use_link)
        .post("/signout", signout)
        .get("/password/forgot", forgot_page)
        .post("/password/forgot", forgot)
        .get("/password/reset/{token}", reset_page)
        .post("/password/reset/{token}", reset)
        .get("/invitations/{token}", invitation_page)
        .post("/invitations/{token}", accept_invitation)
        .get("/account", account_page)
        .post("/account", save_account)
        .post("/account/tokens", create_token)
        .post("/account/tokens/{id}/delete", delete_token)
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
    match signin::with_password(&state.app, &email, &f.password, &addr).await {
        Ok(secret) => Ok(signed_in_response(&secret, &state, safe_next(&f.next))),
        Err(e) if e.kind() == Kind::TooManyRequests => {
            let mut r = invalid(&page(ctx, FormErrors::one("email", t.t(&format!("error-{}", e.code()))), email.as_str(), &f.next));
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            Ok(r)
        }
        Err(e) if e.kind() == Kind::BadRequest => {
            let mut r = invalid(&page(ctx, FormErrors::one("password", t.t(&format!("error-{}", e.code()))), email.as_str(), &f.next));
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

async fn signout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        sessions::sign_out(&state.app, &secret).await?;
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

async fn request_link(State(state): State<AppState>, ctx: Ctx, Form(f): Form<EmailForm>) -> Result<Response, AppError> {
    let t = ctx.t;
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(code) => {
            let errors = FormErrors::one("email", t.t(&format!("error-{code}")));
            return Ok(invalid(&SigninPage { ctx, errors, email: f.email, next: "/".into() }));
        }
    };
    links::send(&state.app, &email, Link::SignIn).await?;
    Ok(html(&message(ctx, "link-sent-title", "link-sent-body")))
}

async fn link_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    if !links::is_valid(&state.app, &token, Link::SignIn).await? {
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
    match links::sign_in(&state.app, &token).await? {
        Some(secret) => Ok(signed_in_response(&secret, &state, "/")),
        None => Ok(link_invalid(ctx)),
    }
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
    match links::send(&state.app, &email, Link::PasswordReset).await {
        Ok(()) => Ok(html(&message(ctx, "link-sent-title", "link-sent-body"))),
        Err(e) if e.kind() == Kind::TooManyRequests => {
            let mut r = invalid(&ForgotPage { ctx, errors: FormErrors::one("email", t.t(&format!("error-{}", e.code()))), email: f.email });
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            Ok(r)
        }
        Err(e) => Err(e.into()),
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
    if !links::is_valid(&state.app, &token, Link::PasswordReset).await? {
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
    match links::reset_password(&state.app, &token, &f.password).await {
        Ok(Some(secret)) => Ok(signed_in_response(&secret, &state, "/?notice=password_changed")),
        Ok(None) => Ok(link_invalid(ctx)),
        Err(AccountsError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&reset_form(ctx, &token, errors)))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- invitations ----

async fn invitation_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(inv) = invitations::open(&state.app, &token).await? else {
        return Ok(link_invalid(ctx));
    };
    Ok(html(&invitation_form(ctx, &token, &inv.network.name, inv.new_account, FormErrors::default(), String::new())))
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
    match invitations::accept(&state.app, &token, &f.name, &f.password, ctx.t.lang).await {
        Ok(Some(a)) => Ok(signed_in_response(&a.session, &state, &format!("/networks/{}/home", a.network.slug))),
        Ok(None) => Ok(link_invalid(ctx)),
        Err(AccountsError::Common(spira_app::Common::Invalid(e))) => {
            let Some(inv) = invitations::open(&state.app, &token).await? else { return Ok(link_invalid(ctx)) };
            let errors = FormErrors::from(ctx.t, &e);
            let name = f.name.trim().to_string();
            Ok(invalid(&invitation_form(ctx, &token, &inv.network.name, true, errors, name)))
        }
        Err(e) => Err(e.into()),
    }
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

/// The account page; `errors` from a form are shown beside its fields.
async fn account_view(
    state: &AppState,
    viewer: &Viewer,
    ctx: Ctx,
    errors: FormErrors,
    new_token: Option<String>,
) -> Result<AccountPage, AppError> {
    let a = profile::account(&state.app, viewer).await?;
    let lang = ctx.t.lang;
    let organisations = a
        .organisations
        .into_iter()
        .map(|o| OrgOption { id: o.id.to_string(), name: o.parent_name.map(|p| format!("{} ({p})", o.name)).unwrap_or(o.name) })
        .collect();
    let applications = a
        .applications
        .into_iter()
        .map(|a| (a.id.to_string(), a.network_name, ctx.t.t(&format!("application-state-{}", a.state))))
        .collect();
    let tokens = a
        .tokens
        .into_iter()
        .map(|t| (t.name, spira_domain::dates::format_date(t.created_at.to_utc().date_naive(), lang), t.id.to_string()))
        .collect();
    Ok(AccountPage {
        ctx,
        errors,
        email: a.user.email,
        name: a.user.name,
        lang: a.user.lang,
        langs: vec![("da", "Dansk"), ("sv", "Svenska"), ("en", "English")],
        organisation_id: a.user.organisation_id.map(|o| o.to_string()),
        organisations,
        tokens,
        new_token,
        competences: a.profile.competence_list().join(", "),
        presentation: a.profile.presentation,
        applications,
    })
}

async fn account_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    Ok(html(&account_view(&state, &viewer, ctx, FormErrors::default(), None).await?))
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
    let change = ProfileChange {
        name: f.name.clone(),
        language: f.lang,
        organisation_id: Some(f.organisation_id),
        presentation: f.presentation.clone(),
        competences: f.competences.clone(),
    };
    match profile::update(&state.app, &viewer, &change).await {
        Ok(_) => Ok(Redirect::to("/account?notice=saved").into_response()),
        Err(AccountsError::Common(spira_app::Common::Invalid(e))) => {
            let mut errors = FormErrors::from(ctx.t, &e);
            // The form calls the language field `lang`.
            for (field, _) in &mut errors.items {
                if field == "language" {
                    *field = "lang".into();
                }
            }
            let mut page = account_view(&state, &viewer, ctx, errors, None).await?;
            page.name = f.name.trim().to_string();
            page.presentation = f.presentation;
            page.competences = f.competences;
            Ok(invalid(&page))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    token_name: String,
}

async fn create_token(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<TokenForm>) -> Result<Response, AppError> {
    let secret = match tokens::create(&state.app, &viewer, &f.token_name).await {
        Ok(secret) => secret,
        Err(AccountsError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            return Ok(invalid(&account_view(&state, &viewer, ctx, errors, None).await?));
        }
        Err(e) => return Err(e.into()),
    };
    // The token is shown once, on this response; it is not kept anywhere readable.
    let mut res = html(&account_view(&state, &viewer, ctx, FormErrors::default(), Some(secret)).await?);
    res.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn delete_token(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    tokens::revoke(&state.app, &viewer, id).await?;
    Ok(Redirect::to("/account?notice=saved").into_response())
}
