//! Admission: the network's policy, applying (with e-mail confirmation for new people), the
//! nearest manager's endorsement by a single-use link, the facilitator's decisions with seats
//! checked inside the admitting transaction, withdrawal, and adding members directly.

pub mod api;
mod application;
mod apply;
mod decisions;
mod direct;
mod manager;
mod policy;
mod renewal;
mod tick;
mod watch;

pub(crate) use application::*;
pub use apply::*;
pub(crate) use decisions::*;
pub use direct::*;
pub(crate) use manager::*;
pub(crate) use policy::*;
pub(crate) use renewal::*;
pub use tick::*;
pub use watch::*;

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
