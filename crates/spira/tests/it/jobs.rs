//! The job queue and whole messages: jobs enqueued with a dedupe key exist once, two servers
//! never run the same job twice, and a message with a calendar part and extra headers reaches the
//! SMTP server as it was queued.

use std::sync::Arc;

use chrono::TimeZone;
use spira_app::jobs::{self, JobKind};
use spira_app::{App, FixedClock, Timestamp};

use crate::on_both;
use crate::support::TestApp;

on_both!(
    periodic_jobs_are_scheduled_once_per_minute_whoever_schedules_them,
    two_servers_never_run_the_same_job_twice,
    a_failed_job_is_retried_after_its_back_off,
    a_message_reaches_smtp_with_its_calendar_part_and_headers,
    at_half_past_midnight_on_new_years_day_in_copenhagen_seats_go_into_the_new_term
);

fn app_at(t: &TestApp, clock: Arc<FixedClock>) -> App {
    App::new(t.db.clone(), t.base_url.clone()).with_clock(clock)
}

async fn periodic_jobs_are_scheduled_once_per_minute_whoever_schedules_them(t: TestApp) {
    let clock = Arc::new(FixedClock::at(chrono::Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 10).single().expect("time")));
    let a = app_at(&t, clock.clone());
    let b = app_at(&t, clock.clone());
    // Two servers schedule in the same minute: one tick and one pruning between them.
    let (na, nb) = tokio::join!(jobs::schedule(&a), jobs::schedule(&b));
    assert_eq!(na.expect("schedule") + nb.expect("schedule"), 2);
    assert_eq!(jobs::schedule(&a).await.expect("again"), 0, "the same minute schedules nothing new");
    clock.advance(chrono::Duration::seconds(60));
    assert_eq!(jobs::schedule(&a).await.expect("next minute"), 1, "a new minute brings a new tick, not a new pruning");
    let mut r = t.db.read().await.expect("read");
    let ticks = spira_store::jobs::list_of_kind(r.conn(), JobKind::AdmissionTick.as_str()).await.expect("list");
    assert_eq!(ticks.len(), 2);
    assert_eq!(ticks[0].dedupe_key.as_deref(), Some("2027-01-01T09:01"));
}

async fn two_servers_never_run_the_same_job_twice(t: TestApp) {
    let clock = Arc::new(FixedClock::at(chrono::Utc.with_ymd_and_hms(2027, 3, 2, 12, 0, 0).single().expect("time")));
    let a = app_at(&t, clock.clone());
    {
        let mut tx = t.db.begin().await.expect("tx");
        for i in 0..30 {
            let key = format!("k{i}");
            let due = Timestamp::from(a.now());
            assert!(jobs::enqueue_in(tx.conn(), &a, JobKind::PruneJobs, "{}", Some(&key), due).await.expect("enqueue"));
        }
        // The same key again is not a second job.
        assert!(!jobs::enqueue_in(tx.conn(), &a, JobKind::PruneJobs, "{}", Some("k0"), Timestamp::from(a.now())).await.expect("dup"));
        tx.commit().await.expect("commit");
    }
    // A second server: its worker claims on its own connections, at the same time.
    let b = App::new(t.db.clone(), t.base_url.clone()).with_clock(clock.clone());
    let (ra, rb) = tokio::join!(jobs::run_due(&a), jobs::run_due(&b));
    let (ra, rb) = (ra.expect("a"), rb.expect("b"));
    assert_eq!(ra.done + rb.done, 30, "{ra:?} {rb:?}");
    assert_eq!(ra.failed + rb.failed, 0);
    let mut r = t.db.read().await.expect("read");
    let all = spira_store::jobs::list_of_kind(r.conn(), JobKind::PruneJobs.as_str()).await.expect("list");
    assert_eq!(all.len(), 30);
    assert!(all.iter().all(|j| j.attempts == 1 && j.done_at.is_some()), "each job claimed once and done: {all:?}");
    drop(r);
    assert_eq!(jobs::run_due(&a).await.expect("again").done, 0, "nothing is left to run");
}

