//! Admission: the network's policy, applying (with e-mail confirmation for new people), the
//! nearest manager's endorsement by a single-use link, the facilitator's decisions with seats
//! checked inside the admitting transaction, withdrawal, and adding members directly.

pub mod api;

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::Datelike;
use serde::Deserialize;
use spira_domain::access::{Action, may};
use spira_domain::accounts::Email;
use spira_domain::admission::{
    AdmissionPolicy, ApplicationState, ApplyInput, CRITERION_FIELDS, Decision, JUSTIFY_FIELDS, PolicyInput, after_email, check_seat,
    encode_criteria,
};
use spira_domain::dates::{format_date, format_date_time};
use spira_domain::organisations::{Country, OrgKind};
use spira_domain::{FieldErrors, Lang};
use spira_store::accounts::{self as accounts_store, NewToken, NewUser, Purpose};
use spira_store::admission::{self as store, ApplicationRow, NewApplication};
use spira_store::networks::NetworkRow;
use spira_store::secret::new_secret;
use spira_store::{Timestamp, Tx, Uuid, networks, organisations};

use crate::AppState;
use crate::authz;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::networks::load;
use crate::session::{SESSION_TTL_SECS, Viewer};
use crate::views::{Ctx, FormErrors, html, invalid, rich_text};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/networks/{slug}/admission", get(policy_page).post(save_policy))
        .route("/networks/{slug}/apply", get(apply_page).post(apply))
        .route("/networks/{slug}/applications", get(list_page))
        .route("/networks/{slug}/applications/decide", post(decide_many))
        .route("/networks/{slug}/members/add", post(add_member_form))
        .route("/networks/{slug}/members/import", post(import_form))
        .route("/networks/{slug}/leave", post(leave))
        .route("/networks/{slug}/renewal", post(renewal_form))
        .route("/applications/confirm/{token}", get(confirm_page).post(confirm))
        .route("/applications/{id}", get(application_page))
        .route("/applications/{id}/withdraw", post(withdraw))
        .route("/applications/{id}/manager", post(resend_manager))
        .route("/endorse/{token}", get(endorse_page).post(endorse))
}

/// Applications per applicant address, and per manager address, in an hour.
pub const MAX_APPLICATIONS_PER_ADDRESS_HOUR: i64 = 5;
pub const MAX_APPLICATIONS_PER_MANAGER_HOUR: i64 = 10;

/// The calendar year: the usual term.
pub fn current_term() -> i32 {
    chrono::Utc::now().year()
}

fn this_month() -> u32 {
    chrono::Utc::now().month()
}

pub(crate) async fn load_policy(state: &AppState, network_id: Uuid) -> Result<AdmissionPolicy, AppError> {
    let mut r = state.db.read().await?;
    Ok(store::policy(r.conn(), network_id).await?)
}

fn state_label(t: Tr, s: &str) -> String {
    t.t(&format!("application-state-{s}"))
}

// ---- the policy ----

#[derive(Template)]
#[template(path = "admission/policy.html")]
struct PolicyPage {
    ctx: Ctx,
    network: NetworkRow,
    errors: FormErrors,
    f: PolicyForm,
    kinds: Vec<(&'static str, String, bool)>,
    countries: Vec<(&'static str, String, bool)>,
    months: Vec<(String, String, bool)>,
}

#[derive(Debug, Clone, Default)]
struct PolicyForm {
    open: bool,
    criteria: String,
    org_kinds: Vec<String>,
    countries: Vec<String>,
    manager_endorsement: bool,
    intake_months: Vec<String>,
    capacity: String,
    waiting_list: bool,
    max_seats_per_org: String,
    binding_terms: String,
    manager_link_days: String,
}

impl PolicyForm {
    fn from_policy(p: &AdmissionPolicy) -> PolicyForm {
        PolicyForm {
            open: p.open,
            criteria: encode_criteria(&p.criteria),
            org_kinds: p.org_kinds.iter().map(|k| k.as_str().to_string()).collect(),
            countries: p.countries.iter().map(|c| c.as_str().to_string()).collect(),
            manager_endorsement: p.manager_endorsement,
            intake_months: p.intake_months.iter().map(u32::to_string).collect(),
            capacity: p.capacity.map(|c| c.to_string()).unwrap_or_default(),
            waiting_list: p.waiting_list,
            max_seats_per_org: p.max_seats_per_org.map(|c| c.to_string()).unwrap_or_default(),
            binding_terms: p.binding_terms.clone(),
            manager_link_days: p.manager_link_days.to_string(),
        }
    }
    /// Reads the form; checkboxes and multiple choices repeat their name, which the usual form
    /// decoder does not take.
    fn parse(body: &[u8]) -> PolicyForm {
        let mut f = PolicyForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "open" => f.open = true,
                "criteria" => f.criteria = v,
                "org_kinds" => f.org_kinds.push(v),
                "countries" => f.countries.push(v),
                "manager_endorsement" => f.manager_endorsement = true,
                "intake_months" => f.intake_months.push(v),
                "capacity" => f.capacity = v,
                "waiting_list" => f.waiting_list = true,
                "max_seats_per_org" => f.max_seats_per_org = v,
                "binding_terms" => f.binding_terms = v,
                "manager_link_days" => f.manager_link_days = v,
                _ => {}
            }
        }
        f
    }
    fn input(&self) -> PolicyInput {
        PolicyInput {
            open: self.open,
            criteria: self.criteria.clone(),
            org_kinds: self.org_kinds.clone(),
            countries: self.countries.clone(),
            manager_endorsement: self.manager_endorsement,
            intake_months: self.intake_months.clone(),
            capacity: self.capacity.clone(),
            waiting_list: self.waiting_list,
            max_seats_per_org: self.max_seats_per_org.clone(),
            binding_terms: self.binding_terms.clone(),
            manager_link_days: self.manager_link_days.clone(),
        }
    }
}

