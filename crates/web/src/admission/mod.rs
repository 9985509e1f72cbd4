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

use spira_domain::admission::ApplicationState;

pub use watch::watch_routes;

use crate::i18n::Tr;
use crate::routes::Pages;

pub fn routes() -> Pages {
    Pages::new()
        .get("/networks/{slug}/admission", policy::policy_page)
        .post("/networks/{slug}/admission", policy::save_policy)
        .get("/networks/{slug}/apply", apply::apply_page)
        .post("/networks/{slug}/apply", apply::apply)
        .get("/networks/{slug}/applications", decisions::list_page)
        .post("/networks/{slug}/applications/decide", decisions::decide_many)
        .post("/networks/{slug}/leave", renewal::leave)
        .post("/networks/{slug}/renewal", renewal::renewal_form)
        .get("/applications/confirm/{token}", apply::confirm_page)
        .post("/applications/confirm/{token}", apply::confirm)
        .get("/applications/{id}", application::application_page)
        .post("/applications/{id}/withdraw", application::withdraw)
        .post("/applications/{id}/manager", application::resend_manager)
        .get("/endorse/{token}", manager::endorse_page)
        .post("/endorse/{token}", manager::endorse)
}

fn state_label(t: Tr, s: &ApplicationState) -> String {
    t.t(&format!("application-state-{}", s.as_str()))
}
