//! Admission's pages: the network's policy, applying (with e-mail confirmation for new people),
//! the nearest manager's endorsement by a single-use link, the facilitator's decisions,
//! withdrawal, renewal and leaving (adding members directly is on the people page, in `networks`). The use cases are
//! `spira_app::admission`.

pub mod api;
mod application;
mod apply;
mod decisions;
mod manager;
mod policy;
mod renewal;
mod watch;

use axum::Router;
use axum::routing::{get, post};
use spira_domain::admission::ApplicationState;

pub use watch::watch_routes;

use crate::AppState;
use crate::i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/networks/{slug}/admission", get(policy::policy_page).post(policy::save_policy))
        .route("/networks/{slug}/apply", get(apply::apply_page).post(apply::apply))
        .route("/networks/{slug}/applications", get(decisions::list_page))
        .route("/networks/{slug}/applications/decide", post(decisions::decide_many))
        .route("/networks/{slug}/leave", post(renewal::leave))
        .route("/networks/{slug}/renewal", post(renewal::renewal_form))
        .route("/applications/confirm/{token}", get(apply::confirm_page).post(apply::confirm))
        .route("/applications/{id}", get(application::application_page))
        .route("/applications/{id}/withdraw", post(application::withdraw))
        .route("/applications/{id}/manager", post(application::resend_manager))
        .route("/endorse/{token}", get(manager::endorse_page).post(manager::endorse))
}

fn state_label(t: Tr, s: &ApplicationState) -> String {
    t.t(&format!("application-state-{}", s.as_str()))
}