fn policy_view(ctx: Ctx, network: NetworkRow, errors: FormErrors, f: PolicyForm) -> PolicyPage {
    let t = ctx.t;
    PolicyPage {
        kinds: OrgKind::ALL
            .iter()
            .map(|k| (k.as_str(), t.t(&format!("kind-{}", k.as_str())), f.org_kinds.iter().any(|x| x == k.as_str())))
            .collect(),
        countries: Country::ALL
            .iter()
            .map(|c| (c.as_str(), t.t(&format!("country-{}", c.as_str())), f.countries.iter().any(|x| x == c.as_str())))
            .collect(),
        months: (1..=12)
            .map(|m| (m.to_string(), t.t(&format!("month-{m}")), f.intake_months.iter().any(|x| *x == m.to_string())))
            .collect(),
        ctx,
        network,
        errors,
        f,
    }
}

async fn policy_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::EditNetwork).await?;
    let policy = load_policy(&state, network.id).await?;
    Ok(html(&policy_view(ctx, network, FormErrors::default(), PolicyForm::from_policy(&policy))))
}

/// Saves a network's policy (pages and API).
pub(crate) async fn update_policy(state: &AppState, viewer: &Viewer, slug: &str, input: &PolicyInput) -> Result<AdmissionPolicy, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let policy = input.validate().map_err(AppError::Invalid)?;
    let mut tx = state.db.begin().await?;
    store::save_policy(tx.conn(), network.id, &policy).await?;
    tx.commit().await?;
    Ok(policy)
}

async fn save_policy(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = PolicyForm::parse(&body);
    match update_policy(&state, &viewer, &slug, &f.input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/admission?notice=saved")).into_response()),
        Err(AppError::Invalid(e)) => {
            let network = load(&state, &slug).await?;
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&policy_view(ctx, network, errors, f)))
        }
        Err(e) => Err(e),
    }
}

// ---- applying ----

#[derive(Template)]
#[template(path = "admission/apply.html")]
struct ApplyPage {
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

async fn apply_view(
    state: &AppState,
    ctx: Ctx,
    network: NetworkRow,
    policy: AdmissionPolicy,
    signed_in: bool,
    errors: FormErrors,
    values: HashMap<String, String>,
) -> Result<ApplyPage, AppError> {
    let (orgs, agreement) = {
        let mut r = state.db.read().await?;
        (organisations::list(r.conn()).await?, spira_store::agreements::current(r.conn(), network.id).await?)
    };
    let organisations = orgs
        .into_iter()
        .filter(|o| OrgKind::parse(&o.kind).zip(Country::parse(&o.country)).is_some_and(|(k, c)| policy.organisation_eligible(k, c)))
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
    Ok(ApplyPage {
        terms_html: rich_text(&policy.binding_terms),
        agreement_html: agreement.map(|a| rich_text(&a.text)).unwrap_or_default(),
        ctx,
        network,
        policy,
        errors,
        signed_in,
        values,
        organisations,
        criteria,
    })
}

async fn apply_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let policy = load_policy(&state, network.id).await?;
    if !policy.intake_open(this_month()) {
        return Err(AppError::Conflict("admission_closed"));
    }
    Ok(html(&apply_view(&state, ctx, network, policy, viewer.signed_in(), FormErrors::default(), HashMap::new()).await?))
}

/// The outcome of applying.
pub enum Applied {
    /// A signed-in applicant's application, now waiting for the manager or the decision.
    Created(Uuid),
    /// A new person must confirm their address first (or, if the address has an account, was told
    /// to sign in): the answer is the same either way.
    CheckEmail,
}

pub struct ApplyRequest {
    pub input: ApplyInput,
    pub organisation_id: String,
    pub lang: Lang,
}

