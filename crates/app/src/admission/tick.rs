//! The timed work: manager reminders and deadlines, telling visitors that a network opened, and
//! carrying seats into a new term. Each network's term and month are its own zone's.

use chrono::Datelike;
use spira_domain::Lang;
use spira_domain::accounts::NetworkRole;
use spira_domain::admission::ApplicationState;
use spira_domain::dates::format_date;
use spira_domain::terms::RenewalAnswer;
use spira_store::Timestamp;
use spira_store::admission as store;
use spira_store::admission::NewSeat;
use spira_store::secret::new_secret;

use super::Result;
use crate::App;
use crate::networks;

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
/// days (once, with a fresh link), ends applications whose manager did not answer in time,
/// carries seats into a network's new term, and tells confirmed visitors that a network has
/// opened. `spira serve` calls it every minute.
pub async fn tick(app: &App) -> Result<TickReport> {
    let mut report = TickReport::default();
    let now = Timestamp::from(app.now());
    let due = {
        let mut r = app.db.read().await?;
        store::due_manager_reminders(r.conn(), now.plus_secs(REMINDER_BEFORE_SECS), now).await?
    };
    for row in due {
        let mut tx = app.db.begin().await?;
        let network = spira_store::networks::get(tx.conn(), row.network_id).await?;
        let secret = new_secret();
        store::remind_manager(tx.conn(), row.id, &secret, now).await?;
        let lang = Lang::parse(&network.language).unwrap_or_default();
        let zone = network.time_zone;
        let deadline =
            row.manager_token_expires_at.map(|e| format_date(e.to_utc().with_timezone(&zone).date_naive(), lang)).unwrap_or_default();
        crate::mails::send(
            tx.conn(),
            &row.manager_email,
            lang,
            "mail-manager-reminder",
            &[
                ("manager", &row.manager_name),
                ("applicant", &row.name),
                ("network", &network.name),
                ("link", &app.link(&format!("/endorse/{secret}"))),
                ("deadline", &deadline),
            ],
            now,
        )
        .await?;
        tx.commit().await?;
        report.reminded += 1;
    }
    let expired = {
        let mut r = app.db.read().await?;
        store::expired_manager_links(r.conn(), now).await?
    };
    for row in expired {
        let mut tx = app.db.begin().await?;
        if store::transition(tx.conn(), row.id, &[ApplicationState::AwaitingManager], ApplicationState::ManagerExpired, "", None, now)
            .await?
        {
            let lang = Lang::parse(&row.lang).unwrap_or_default();
            crate::mails::send(
                tx.conn(),
                &row.email,
                lang,
                "mail-manager-expired",
                &[("name", &row.name), ("network", &row.network_name)],
                now,
            )
            .await?;
            report.expired += 1;
        }
        tx.commit().await?;
    }
    // A new term: members who said they continue get a seat for it; those who said they leave
    // leave. Those who did not answer keep their seat until the facilitator acts. Every zone's
    // year is at most the UTC year + 1, so that bounds the networks to look at.
    let candidates = {
        let mut r = app.db.read().await?;
        store::networks_with_seats_before(r.conn(), app.now().year() + 1).await?
    };
    for network_id in candidates {
        let (term, past) = {
            let mut r = app.db.read().await?;
            let network = spira_store::networks::get(r.conn(), network_id).await?;
            let term = networks::term(app, &network).year();
            (term, store::seats_of_past_terms_in(r.conn(), network_id, term).await?)
        };
        for seat in past {
            let mut tx = app.db.begin().await?;
            match seat.renewal()? {
                Some(RenewalAnswer::Continue) => {
                    store::end_seat_by_id(tx.conn(), seat.id, now).await?;
                    let next = NewSeat {
                        network: seat.network_id,
                        user: seat.user_id,
                        organisation: seat.organisation_id,
                        term,
                        application: None,
                        buyer_reference: seat.buyer_reference.as_deref(),
                    };
                    store::add_seat(tx.conn(), next, now).await?;
                    report.renewed += 1;
                }
                Some(RenewalAnswer::Leave) => {
                    store::end_seat_by_id(tx.conn(), seat.id, now).await?;
                    if spira_store::networks::role_of(tx.conn(), seat.network_id, seat.user_id).await? == Some(NetworkRole::Member) {
                        spira_store::networks::remove_role(tx.conn(), seat.network_id, seat.user_id).await?;
                    }
                    report.left += 1;
                }
                _ => {}
            }
            tx.commit().await?;
        }
    }
    let watched = {
        let mut r = app.db.read().await?;
        store::watched_networks(r.conn()).await?
    };
    for network_id in watched {
        let mut tx = app.db.begin().await?;
        let policy = store::policy(tx.conn(), network_id).await?;
        let network = spira_store::networks::get(tx.conn(), network_id).await?;
        if policy.intake_open(networks::month(app, &network)) {
            for w in store::watchers_to_notify(tx.conn(), network_id).await? {
                let unsubscribe = new_secret();
                store::mark_watcher_notified(tx.conn(), w.id, &unsubscribe, now).await?;
                let lang = Lang::parse(&w.lang).unwrap_or_default();
                crate::mails::send(
                    tx.conn(),
                    &w.email,
                    lang,
                    "mail-admission-open",
                    &[
                        ("network", &network.name),
                        ("link", &app.link(&format!("/networks/{}/apply", network.slug))),
                        ("unsubscribe", &app.link(&format!("/watch/unsubscribe/{unsubscribe}"))),
                    ],
                    now,
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
