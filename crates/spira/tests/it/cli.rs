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
    let _ = std::fs::remove_dir_all(dir);
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
    let _ = std::fs::remove_dir_all(dir);
}