/// Applies to a network (pages and API): checks the window, the organisation, the criteria, an
/// application already in progress and membership, and sends the e-mails through the outbox.
pub(crate) async fn apply_to(state: &AppState, viewer: &Viewer, slug: &str, req: &ApplyRequest) -> Result<Applied, AppError> {
    let network = load(state, slug).await?;
    let policy = load_policy(state, network.id).await?;
    if !policy.intake_open(this_month()) {
        return Err(AppError::Conflict("admission_closed"));
    }
    let own = viewer.user.as_ref().map(|u| (u.name.clone(), Email::parse(&u.email).ok()));
    let own_ref = own.as_ref().and_then(|(n, e)| e.as_ref().map(|e| (n.as_str(), e)));
    let mut errors = FieldErrors::new();
    let org_id = Uuid::parse_str(req.organisation_id.trim()).ok();
    if org_id.is_none() {
        errors.add("organisation_id", "required");
    }
    let draft = match req.input.validate(&policy, own_ref) {
        Ok(d) if errors.is_empty() => d,
        Ok(_) => return Err(AppError::Invalid(errors)),
        Err(mut e) => {
            e.0.extend(errors.0);
            return Err(AppError::Invalid(e));
        }
    };
    let org_id = org_id.ok_or(AppError::BadRequest("bad_request"))?;
    let mut tx = state.db.begin().await?;
    let org = match organisations::get(tx.conn(), org_id).await {
        Ok(o) => o,
        Err(spira_store::Error::NotFound) => {
            let mut e = FieldErrors::new();
            e.add("organisation_id", "invalid_choice");
            return Err(AppError::Invalid(e));
        }
        Err(e) => return Err(e.into()),
    };
    let eligible = OrgKind::parse(&org.kind).zip(Country::parse(&org.country)).is_some_and(|(k, c)| policy.organisation_eligible(k, c));
    if !eligible {
        return Err(AppError::Conflict("organisation_not_eligible"));
    }
    if store::active_exists(tx.conn(), network.id, draft.email.as_str()).await? {
        return Err(AppError::Conflict("already_applied"));
    }
    let manager = draft.manager_email.as_ref().map(Email::as_str).unwrap_or("");
    let (by_address, by_manager) = store::count_recent(tx.conn(), draft.email.as_str(), manager, Timestamp::now().plus_secs(-3600)).await?;
    if by_address >= MAX_APPLICATIONS_PER_ADDRESS_HOUR || by_manager >= MAX_APPLICATIONS_PER_MANAGER_HOUR {
        return Err(AppError::TooManyRequests("too_many_applications"));
    }
    let applicant_lang = req.lang;
    match &viewer.user {
        Some(u) => {
            if store::has_seat(tx.conn(), network.id, u.id).await? || networks::role_of(tx.conn(), network.id, u.id).await?.is_some() {
                return Err(AppError::Conflict("already_member"));
            }
            let next = after_email(&policy);
            let id = store::create_application(
                tx.conn(),
                NewApplication {
                    network_id: network.id,
                    user_id: Some(u.id),
                    email: draft.email.as_str(),
                    name: &draft.name,
                    organisation_id: org_id,
                    manager_name: &draft.manager_name,
                    manager_email: draft.manager_email.as_ref().map(Email::as_str).unwrap_or(""),
                    justifications: &draft.justifications.join("\n"),
                    buyer_reference: &draft.buyer_reference,
                    state: next,
                    lang: applicant_lang.as_str(),
                    email_token: None,
                },
            )
            .await
            .map_err(already_applied)?;
            if next == ApplicationState::AwaitingManager {
                let app = store::get(tx.conn(), id).await?;
                send_manager_link(state, &mut tx, &app, &network, &policy, None).await?;
            }
            tx.commit().await?;
            Ok(Applied::Created(id))
        }
        None => {
            if let Some(existing) = accounts_store::find_user_by_email(tx.conn(), draft.email.as_str()).await? {
                // Never take over an account: tell its owner to sign in and apply.
                let link = format!("{}/signin?next=/networks/{}/apply", state.config.base_url, network.slug);
                let lang = Lang::parse(&existing.lang).unwrap_or(applicant_lang);
                crate::mails::send(tx.conn(), &existing.email, lang, "mail-apply-existing", &[("network", &network.name), ("link", &link)])
                    .await?;
                tx.commit().await?;
                return Ok(Applied::CheckEmail);
            }
            let secret = new_secret();
            store::create_application(
                tx.conn(),
                NewApplication {
                    network_id: network.id,
                    user_id: None,
                    email: draft.email.as_str(),
                    name: &draft.name,
                    organisation_id: org_id,
                    manager_name: &draft.manager_name,
                    manager_email: draft.manager_email.as_ref().map(Email::as_str).unwrap_or(""),
                    justifications: &draft.justifications.join("\n"),
                    buyer_reference: &draft.buyer_reference,
                    state: ApplicationState::AwaitingEmail,
                    lang: applicant_lang.as_str(),
                    email_token: Some(&secret),
                },
            )
            .await
            .map_err(already_applied)?;
            let link = format!("{}/applications/confirm/{secret}", state.config.base_url);
            crate::mails::send(
                tx.conn(),
                draft.email.as_str(),
                applicant_lang,
                "mail-apply-confirm",
                &[("name", &draft.name), ("network", &network.name), ("link", &link)],
            )
            .await?;
            tx.commit().await?;
            Ok(Applied::CheckEmail)
        }
    }
}

fn already_applied(e: spira_store::Error) -> AppError {
    match e {
        spira_store::Error::Conflict(_) => AppError::Conflict("already_applied"),
        other => other.into(),
    }
}

/// Sends the nearest manager a new single-use link (voiding any earlier one).
async fn send_manager_link(
    state: &AppState,
    tx: &mut Tx,
    app: &ApplicationRow,
    network: &NetworkRow,
    policy: &AdmissionPolicy,
    corrected_email: Option<&str>,
) -> Result<(), AppError> {
    let secret = new_secret();
    let expires = Timestamp::now().plus_secs(i64::from(policy.manager_link_days) * 24 * 3600);
    store::set_manager_link(tx.conn(), app.id, &secret, expires, corrected_email).await?;
    let link = format!("{}/endorse/{secret}", state.config.base_url);
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let to = corrected_email.unwrap_or(&app.manager_email);
    crate::mails::send(
        tx.conn(),
        to,
        lang,
        "mail-manager-request",
        &[
            ("manager", &app.manager_name),
            ("applicant", &app.name),
            ("network", &network.name),
            ("link", &link),
            ("days", &policy.manager_link_days.to_string()),
        ],
    )
    .await
}

