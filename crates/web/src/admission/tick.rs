//! The timed work: manager reminders and deadlines, telling visitors, and carrying seats into a new term.

use super::*;

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
