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

// ---- both schemas compared ----

use std::collections::BTreeSet;

/// What a migrated database holds, in terms both backends share.
#[derive(Debug, Default, PartialEq, Eq)]
struct Schema {
    tables: BTreeSet<String>,
    /// (table, column, nullable, type family)
    columns: BTreeSet<(String, String, bool, &'static str)>,
    /// (table, columns in order)
    primary_keys: BTreeSet<(String, Vec<String>)>,
    /// (table, columns): UNIQUE constraints and unique indexes alike
    uniques: BTreeSet<(String, Vec<String>)>,
    /// (table, column): CHECK constraints on PostgreSQL, their triggers on SQLite
    checks: BTreeSet<(String, String)>,
    /// (index name, table, columns, unique, partial) for indexes created by name
    indexes: BTreeSet<(String, String, Vec<String>, bool, bool)>,
}

/// Type families: a timestamp is integer microseconds on SQLite and TIMESTAMPTZ on PostgreSQL,
/// and a UUID is a BLOB on SQLite, so those pairs are one family each.
fn family(declared: &str) -> &'static str {
    match declared.to_ascii_lowercase().as_str() {
        "text" | "character varying" | "varchar" => "text",
        "integer" | "bigint" | "smallint" | "int" | "int8" | "int4" => "integer",
        "timestamp with time zone" | "timestamptz" => "integer",
        "blob" | "uuid" | "bytea" => "uuid",
        "boolean" | "bool" => "boolean",
        "real" | "double precision" | "numeric" => "number",
        _ => "other",
    }
}

const SKIP: &str = "_sqlx_migrations";

async fn sqlite_schema(db: &spira_store::Db) -> Schema {
    let spira_store::Db::Sqlite { read, .. } = db else { panic!("not sqlite") };
    let mut s = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(read)
    .await
    .expect("tables");
    for t in &tables {
        s.tables.insert(t.clone());
        let cols: Vec<(String, String, bool, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid")
                .bind(t)
                .fetch_all(read)
                .await
                .expect("columns");
        let mut pk: Vec<(i64, String)> = Vec::new();
        for (name, ty, notnull, pkpos) in cols {
            // SQLite lets a primary key column be NULL unless it says NOT NULL; ours all do.
            s.columns.insert((t.clone(), name.clone(), !notnull, family(&ty)));
            if pkpos > 0 {
                pk.push((pkpos, name));
            }
        }
        pk.sort();
        s.primary_keys.insert((t.clone(), pk.into_iter().map(|(_, n)| n).collect()));
        let idx: Vec<(String, bool, String, bool)> = sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list($1)")
            .bind(t)
            .fetch_all(read)
            .await
            .expect("indexes");
        for (name, unique, origin, partial) in idx {
            let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
                .bind(&name)
                .fetch_all(read)
                .await
                .expect("index columns");
            if unique && origin != "pk" && !partial {
                s.uniques.insert((t.clone(), cols.clone()));
            }
            if origin == "c" {
                s.indexes.insert((name, t.clone(), cols, unique, partial));
            }
        }
    }
    let triggers: Vec<(String, String)> =
        sqlx::query_as("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_check_%'")
            .fetch_all(read)
            .await
            .expect("triggers");
    for (name, table) in triggers {
        let column = name
            .strip_prefix(&format!("{table}_"))
            .and_then(|r| r.split("_check_").next())
            .expect("trigger named table_column_check_event");
        s.checks.insert((table, column.to_string()));
    }
    s
}

/// An index as PostgreSQL lists it: name, table, columns, unique, primary, partial, backs a constraint.
type PgIndex = (String, String, Vec<String>, bool, bool, bool, bool);

async fn postgres_schema(db: &spira_store::Db) -> Schema {
    let spira_store::Db::Postgres(pool) = db else { panic!("not postgres") };
    let mut s = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1",
    )
    .bind(SKIP)
    .fetch_all(pool)
    .await
    .expect("tables");
    s.tables.extend(tables.iter().cloned());
    let cols: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, is_nullable::text, data_type::text FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> $1",
    )
    .bind(SKIP)
    .fetch_all(pool)
    .await
    .expect("columns");
    for (t, c, nullable, ty) in cols {
        s.columns.insert((t, c, nullable == "YES", family(&ty)));
    }
    // Indexes with their columns in order: primary keys, unique ones, and those created by name.
    let idx: Vec<PgIndex> = sqlx::query_as(
        "SELECT i.relname::text, t.relname::text,
                ARRAY(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord),
                x.indisunique, x.indisprimary, x.indpred IS NOT NULL,
                EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'public' AND t.relname <> $1",
    )
    .bind(SKIP)
    .fetch_all(pool)
    .await
    .expect("indexes");
    for (name, t, cols, unique, primary, partial, backs_constraint) in idx {
        if primary {
            s.primary_keys.insert((t.clone(), cols.clone()));
        } else if unique && !partial {
            s.uniques.insert((t.clone(), cols.clone()));
        }
        if !primary && !backs_constraint {
            s.indexes.insert((name, t, cols, unique, partial));
        }
    }
    for t in &tables {
        if !s.primary_keys.iter().any(|(pt, _)| pt == t) {
            s.primary_keys.insert((t.clone(), Vec::new()));
        }
    }
    let checks: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.relname::text, c.conname::text FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND c.contype = 'c'",
    )
    .fetch_all(pool)
    .await
    .expect("checks");
    for (t, name) in checks {
        let column = name.strip_prefix(&format!("{t}_")).and_then(|r| r.strip_suffix("_check")).expect("check named table_column_check");
        s.checks.insert((t, column.to_string()));
    }
    s
}

/// Prints what one side has that the other lacks, per part.
fn differences(a: &Schema, b: &Schema) -> Vec<String> {
    fn diff<T: Ord + std::fmt::Debug>(what: &str, a: &BTreeSet<T>, b: &BTreeSet<T>, out: &mut Vec<String>) {
        for x in a.difference(b) {
            out.push(format!("{what} only on SQLite: {x:?}"));
        }
        for x in b.difference(a) {
            out.push(format!("{what} only on PostgreSQL: {x:?}"));
        }
    }
    let mut out = Vec::new();
    diff("table", &a.tables, &b.tables, &mut out);
    diff("column", &a.columns, &b.columns, &mut out);
    diff("primary key", &a.primary_keys, &b.primary_keys, &mut out);
    diff("unique", &a.uniques, &b.uniques, &mut out);
    diff("check", &a.checks, &b.checks, &mut out);
    diff("index", &a.indexes, &b.indexes, &mut out);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_migrate_to_the_same_schema() {
    let sqlite = TestApp::sqlite().await;
    let Some(postgres) = TestApp::postgres().await else {
        sqlite.cleanup().await;
        return;
    };
    let (a, b) = (sqlite_schema(&sqlite.db).await, postgres_schema(&postgres.db).await);
    sqlite.cleanup().await;
    postgres.cleanup().await;
    assert!(a.tables.len() >= 20, "{:?}", a.tables);
    assert!(!a.checks.is_empty() && !a.indexes.is_empty() && !a.uniques.is_empty());
    let d = differences(&a, &b);
    assert!(d.is_empty(), "the schemas differ:\n{}", d.join("\n"));
}