fn apply_values(body: &[u8]) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for (k, v) in form_urlencoded::parse(body) {
        m.entry(k.into_owned()).or_insert_with(|| v.into_owned());
    }
    m
}

fn apply_request(values: &HashMap<String, String>, criteria: usize, lang: Lang) -> ApplyRequest {
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

async fn apply(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let policy = load_policy(&state, network.id).await?;
    let values = apply_values(&body);
    let req = apply_request(&values, policy.criteria.len(), ctx.t.lang);
    match apply_to(&state, &viewer, &slug, &req).await {
        Ok(Applied::Created(id)) => Ok(Redirect::to(&format!("/applications/{id}?notice=applied")).into_response()),
        Ok(Applied::CheckEmail) => {
            let t = ctx.t;
            Ok(html(&crate::accounts::MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("apply-check-email-body"))))
        }
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&apply_view(&state, ctx, network, policy, viewer.signed_in(), errors, values).await?))
        }
        Err(e) => Err(e),
    }
}

async fn confirm_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut r = state.db.read().await?;
    let Some(app) = store::by_email_token(r.conn(), &token).await? else {
        return Ok(crate::accounts::link_invalid(ctx));
    };
    let t = ctx.t;
    let mut page =
        crate::accounts::MessagePage::new(ctx, t.t("apply-confirm-title"), t.ta("apply-confirm-body", &[("network", &app.network_name)]));
    page.action = format!("/applications/confirm/{token}");
    page.button = t.t("apply-confirm-button");
    Ok(html(&page))
}

async fn confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let Some(app) = store::by_email_token(tx.conn(), &token).await? else {
        return Ok(crate::accounts::link_invalid(ctx));
    };
    let network = networks::get(tx.conn(), app.network_id).await?;
    let policy = store::policy(tx.conn(), app.network_id).await?;
    // The address is proven: the person gets an account (no password; they sign in by link).
    let user_id = match accounts_store::find_user_by_email(tx.conn(), &app.email).await? {
        Some(u) => u.id,
        None => {
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: &app.email,
                    name: &app.name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: &app.lang,
                    organisation_id: Some(app.organisation_id),
                },
            )
            .await?
        }
    };
    store::set_user(tx.conn(), app.id, user_id).await?;
    let next = after_email(&policy);
    if !store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingEmail], next, "", Some(user_id)).await? {
        return Ok(crate::accounts::link_invalid(ctx));
    }
    if next == ApplicationState::AwaitingManager {
        send_manager_link(&state, &mut tx, &app, &network, &policy, None).await?;
    }
    let secret = accounts_store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
    tx.commit().await?;
    let mut res = Redirect::to(&format!("/applications/{}?notice=email_confirmed", app.id)).into_response();
    res.headers_mut().append(axum::http::header::SET_COOKIE, crate::session::session_cookie(&secret, state.config.secure_cookies()));
    Ok(res)
}

// ---- the application's page ----

#[derive(Template)]
#[template(path = "admission/application.html")]
struct ApplicationPage {
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

async fn application_view(
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

async fn application_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(id): Path<Uuid>) -> Result<Response, AppError> {
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

async fn withdraw(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    withdraw_application(&state, &viewer, id).await?;
    Ok(Redirect::to(&format!("/applications/{id}?notice=withdrawn")).into_response())
}

#[derive(Deserialize)]
struct ManagerForm {
    #[serde(default)]
    manager_email: String,
}

/// The facilitator sends the manager's request again, to a corrected address: the old link stops
/// working.
async fn resend_manager(
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

// ---- the manager's page ----

#[derive(Template)]
#[template(path = "admission/endorse.html")]
struct EndorsePage {
    ctx: Ctx,
    app: ApplicationRow,
    criteria: Vec<(String, String)>,
    terms_html: String,
    expires: String,
}

/// A manager's link that can still be used, or why not (marking an expired one as such).
async fn usable_manager_link(state: &AppState, token: &str) -> Result<Option<ApplicationRow>, AppError> {
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

async fn endorse_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(app) = usable_manager_link(&state, &token).await? else {
        return Ok(crate::accounts::link_invalid(ctx));
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
struct EndorseForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    comment: String,
}

async fn endorse(
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
        return Ok(crate::accounts::link_invalid(ctx));
    };
    let mut tx = state.db.begin().await?;
    // The link is used once: the state change succeeds only for the first answer.
    if !store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingManager], to, &comment, None).await? {
        return Ok(crate::accounts::link_invalid(ctx));
    }
    store::record_manager_answer(tx.conn(), app.id, &comment).await?;
    let lang = Lang::parse(&app.lang).unwrap_or_default();
    let mail = if to == ApplicationState::ManagerDeclined { "mail-manager-declined" } else { "mail-manager-endorsed" };
    crate::mails::send(tx.conn(), &app.email, lang, mail, &[("name", &app.name), ("network", &app.network_name)]).await?;
    tx.commit().await?;
    let t = ctx.t;
    let body = if to == ApplicationState::ManagerDeclined { "endorse-done-declined" } else { "endorse-done-endorsed" };
    Ok(html(&crate::accounts::MessagePage::new(ctx, t.t("endorse-done-title"), t.ta(body, &[("name", &app.name)]))))
}

// ---- the facilitator's decisions ----

#[derive(Template)]
#[template(path = "admission/list.html")]
struct ListPage {
    ctx: Ctx,
    network: NetworkRow,
    rows: Vec<(ApplicationRow, String, String)>,
    seats: String,
    results: Vec<(String, String, bool)>,
}

async fn list_view(state: &AppState, ctx: Ctx, network: NetworkRow, results: Vec<(String, String, bool)>) -> Result<ListPage, AppError> {
    let (rows, policy, taken) = {
        let mut r = state.db.read().await?;
        (
            store::list_for_network(r.conn(), network.id).await?,
            store::policy(r.conn(), network.id).await?,
            store::seats_taken(r.conn(), network.id, Uuid::nil()).await?.0,
        )
    };
    let t = ctx.t;
    let tz: chrono_tz::Tz = network.time_zone.parse().unwrap_or(chrono_tz::Europe::Copenhagen);
    Ok(ListPage {
        seats: match policy.capacity {
            Some(c) => t.ta("applications-seats-of", &[("taken", &taken.to_string()), ("capacity", &c.to_string())]),
            None => t.ta("applications-seats", &[("taken", &taken.to_string())]),
        },
        rows: rows
            .into_iter()
            .map(|a| {
                let label = state_label(t, &a.state);
                let when = format_date_time(a.created_at.to_utc(), tz, t.lang);
                (a, label, when)
            })
            .collect(),
        results,
        network,
        ctx,
    })
}

async fn list_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::ManagePeople).await?;
    Ok(html(&list_view(&state, ctx, network, Vec::new()).await?))
}

