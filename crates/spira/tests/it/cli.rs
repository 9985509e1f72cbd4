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