async fn a_failed_job_is_retried_after_its_back_off(t: TestApp) {
    let clock = Arc::new(FixedClock::at(chrono::Utc.with_ymd_and_hms(2027, 3, 2, 12, 0, 0).single().expect("time")));
    let a = app_at(&t, clock.clone());
    {
        let mut tx = t.db.begin().await.expect("tx");
        let job = spira_store::jobs::NewJob { kind: "no_such_kind", payload: "{}", dedupe_key: None, due_at: Timestamp::from(a.now()) };
        spira_store::jobs::enqueue(tx.conn(), &job, Timestamp::from(a.now())).await.expect("enqueue");
        tx.commit().await.expect("commit");
    }
    let r = jobs::run_due(&a).await.expect("run");
    assert_eq!((r.done, r.failed), (0, 1));
    assert_eq!(jobs::run_due(&a).await.expect("run").failed, 0, "not due again before the back-off");
    clock.advance(chrono::Duration::seconds(31));
    assert_eq!(jobs::run_due(&a).await.expect("run").failed, 1, "due again after 30 s");
    let mut r = t.db.read().await.expect("read");
    let rows = spira_store::jobs::list_of_kind(r.conn(), "no_such_kind").await.expect("list");
    assert_eq!(rows[0].attempts, 2);
    assert!(rows[0].last_error.as_deref().is_some_and(|e| e.contains("jobs.kind")), "{:?}", rows[0].last_error);
    assert!(rows[0].done_at.is_none());
}

async fn a_message_reaches_smtp_with_its_calendar_part_and_headers(t: TestApp) {
    let mut m = spira_app::mails::compose("vaert@kommune.example", spira_domain::Lang::Da, "mail-footer", &[]);
    m.parts.push(spira_app::mails::Part {
        content_type: "text/calendar; method=REQUEST; charset=utf-8".into(),
        body: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into(),
    });
    m.headers.extend(spira_app::mails::unsubscribe_headers("http://spira.test/unsubscribe/abc"));
    {
        let mut tx = t.db.begin().await.expect("tx");
        spira_app::mails::queue(tx.conn(), &m, t.now()).await.expect("queue");
        tx.commit().await.expect("commit");
    }
    let mail = t.mail_to("vaert@kommune.example").await;
    assert!(mail.raw.contains("multipart/alternative"), "{}", mail.raw);
    assert!(mail.raw.contains("text/calendar; method=REQUEST"), "{}", mail.raw);
    assert!(mail.raw.contains("METHOD:REQUEST"), "{}", mail.raw);
    assert!(mail.raw.contains("List-Unsubscribe: <http://spira.test/unsubscribe/abc>"), "{}", mail.raw);
    assert!(mail.raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "{}", mail.raw);
}

/// 23:30 UTC on 31 December is 00:30 on 1 January in Copenhagen: the new term has begun there,
/// though the UTC year has not turned (the old `current_term()` used the UTC year).
async fn at_half_past_midnight_on_new_years_day_in_copenhagen_seats_go_into_the_new_term(t: TestApp) {
    let facilitator = t.create_user("tovholder@nytaar.example", "Tove Holder", false).await;
    let net = t.create_network("nytaar", facilitator).await;
    let member = t.create_user("medlem@nytaar.example", "Mads Medlem", false).await;
    t.set_role(net, member, "member").await;
    {
        let mut tx = t.db.begin().await.expect("tx");
        spira_store::admission::add_seat(
            tx.conn(),
            spira_store::admission::NewSeat {
                network: spira_store::ids::NetworkId(net),
                user: spira_store::ids::UserId(member),
                organisation: None,
                term: 2026,
                application: None,
                buyer_reference: None,
            },
            t.now(),
        )
        .await
        .expect("seat");
        spira_store::admission::set_renewal(
            tx.conn(),
            spira_store::ids::NetworkId(net),
            spira_store::ids::UserId(member),
            spira_domain::terms::RenewalAnswer::Continue,
        )
        .await
        .expect("renewal");
        tx.commit().await.expect("commit");
    }
    let clock = Arc::new(FixedClock::at(chrono::Utc.with_ymd_and_hms(2026, 12, 31, 22, 59, 0).single().expect("time")));
    let app = app_at(&t, clock.clone());
    let before = spira_app::admission::tick(&app).await.expect("tick");
    assert_eq!(before.renewed, 0, "23:59 in Copenhagen is still the old term");
    clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).single().expect("time"));
    let after = spira_app::admission::tick(&app).await.expect("tick");
    assert_eq!(after.renewed, 1, "00:30 on 1 January in Copenhagen is the new term");
    let mut r = t.db.read().await.expect("read");
    let seat = spira_store::admission::seat_of(r.conn(), spira_store::ids::NetworkId(net), spira_store::ids::UserId(member))
        .await
        .expect("read")
        .expect("a seat");
    assert_eq!(seat.term, 2027);
}