/// Decides one application inside its own transaction: capacity and the organisation's maximum
/// are counted under a lock on the network, so two facilitators cannot both take the last seat.
pub(crate) async fn decide(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    decision: Decision,
    note: &str,
) -> Result<ApplicationRow, AppError> {
    let user = viewer.require()?;
    let app = {
        let mut r = state.db.read().await?;
        store::get(r.conn(), id).await?
    };
    authz::require(&state.db, viewer, Some(app.network_id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let note = e.text("note", note, 2_000);
    if !e.is_empty() {
        return Err(AppError::Invalid(e));
    }
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), app.network_id).await?;
    let app = store::get(tx.conn(), id).await?;
    if !app.state().can_decide() {
        return Err(AppError::Conflict("already_decided"));
    }
    let policy = store::policy(tx.conn(), app.network_id).await?;
    if decision == Decision::Admit {
        let (taken, of_org) = store::seats_taken(tx.conn(), app.network_id, app.organisation_id).await?;
        let of_org = policy.max_seats_per_org.map(|_| of_org as u32);
        if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
            return Err(AppError::Conflict(refusal.code()));
        }
    }
    let from = [ApplicationState::AwaitingDecision, ApplicationState::Waitlisted];
    if !store::transition(tx.conn(), id, &from, decision.state(), &note, Some(user.id)).await? {
        return Err(AppError::Conflict("already_decided"));
    }
    let network = networks::get(tx.conn(), app.network_id).await?;
    let lang = Lang::parse(&app.lang).unwrap_or_default();
    let link = format!("{}/networks/{}/home", state.config.base_url, network.slug);
    match decision {
        Decision::Admit => {
            let member = app.user_id.ok_or(AppError::Conflict("already_decided"))?;
            let reference = Some(app.buyer_reference.as_str()).filter(|r| !r.is_empty());
            store::add_seat(tx.conn(), app.network_id, member, Some(app.organisation_id), current_term(), Some(app.id), reference)
                .await
                .map_err(|_| AppError::Conflict("already_member"))?;
            if networks::role_of(tx.conn(), app.network_id, member).await?.is_none() {
                networks::set_role(tx.conn(), app.network_id, member, "member").await?;
            }
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-admitted",
                &[("name", &app.name), ("network", &network.name), ("link", &link), ("note", &note)],
            )
            .await?;
        }
        Decision::Waitlist => {
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-waitlisted",
                &[("name", &app.name), ("network", &network.name), ("note", &note)],
            )
            .await?;
        }
        Decision::Reject => {
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-rejected",
                &[("name", &app.name), ("network", &network.name), ("note", &note)],
            )
            .await?;
        }
    }
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

async fn decide_many(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::ManagePeople).await?;
    let mut ids = Vec::new();
    let (mut decision, mut note) = (None, String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "ids" => ids.push(Uuid::parse_str(&v).map_err(|_| AppError::BadRequest("bad_request"))?),
            "decision" => decision = Decision::parse(&v),
            "note" => note = v.into_owned(),
            _ => {}
        }
    }
    let decision = decision.ok_or(AppError::BadRequest("invalid_choice"))?;
    if ids.is_empty() {
        return Err(AppError::BadRequest("nothing_selected"));
    }
    let t = ctx.t;
    let mut results = Vec::new();
    let mut all_ok = true;
    for id in ids {
        // Each decision stands on its own: a full network refuses the rest, not the ones before.
        match decide(&state, &viewer, id, decision, &note).await {
            Ok(row) => results.push((row.name, state_label(t, &row.state), true)),
            Err(AppError::Conflict(code)) => {
                all_ok = false;
                let name = {
                    let mut r = state.db.read().await?;
                    store::get(r.conn(), id).await.map(|a| a.name).unwrap_or_default()
                };
                results.push((name, t.t(&format!("error-{code}")), false));
            }
            Err(e) => return Err(e),
        }
    }
    let mut res = html(&list_view(&state, ctx, network, results).await?);
    if !all_ok {
        *res.status_mut() = StatusCode::CONFLICT;
    }
    Ok(res)
}

