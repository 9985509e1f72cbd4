//! Issue 16, section 2: no migration loses a row. A migration that rebuilds a SQLite table runs
//! inside sqlx's transaction, where `PRAGMA foreign_keys = OFF` does nothing, so dropping the old
//! table deletes the rows that reference it through ON DELETE CASCADE (and empties the columns
//! that reference it through ON DELETE SET NULL); migration 0010 uses triggers for that reason.
//!
//! The demo writes the latest schema, so it cannot be loaded at an old version. Instead it is
//! loaded once at the latest schema (database A), and for every version K but the last a second
//! database B is migrated only up to K, given A's rows in every table B has (the columns both
//! have), counted, migrated the rest of the way, and counted again: every table keeps its rows and
//! every column keeps its non-NULL values. A new migration is covered without touching this test.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use spira_store::Db;
use sqlx::Row;

use crate::support::TestDb;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite() {
    let demo = TestDb::sqlite().await;
    every_migration_keeps_every_row_of_the_demo(demo, TestDb::sqlite, spira_store::migration_lists().0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres() {
    let Some(demo) = TestDb::postgres_empty().await else { return };
    let fresh = || async { TestDb::postgres_empty().await.expect("a PostgreSQL server, as for the first database") };
    every_migration_keeps_every_row_of_the_demo(demo, fresh, spira_store::migration_lists().1).await;
}

/// The tables the demo fills that any upgrade must keep: the test cannot pass on empty data.
const DEMO_MAIN_TABLES: [&str; 12] = [
    "users",
    "organisations",
    "networks",
    "network_roles",
    "agreements",
    "agreement_acceptances",
    "applications",
    "application_events",
    "seats",
    "price_schedules",
    "invoices",
    "outbox",
];

async fn every_migration_keeps_every_row_of_the_demo<F, Fut>(a: TestDb, fresh: F, migrations: Vec<spira_store::MigrationId>)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = TestDb>,
{
    let started = Instant::now();
    load_demo(&a.url).await;
    let demo = census(&a.db).await;
    for t in DEMO_MAIN_TABLES {
        assert!(demo.get(t).is_some_and(|c| c.rows > 0), "the demo leaves {t} empty: {demo:?}");
    }
    eprintln!("{}: demo loaded in {:?}", a.db.backend(), started.elapsed());

    let (last, _) = migrations.last().expect("migrations").clone();
    let mut checked = 0;
    for (version, description) in &migrations {
        if *version == last {
            continue;
        }
        let step = Instant::now();
        let b = fresh().await;
        b.db.migrate_to(*version).await.unwrap_or_else(|e| panic!("migrate to {version}: {e}"));
        if tables_in_order(&b.db).await.is_empty() {
            b.db.close().await;
            continue;
        }
        copy_rows(&a, &b).await;
        let before = census(&b.db).await;
        assert!(before.values().any(|c| c.rows > 0), "nothing copied at version {version}: {before:?}");
        b.db.migrate().await.unwrap_or_else(|e| panic!("migrate from {version} ({description}) to {last}: {e}"));
        let after = census(&b.db).await;
        b.db.close().await;
        let lost = losses(&before, &after);
        assert!(
            lost.is_empty(),
            "{}: migrating a database at version {version} ({description}) to {last} lost data:\n{}",
            a.db.backend(),
            lost.join("\n")
        );
        eprintln!("{}: from version {version}: {} rows kept, {:?}", a.db.backend(), total(&before), step.elapsed());
        checked += 1;
    }
    assert!(checked >= migrations.len() - 1, "every version but the last was checked ({checked})");
    a.db.close().await;
    eprintln!("{}: {checked} versions in {:?}", a.db.backend(), started.elapsed());
}

/// Loads the demo through the binary, as `spira demo` does; it migrates first.
async fn load_demo(url: &str) {
    let url = url.to_string();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_spira"))
            .args(["demo", "--database-url", &url])
            .env_remove("DATABASE_URL")
            .env("SPIRA_LOG", "warn")
            .output()
            .expect("run spira demo")
    })
    .await
    .expect("join");
    assert!(out.status.success(), "spira demo: {}", String::from_utf8_lossy(&out.stderr));
}

/// A table's rows, and the non-NULL values of each of its columns.
#[derive(Debug, PartialEq, Eq)]
struct Count {
    rows: i64,
    values: BTreeMap<String, i64>,
}

fn total(c: &BTreeMap<String, Count>) -> i64 {
    c.values().map(|c| c.rows).sum()
}

/// What `after` lacks of `before`: a table gone, rows gone, or values gone from a column that is
/// still there (a column a migration drops on purpose is not counted).
fn losses(before: &BTreeMap<String, Count>, after: &BTreeMap<String, Count>) -> Vec<String> {
    let mut out = Vec::new();
    for (t, b) in before {
        let Some(a) = after.get(t) else {
            out.push(format!("table {t} ({} rows) is gone", b.rows));
            continue;
        };
        if a.rows != b.rows {
            out.push(format!("{t}: {} rows before, {} after", b.rows, a.rows));
            continue;
        }
        for (col, n) in &b.values {
            if let Some(m) = a.values.get(col)
                && m != n
            {
                out.push(format!("{t}.{col}: {n} values before, {m} after"));
            }
        }
    }
    out
}

