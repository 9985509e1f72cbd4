use axum::http::StatusCode;

use crate::on_both;
use crate::support::TestApp;

on_both!(an_smtp_outage_loses_no_email, the_operator_page_lists_the_outbox, two_workers_send_each_message_exactly_once);

async fn two_workers_send_each_message_exactly_once(app: TestApp) {
    {
        let mut tx = app.db.begin().await.expect("tx");
        for i in 0..20 {
            spira_store::outbox::enqueue(tx.conn(), &format!("n{i}@kommune.example"), "Emne", "Tekst", app.now()).await.expect("enqueue");
        }
        tx.commit().await.expect("commit");
    }
    let (a, b) = tokio::join!(app.deliver_mail(), app.deliver_mail());
    assert_eq!(a.0 + b.0, 20, "{a:?} {b:?}");
    let mut to = app.smtp.recipients();
    to.sort();
    to.dedup();
    assert_eq!(to.len(), 20);
    assert_eq!(app.smtp.all().len(), 20, "no message sent twice");
}

async fn an_smtp_outage_loses_no_email(app: TestApp) {
    app.create_user("outage@region.example", "Outage", false).await;
    app.smtp.set_accepting(false);
    let r = app.browser().post_form("/signin/link", &[("email", "outage@region.example")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let (sent, failed) = app.deliver_mail().await;
    assert_eq!((sent, failed), (0, 1));
    {
        let mut r = app.db.read().await.expect("read");
        let rows = spira_store::outbox::list_recent(r.conn(), 10).await.expect("list");
        assert_eq!(rows.len(), 1);
        assert!(rows[0].sent_at.is_none());
        assert!(rows[0].last_error.is_some());
        assert_eq!(rows[0].attempts, 1);
        // Not due again until the back-off has passed.
    }
    assert_eq!(app.deliver_mail().await, (0, 0), "backing off");
    app.smtp.set_accepting(true);
    {
        let mut tx = app.db.begin().await.expect("tx");
        spira_store::outbox::retry_all_now(tx.conn(), app.now()).await.expect("retry");
        tx.commit().await.expect("commit");
    }
    assert_eq!(app.deliver_mail().await, (1, 0));
    assert!(app.smtp.last_to("outage@region.example").is_some());
    assert_eq!(app.deliver_mail().await, (0, 0), "sent exactly once");
}

async fn the_operator_page_lists_the_outbox(app: TestApp) {
    app.create_user("waiting@region.example", "Waiting", false).await;
    app.browser().post_form("/password/forgot", &[("email", "waiting@region.example")]).await;
    app.create_user("op@spira.example", "Operator", true).await;
    let op = app.browser();
    op.post_form("/signin", &[("email", "op@spira.example"), ("password", crate::support::PASSWORD)]).await;
    let page = op.get("/admin/outbox").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("waiting@region.example"));
    let (member, _) = app.signed_in("notop@region.example", "Not operator").await;
    assert_eq!(member.get("/admin/outbox").await.status, StatusCode::FORBIDDEN);
    let r = op.post_form("/admin/outbox/retry", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}