// ---- adding members directly ----

#[derive(Deserialize)]
pub struct AddMemberForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation_id: String,
}

/// Adds a member without the application flow — founding members, or a list moved over from a
/// spreadsheet (pages and API). Seats and the organisation's maximum still count.
pub(crate) async fn add_member(state: &AppState, viewer: &Viewer, slug: &str, f: &AddMemberForm) -> Result<Uuid, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let email = e.email("email", &f.email);
    let name = e.required_line("name", &f.name, 150);
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
    let (Some(email), true) = (email, e.is_empty()) else { return Err(AppError::Invalid(e)) };
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    if let Some(o) = org {
        organisations::get(tx.conn(), o).await.map_err(|_| {
            let mut f = FieldErrors::new();
            f.add("organisation_id", "invalid_choice");
            AppError::Invalid(f)
        })?;
    }
    let user_id = add_member_in(state, &mut tx, &network, &name, &email, org).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// Adds one member inside the caller's transaction (which holds the network's lock): a seat
/// within the limits, the member role, and a welcome e-mail with a sign-in link for a new account.
async fn add_member_in(
    state: &AppState,
    tx: &mut Tx,
    network: &NetworkRow,
    name: &str,
    email: &Email,
    org: Option<Uuid>,
) -> Result<Uuid, AppError> {
    let policy = store::policy(tx.conn(), network.id).await?;
    let (taken, of_org) = store::seats_taken(tx.conn(), network.id, org.unwrap_or_else(Uuid::nil)).await?;
    let of_org = org.and(policy.max_seats_per_org).map(|_| of_org as u32);
    if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
        return Err(AppError::Conflict(refusal.code()));
    }
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let (user_id, is_new) = match accounts_store::find_user_by_email(tx.conn(), email.as_str()).await? {
        Some(u) => (u.id, false),
        None => (
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: email.as_str(),
                    name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: lang.as_str(),
                    organisation_id: org,
                },
            )
            .await?,
            true,
        ),
    };
    if store::has_seat(tx.conn(), network.id, user_id).await? {
        return Err(AppError::Conflict("already_member"));
    }
    store::add_seat(tx.conn(), network.id, user_id, org, current_term(), None, None)
        .await
        .map_err(|_| AppError::Conflict("already_member"))?;
    if networks::role_of(tx.conn(), network.id, user_id).await?.is_none() {
        networks::set_role(tx.conn(), network.id, user_id, "member").await?;
    }
    let link = if is_new {
        let secret = accounts_store::create_token(
            tx.conn(),
            NewToken {
                purpose: Purpose::SignIn,
                email: email.as_str(),
                user_id: Some(user_id),
                network_id: None,
                role: None,
                invited_by: None,
                ttl_secs: 14 * 24 * 3600,
            },
        )
        .await?;
        format!("{}/signin/link/{secret}", state.config.base_url)
    } else {
        format!("{}/networks/{}/home", state.config.base_url, network.slug)
    };
    crate::mails::send(
        tx.conn(),
        email.as_str(),
        lang,
        "mail-member-added",
        &[("name", name), ("network", &network.name), ("link", &link)],
    )
    .await?;
    Ok(user_id)
}

/// A member list pasted from a spreadsheet: one person per line, `name;e-mail;workplace` or
/// separated by tabs (as a copied spreadsheet range is), the workplace optional and matched by
/// name. A first line without an e-mail address is taken as headings.
pub const MAX_IMPORT_ROWS: usize = 500;

/// Imports a member list all-or-nothing (pages and API): every line is checked first, and one
/// transaction adds them all, or none if any is refused. Problems are named by line.
pub(crate) async fn import_members(state: &AppState, viewer: &Viewer, slug: &str, rows: &str, t: Tr) -> Result<usize, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let orgs = {
        let mut r = state.db.read().await?;
        organisations::list(r.conn()).await?
    };
    let mut problems: Vec<String> = Vec::new();
    let mut people: Vec<(String, Email, Option<Uuid>)> = Vec::new();
    let lines: Vec<(usize, &str)> = rows.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    if lines.len() > MAX_IMPORT_ROWS {
        problems.push(t.t("error-too_many_rows"));
    }
    for (n, (line_no, line)) in lines.iter().enumerate() {
        let cells: Vec<&str> = line.split(['\t', ';']).map(str::trim).collect();
        if n == 0 && !line.contains('@') {
            continue; // headings
        }
        let say = |code: &str| t.ta("import-line", &[("line", &line_no.to_string()), ("message", &t.t(&format!("error-{code}")))]);
        let name = cells.first().copied().unwrap_or("");
        let email = cells.get(1).copied().unwrap_or("");
        if name.is_empty() || name.chars().count() > 150 || name.chars().any(char::is_control) {
            problems.push(say("required"));
            continue;
        }
        let Ok(email) = Email::parse(email) else {
            problems.push(say("invalid_email"));
            continue;
        };
        if people.iter().any(|(_, e, _)| *e == email) {
            problems.push(say("duplicate_row"));
            continue;
        }
        let org = match cells.get(2).copied().filter(|o| !o.is_empty()) {
            None => None,
            Some(o) => match orgs.iter().find(|x| x.name.to_lowercase() == o.to_lowercase()) {
                Some(x) => Some(x.id),
                None => {
                    problems.push(say("unknown_organisation"));
                    continue;
                }
            },
        };
        people.push((name.to_string(), email, org));
    }
    if people.is_empty() && problems.is_empty() {
        problems.push(t.t("error-nothing_to_import"));
    }
    if !problems.is_empty() {
        return Err(AppError::ImportRefused(problems));
    }
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    for (name, email, org) in &people {
        if let Err(e) = add_member_in(state, &mut tx, &network, name, email, *org).await {
            // Nothing is written: the transaction is dropped.
            let code = match &e {
                AppError::Conflict(c) => *c,
                _ => return Err(e),
            };
            let msg = t.ta("import-person", &[("name", name), ("message", &t.t(&format!("error-{code}")))]);
            return Err(AppError::ImportRefused(vec![msg]));
        }
    }
    tx.commit().await?;
    Ok(people.len())
}

