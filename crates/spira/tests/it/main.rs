//! Whole flows through the real router, on SQLite and (with `SPIRA_TEST_POSTGRES_URL`) PostgreSQL.

mod support;

mod accounts;
mod admission;
mod api;
mod bad_input;
mod cli;
mod confidential;
mod fees;
mod invoices;
mod jobs;
mod matrix;
mod migrations;
mod networks;
mod organisations;
mod outbox;
mod schema;