/// Counts every table's rows and every column's non-NULL values.
async fn census(db: &Db) -> BTreeMap<String, Count> {
    let mut out = BTreeMap::new();
    for t in tables_in_order(db).await {
        let cols = columns(db, &t).await;
        let counts: Vec<String> = std::iter::once("COUNT(*)".to_string()).chain(cols.iter().map(|c| format!("COUNT(\"{c}\")"))).collect();
        // The names come from the database's own catalogue, never from input.
        let sql = format!("SELECT {} FROM \"{t}\"", counts.join(", "));
        let values: Vec<i64> = match db {
            Db::Sqlite { write, .. } => {
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_one(write).await.expect("count");
                (0..=cols.len()).map(|i| row.get::<i64, _>(i)).collect()
            }
            Db::Postgres(p) => {
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_one(p).await.expect("count");
                (0..=cols.len()).map(|i| row.get::<i64, _>(i)).collect()
            }
        };
        out.insert(t, Count { rows: values[0], values: cols.into_iter().zip(values[1..].iter().copied()).collect() });
    }
    out
}

/// Copies A's rows into every table B has, parents before children, in the columns both have.
async fn copy_rows(a: &TestDb, b: &TestDb) {
    let a_tables: BTreeSet<String> = tables_in_order(&a.db).await.into_iter().collect();
    match (&a.db, &b.db) {
        (Db::Sqlite { .. }, Db::Sqlite { write, .. }) => {
            let mut plan = Vec::new();
            for t in tables_in_order(&b.db).await.into_iter().filter(|t| a_tables.contains(t)) {
                let cols = common_columns(&a.db, &b.db, &t).await;
                plan.push((t, cols));
            }
            // The write pool's one connection, which the ATTACH is made on.
            let mut c = write.acquire().await.expect("connection");
            let file = a.sqlite_file.as_ref().expect("a SQLite file").display().to_string();
            sqlx::query("ATTACH DATABASE $1 AS a").bind(file).execute(&mut *c).await.expect("attach");
            for (t, cols) in plan {
                let sql = format!("INSERT INTO main.\"{t}\" ({cols}) SELECT {cols} FROM a.\"{t}\"");
                sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *c).await.unwrap_or_else(|e| panic!("copy {t}: {e}"));
            }
            sqlx::query("DETACH DATABASE a").execute(&mut *c).await.expect("detach");
        }
        (Db::Postgres(from), Db::Postgres(to)) => {
            // Two databases cannot query each other: each table travels as one JSON array, and is
            // inserted in one statement, so a row may reference one later in the same table.
            for t in tables_in_order(&b.db).await.into_iter().filter(|t| a_tables.contains(t)) {
                let cols = common_columns(&a.db, &b.db, &t).await;
                let rows: String =
                    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COALESCE(json_agg(x), '[]')::text FROM \"{t}\" x")))
                        .fetch_one(from)
                        .await
                        .expect("read rows");
                let sql = format!("INSERT INTO \"{t}\" ({cols}) SELECT {cols} FROM json_populate_recordset(NULL::\"{t}\", $1::json)");
                sqlx::query(sqlx::AssertSqlSafe(sql)).bind(rows).execute(to).await.unwrap_or_else(|e| panic!("copy {t}: {e}"));
            }
        }
        _ => panic!("both databases on one backend"),
    }
}

/// The columns of `table` in both databases, quoted and comma-separated.
async fn common_columns(a: &Db, b: &Db, table: &str) -> String {
    let in_a: BTreeSet<String> = columns(a, table).await.into_iter().collect();
    let cols: Vec<String> = columns(b, table).await.into_iter().filter(|c| in_a.contains(c)).map(|c| format!("\"{c}\"")).collect();
    assert!(!cols.is_empty(), "{table} shares no column");
    cols.join(", ")
}

async fn columns(db: &Db, table: &str) -> Vec<String> {
    match db {
        Db::Sqlite { write, .. } => sqlx::query_scalar("SELECT name FROM pragma_table_info($1) ORDER BY cid").bind(table).fetch_all(write).await,
        Db::Postgres(p) => {
            sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(p)
            .await
        }
    }
    .expect("columns")
}

/// The tables (without sqlx's own), parents before the tables that reference them.
async fn tables_in_order(db: &Db) -> Vec<String> {
    let (tables, references): (Vec<String>, Vec<(String, String)>) = match db {
        Db::Sqlite { write, .. } => {
            let tables = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
            )
            .fetch_all(write)
            .await
            .expect("tables");
            let references = sqlx::query_as(
                "SELECT DISTINCT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
            )
            .fetch_all(write)
            .await
            .expect("foreign keys");
            (tables, references)
        }
        Db::Postgres(p) => {
            let tables = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations' ORDER BY 1",
            )
            .fetch_all(p)
            .await
            .expect("tables");
            let references = sqlx::query_as(
                "SELECT DISTINCT child.relname::text, parent.relname::text FROM pg_constraint c
                 JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
                 JOIN pg_namespace n ON n.oid = child.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'",
            )
            .fetch_all(p)
            .await
            .expect("foreign keys");
            (tables, references)
        }
    };
    let mut parents: BTreeMap<String, BTreeSet<String>> = tables.iter().map(|t| (t.clone(), BTreeSet::new())).collect();
    for (child, parent) in references {
        // A table referencing itself (an organisation's parent, a credit note's invoice) is
        // copied in one statement, which the check sees whole.
        if child != parent {
            parents.get_mut(&child).expect("a known table").insert(parent);
        }
    }
    let mut ordered: Vec<String> = Vec::new();
    while ordered.len() < tables.len() {
        let next = tables.iter().find(|t| !ordered.contains(t) && parents[*t].iter().all(|p| ordered.contains(p))).unwrap_or_else(|| {
            panic!("foreign keys form a cycle among {:?}", parents.keys().filter(|t| !ordered.contains(t)).collect::<Vec<_>>())
        });
        ordered.push(next.clone());
    }
    ordered
}