#[derive(Deserialize)]
struct ImportForm {
    #[serde(default)]
    rows: String,
}

async fn import_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<ImportForm>,
) -> Result<Response, AppError> {
    match import_members(&state, &viewer, &slug, &f.rows, ctx.t).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/people?notice=imported")).into_response()),
        Err(AppError::ImportRefused(problems)) => {
            let errors = FormErrors { items: problems.into_iter().map(|p| ("rows".to_string(), p)).collect() };
            Ok(invalid(&crate::networks::people_page_with(&state, ctx, &slug, errors, f.rows).await?))
        }
        Err(e) => Err(e),
    }
}

async fn add_member_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<AddMemberForm>,
) -> Result<Response, AppError> {
    add_member(&state, &viewer, &slug, &f).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/people?notice=member_added")).into_response())
}

/// A member leaves the network: the seat is given back and the role ends. The last facilitator
/// cannot leave (someone must run the network).
pub(crate) async fn leave_network(state: &AppState, viewer: &Viewer, slug: &str) -> Result<(), AppError> {
    let user = viewer.require()?;
    let network = load(state, slug).await?;
    let mut tx = state.db.begin().await?;
    let role = networks::role_of(tx.conn(), network.id, user.id).await?.ok_or(AppError::NotFound)?;
    if role == "facilitator" && networks::count_facilitators(tx.conn(), network.id).await? <= 1 {
        return Err(AppError::Conflict("last_facilitator"));
    }
    networks::remove_role(tx.conn(), network.id, user.id).await?;
    store::end_seat(tx.conn(), network.id, user.id).await?;
    tx.commit().await?;
    Ok(())
}

async fn leave(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Response, AppError> {
    leave_network(&state, &viewer, &slug).await?;
    Ok(Redirect::to("/?notice=left_network").into_response())
}

// ---- telling visitors when admission opens ----

#[derive(Deserialize)]
struct WatchForm {
    #[serde(default)]
    email: String,
}

async fn watch(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>, Form(f): Form<WatchForm>) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let Ok(email) = Email::parse(&f.email) else {
        let mut e = FieldErrors::new();
        e.add("watch_email", "invalid_email");
        return Err(AppError::Invalid(e));
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
    Ok(html(&crate::accounts::MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("watch-check-email"))))
}

async fn watch_confirm_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = crate::accounts::MessagePage::new(ctx, t.t("watch-confirm-title"), t.t("watch-confirm-body"));
    page.action = format!("/watch/confirm/{token}");
    page.button = t.t("watch-confirm-button");
    html(&page)
}

async fn watch_confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let Some(_) = store::confirm_watcher(tx.conn(), &token).await? else {
        return Ok(crate::accounts::link_invalid(ctx));
    };
    tx.commit().await?;
    let t = ctx.t;
    Ok(html(&crate::accounts::MessagePage::new(ctx, t.t("watch-confirmed-title"), t.t("watch-confirmed-body"))))
}

async fn unsubscribe_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = crate::accounts::MessagePage::new(ctx, t.t("unsubscribe-title"), t.t("unsubscribe-body"));
    page.action = format!("/watch/unsubscribe/{token}");
    page.button = t.t("unsubscribe-button");
    html(&page)
}

async fn unsubscribe(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let removed = store::unsubscribe_watcher(tx.conn(), &token).await?;
    tx.commit().await?;
    if !removed {
        return Ok(crate::accounts::link_invalid(ctx));
    }
    let t = ctx.t;
    Ok(html(&crate::accounts::MessagePage::new(ctx, t.t("unsubscribed-title"), t.t("unsubscribed-body"))))
}

/// Routes for visitors waiting for admission to open.
pub fn watch_routes() -> Router<AppState> {
    Router::new()
        .route("/networks/{slug}/watch", post(watch))
        .route("/watch/confirm/{token}", get(watch_confirm_page).post(watch_confirm))
        .route("/watch/unsubscribe/{token}", get(unsubscribe_page).post(unsubscribe))
}

// ---- what happens with time ----

/// How long before the deadline the manager is reminded.
pub const REMINDER_BEFORE_SECS: i64 = 2 * 24 * 3600;

