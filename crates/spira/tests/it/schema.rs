//! What the database itself guards: states, roles, answers, countries, kinds and zones take only
//! the values of their enums, on both backends (CHECK constraints on PostgreSQL, triggers on
//! SQLite).

use spira_store::on;

use crate::on_both;
use crate::support::TestApp;

on_both!(a_value_outside_its_enum_is_refused_by_the_database);

async fn update(app: &TestApp, sql: &'static str, id: spira_store::Uuid) -> Result<u64, String> {
    let mut tx = app.db.begin().await.expect("tx");
    let r = on!(tx.conn(), c => sqlx::query(sql).bind(id).execute(&mut *c).await.map(|r| r.rows_affected()));
    match r {
        Ok(n) => {
            tx.commit().await.expect("commit");
            Ok(n)
        }
        Err(e) => Err(e.to_string()),
    }
}

async fn a_value_outside_its_enum_is_refused_by_the_database(app: TestApp) {
    let user = app.create_user("tovholder@region.example", "Tove Holder", false).await;
    let network = app.create_network("vaerdi", user).await;
    let refused = [
        "UPDATE network_roles SET role = 'owner' WHERE user_id = $1",
        "UPDATE networks SET country = 'XX' WHERE created_by = $1",
        "UPDATE networks SET time_zone = 'Mars/Olympus' WHERE created_by = $1",
    ];
    for sql in refused {
        let err = update(&app, sql, user).await.expect_err(sql);
        assert!(err.to_lowercase().contains("check"), "{sql}: {err}");
    }
    // Values of the enums pass.
    assert_eq!(update(&app, "UPDATE network_roles SET role = 'observer' WHERE user_id = $1", user).await, Ok(1));
    assert_eq!(update(&app, "UPDATE networks SET country = 'SE', time_zone = 'Europe/Stockholm' WHERE id = $1", network).await, Ok(1));
}
