//! The `spira` binary as an operator runs it.

use std::process::Command;

fn spira(data: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_spira"))
        .args(args)
        .arg("--data")
        .arg(data)
        .env_remove("DATABASE_URL")
        .env("SPIRA_LOG", "warn")
        .output()
        .expect("run spira");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn demo_prints_one_login_per_line_and_loading_twice_changes_nothing() {
    let dir = std::env::temp_dir().join(format!("spira-cli-{}", uuid::Uuid::now_v7().simple()));
    let (ok, first, err) = spira(&dir, &["demo"]);
    assert!(ok, "{err}");
    let lines: Vec<&str> = first.lines().collect();
    assert!(lines.len() >= 5);
    for l in &lines {
        let parts: Vec<&str> = l.split(' ').collect();
        assert_eq!(parts.len(), 3, "`email password role`: {l}");
        assert!(parts[0].contains('@'));
    }
    assert!(lines.iter().any(|l| l.ends_with(" facilitator")));
    assert!(lines.iter().any(|l| l.ends_with(" platform-admin")));
    let (ok, second, err) = spira(&dir, &["demo"]);
    assert!(ok, "{err}");
    assert_eq!(first, second);

    let (ok, token, err) = spira(&dir, &["token", "create", "--email", "tovholder@region-fjordland.example"]);
    assert!(ok, "{err}");
    assert!(token.trim().starts_with("spira_"));
    let (ok, _, err) = spira(&dir, &["token", "create", "--email", "nobody@nowhere.example"]);
    assert!(!ok);
    assert!(err.contains("no account"), "{err}");
    let (ok, link, err) = spira(&dir, &["user", "create", "--email", "ny.admin@spira.example", "--name", "Ny Admin", "--admin"]);
    assert!(ok, "{err}");
    assert!(link.trim().contains("/signin/link/"), "{link}");
    let (ok, _, err) = spira(&dir, &["user", "create", "--email", "not-an-address", "--name", "X"]);
    assert!(!ok && err.contains("invalid e-mail"), "{err}");
    let (ok, out, err) = spira(&dir, &["migrate"]);
    assert!(ok, "{err}");
    assert!(out.contains("sqlite"));
    std::fs::remove_dir_all(dir).expect("remove the temporary folder");
}

/// Issue 16, section 4: the demo's facilitators published their networks' agreements, so each
/// has accepted the current version and opens the member directory (the spreading network's
/// facilitator did not).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_demo_facilitator_has_accepted_the_agreement_of_their_network() {
    let dir = std::env::temp_dir().join(format!("spira-cli-{}", uuid::Uuid::now_v7().simple()));
    let d = dir.clone();
    let (ok, _, err) = tokio::task::spawn_blocking(move || spira(&d, &["demo"])).await.expect("join");
    assert!(ok, "{err}");
    let db = spira_store::Db::open_sqlite_in(&dir).await.expect("open the demo database");
    let mut r = db.read().await.expect("read");
    let mut checked = 0;
    for n in spira_store::networks::list(r.conn()).await.expect("networks") {
        if !n.is_confidential || spira_store::agreements::current(r.conn(), n.id).await.expect("current").is_none() {
            continue;
        }
        for p in spira_store::networks::list_people(r.conn(), n.id).await.expect("people") {
            if p.role != spira_domain::accounts::NetworkRole::Facilitator {
                continue;
            }
            let f = spira_store::access::facts(r.conn(), p.user_id, Some(n.id)).await.expect("facts");
            assert!(spira_domain::agreements::has_accepted_current(f.floor, f.accepted), "{} in {}", p.email, n.slug);
            checked += 1;
        }
    }
    assert!(checked >= 3, "the demo has three confidential rooms with an agreement");
    drop(r);
    db.close().await;
    std::fs::remove_dir_all(dir).expect("remove the temporary folder");
}

/// The tables the demo writes to.
const DEMO_TABLES: [&str; 19] = [
    "users",
    "organisations",
    "networks",
    "network_roles",
    "seats",
    "applications",
    "application_events",
    "agreements",
    "agreement_acceptances",
    "member_profiles",
    "admission_policies",
    "price_schedules",
    "invoice_issuers",
    "invoices",
    "invoice_seats",
    "outbox",
    "one_time_tokens",
    "sessions",
    "jobs",
];