/// What [`tick`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TickReport {
    pub reminded: usize,
    pub expired: usize,
    pub watchers_told: usize,
    /// Seats carried into the new term for members who said they continue.
    pub renewed: usize,
    /// Members who said they leave at the end of the term, and did.
    pub left: usize,
}

/// Runs the admission's timed work, idempotently: reminds managers whose link expires within two
/// days (once, with a fresh link), ends applications whose manager did not answer in time, and
/// tells confirmed visitors that a network has opened. `spira serve` calls it every minute.
pub async fn tick(state: &AppState) -> Result<TickReport, AppError> {
    let mut report = TickReport::default();
    let base = state.config.base_url.clone();
    let due = {
        let mut r = state.db.read().await?;
        store::due_manager_reminders(r.conn(), Timestamp::now().plus_secs(REMINDER_BEFORE_SECS)).await?
    };
    for app in due {
        let mut tx = state.db.begin().await?;
        let network = networks::get(tx.conn(), app.network_id).await?;
        let secret = new_secret();
        store::remind_manager(tx.conn(), app.id, &secret).await?;
        let lang = Lang::parse(&network.language).unwrap_or_default();
        let deadline = app.manager_token_expires_at.map(|e| format_date(e.to_utc().date_naive(), lang)).unwrap_or_default();
        crate::mails::send(
            tx.conn(),
            &app.manager_email,
            lang,
            "mail-manager-reminder",
            &[
                ("manager", &app.manager_name),
                ("applicant", &app.name),
                ("network", &network.name),
                ("link", &format!("{base}/endorse/{secret}")),
                ("deadline", &deadline),
            ],
        )
        .await?;
        tx.commit().await?;
        report.reminded += 1;
    }
    let expired = {
        let mut r = state.db.read().await?;
        store::expired_manager_links(r.conn()).await?
    };
    for app in expired {
        let mut tx = state.db.begin().await?;
        if store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingManager], ApplicationState::ManagerExpired, "", None).await? {
            let lang = Lang::parse(&app.lang).unwrap_or_default();
            crate::mails::send(tx.conn(), &app.email, lang, "mail-manager-expired", &[("name", &app.name), ("network", &app.network_name)])
                .await?;
            report.expired += 1;
        }
        tx.commit().await?;
    }
    // A new term: members who said they continue get a seat for it; those who said they leave
    // leave. Those who did not answer keep their seat until the facilitator acts.
    let term = current_term();
    let past = {
        let mut r = state.db.read().await?;
        store::seats_of_past_terms(r.conn(), term).await?
    };
    for seat in past {
        let mut tx = state.db.begin().await?;
        match seat.renewal.as_deref() {
            Some("continue") => {
                store::end_seat_by_id(tx.conn(), seat.id).await?;
                store::add_seat(
                    tx.conn(),
                    seat.network_id,
                    seat.user_id,
                    seat.organisation_id,
                    term,
                    None,
                    seat.buyer_reference.as_deref(),
                )
                .await?;
                report.renewed += 1;
            }
            Some("leave") => {
                store::end_seat_by_id(tx.conn(), seat.id).await?;
                if networks::role_of(tx.conn(), seat.network_id, seat.user_id).await?.as_deref() == Some("member") {
                    networks::remove_role(tx.conn(), seat.network_id, seat.user_id).await?;
                }
                report.left += 1;
            }
            _ => {}
        }
        tx.commit().await?;
    }
    let watched = {
        let mut r = state.db.read().await?;
        store::watched_networks(r.conn()).await?
    };
    for network_id in watched {
        let mut tx = state.db.begin().await?;
        let policy = store::policy(tx.conn(), network_id).await?;
        if policy.intake_open(this_month()) {
            let network = networks::get(tx.conn(), network_id).await?;
            for w in store::watchers_to_notify(tx.conn(), network_id).await? {
                let unsubscribe = new_secret();
                store::mark_watcher_notified(tx.conn(), w.id, &unsubscribe).await?;
                let lang = Lang::parse(&w.lang).unwrap_or_default();
                crate::mails::send(
                    tx.conn(),
                    &w.email,
                    lang,
                    "mail-admission-open",
                    &[
                        ("network", &network.name),
                        ("link", &format!("{base}/networks/{}/apply", network.slug)),
                        ("unsubscribe", &format!("{base}/watch/unsubscribe/{unsubscribe}")),
                    ],
                )
                .await?;
                report.watchers_told += 1;
            }
        } else {
            store::reset_watchers(tx.conn(), network_id).await?;
        }
        tx.commit().await?;
    }
    Ok(report)
}

// ---- renewal for the next term ----

/// A member says whether they continue next term (`continue`) or leave at its end (`leave`).
pub(crate) async fn set_renewal(state: &AppState, viewer: &Viewer, slug: &str, choice: &str) -> Result<(), AppError> {
    let user = viewer.require()?;
    if !matches!(choice, "continue" | "leave") {
        let mut e = FieldErrors::new();
        e.add("renewal", "invalid_choice");
        return Err(AppError::Invalid(e));
    }
    let network = load(state, slug).await?;
    let mut tx = state.db.begin().await?;
    if !store::set_renewal(tx.conn(), network.id, user.id, choice).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

#[derive(Deserialize)]
struct RenewalForm {
    #[serde(default)]
    renewal: String,
}

async fn renewal_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<RenewalForm>,
) -> Result<Response, AppError> {
    set_renewal(&state, &viewer, &slug, &f.renewal).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/home?notice=saved")).into_response())
}