async fn row_counts(dir: &std::path::Path) -> Vec<(&'static str, i64)> {
    let db = spira_store::Db::open_sqlite_in(dir).await.expect("open the demo database");
    let spira_store::Db::Sqlite { read, .. } = &db else { panic!("the CLI tests run on SQLite") };
    let mut counts = Vec::new();
    for t in DEMO_TABLES {
        // The table names are the constants above, never input.
        let sql = format!("SELECT COUNT(*) FROM {t}");
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(read).await.expect(t);
        counts.push((t, n));
    }
    db.close().await;
    counts
}

async fn spira_async(dir: &std::path::Path, args: &'static [&'static str]) -> (bool, String, String) {
    let d = dir.to_path_buf();
    tokio::task::spawn_blocking(move || spira(&d, args)).await.expect("join")
}

/// Issue 16: the demo is many transactions now, and a second run still writes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loading_the_demo_twice_leaves_every_table_as_the_first_run_left_it() {
    let dir = std::env::temp_dir().join(format!("spira-cli-{}", uuid::Uuid::now_v7().simple()));
    let (ok, _, err) = spira_async(&dir, &["demo"]).await;
    assert!(ok, "{err}");
    let first = row_counts(&dir).await;
    assert!(first.iter().all(|(t, n)| *n > 0 || ["sessions", "jobs"].contains(t)), "{first:?}");
    let (ok, _, err) = spira_async(&dir, &["demo"]).await;
    assert!(ok, "{err}");
    assert_eq!(row_counts(&dir).await, first);
    std::fs::remove_dir_all(dir).expect("remove the temporary folder");
}

/// Issue 16: the e-mails in the demo's outbox are the use cases' own, in the network's language:
/// the manager's request for the waiting application (Danish) and the founding-member
/// invitation (Swedish), each with its link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_outbox_holds_the_manager_request_and_the_invitation_the_use_cases_wrote() {
    let dir = std::env::temp_dir().join(format!("spira-cli-{}", uuid::Uuid::now_v7().simple()));
    let (ok, _, err) = spira_async(&dir, &["demo"]).await;
    assert!(ok, "{err}");
    let db = spira_store::Db::open_sqlite_in(&dir).await.expect("open the demo database");
    let mut r = db.read().await.expect("read");
    let outbox = spira_store::outbox::list_recent(r.conn(), 500).await.expect("outbox");
    let to = |address: &str| outbox.iter().filter(|m| m.to_address == address).collect::<Vec<_>>();
    let manager = to("peter.skov@baeklund.example");
    assert_eq!(manager.len(), 1, "{outbox:#?}");
    assert_eq!(manager[0].subject, "Henriette Dam beder om din godkendelse: Spredningsnetværket for velfærdsinnovation");
    assert!(manager[0].body_text.contains("/endorse/"), "{}", manager[0].body_text);
    let invitation = to("grundare@norrsund-kommun.example");
    assert_eq!(invitation.len(), 1, "{outbox:#?}");
    assert_eq!(invitation[0].subject, "Inbjudan till Nätverket för innovationsrådgivning i Region Norrsund");
    assert!(invitation[0].body_text.contains("/invitations/"), "{}", invitation[0].body_text);
    // The browser tests endorse the first manager link the outbox page shows (newest first).
    let first_endorse = outbox.iter().find(|m| m.body_text.contains("/endorse/")).expect("a manager link");
    assert_eq!(first_endorse.to_address, "peter.skov@baeklund.example");
    drop(r);
    db.close().await;
    std::fs::remove_dir_all(dir).expect("remove the temporary folder");
}

/// A run that died half-way leaves its first accounts without the platform admin (made last):
/// the next run says so instead of failing on a taken address or loading a second copy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_loaded_demo_is_reported_not_loaded_again() {
    let dir = std::env::temp_dir().join(format!("spira-cli-{}", uuid::Uuid::now_v7().simple()));
    let (ok, _, err) =
        spira_async(&dir, &["user", "create", "--email", "tovholder@region-fjordland.example", "--name", "Anne-Mette Kjær"]).await;
    assert!(ok, "{err}");
    let (ok, out, err) = spira_async(&dir, &["demo"]).await;
    assert!(!ok, "{out}");
    assert!(err.contains("demo data is incomplete"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    std::fs::remove_dir_all(dir).expect("remove the temporary folder");
}
