//! Timed and background work as jobs in one queue (`spira_store::jobs`). `spira serve` runs
//! [`run`]: every few seconds it schedules the periodic jobs (deduplicated per minute or per day,
//! so any number of servers schedule each once) and runs whatever is due. Every job is
//! idempotent, and a job is claimed under a lease, so two servers never run it at once.

use std::time::Duration;

use spira_store::Timestamp;
use spira_store::jobs::{self as store, JobRow, NewJob};

use crate::App;
use crate::error::Common;

crate::failures! {
    /// What running a job can answer.
    pub enum JobsError {
    }
    wraps {
        /// The admission's timed work failed.
        Admission(crate::admission::AdmissionError),
    }
}

pub type Result<T, E = JobsError> = std::result::Result<T, E>;

/// How long a claimed job is reserved for its worker.
const LEASE_SECS: i64 = 300;
/// How long finished jobs are kept (they only record that the work was done).
const KEEP_DONE_SECS: i64 = 7 * 24 * 3600;

/// The kinds of job; stored as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Admission's timed work: manager reminders and deadlines, visitors told when a network
    /// opens, seats carried into a new term. Once a minute.
    AdmissionTick,
    /// Removes finished jobs after a week. Once a day.
    PruneJobs,
}

impl JobKind {
    pub const ALL: [JobKind; 2] = [JobKind::AdmissionTick, JobKind::PruneJobs];

    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::AdmissionTick => "admission_tick",
            JobKind::PruneJobs => "prune_jobs",
        }
    }
    pub fn parse(s: &str) -> Option<JobKind> {
        JobKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Enqueues a job in the caller's transaction (so it exists exactly when its cause was
/// committed); `false` when one with the same kind and key is there already.
pub async fn enqueue_in(
    c: spira_store::Conn<'_>,
    app: &App,
    kind: JobKind,
    payload: &str,
    dedupe_key: Option<&str>,
    due: Timestamp,
) -> Result<bool> {
    let job = NewJob { kind: kind.as_str(), payload, dedupe_key, due_at: due };
    Ok(store::enqueue(c, &job, Timestamp::from(app.now())).await?)
}

/// Schedules the periodic jobs for now: one admission tick per minute, one pruning per day.
pub async fn schedule(app: &App) -> Result<usize> {
    let now = app.now();
    let minute = now.format("%Y-%m-%dT%H:%M").to_string();
    let day = now.format("%Y-%m-%d").to_string();
    let due = Timestamp::from(now);
    let mut tx = app.db.begin().await?;
    let mut n = 0;
    n += usize::from(enqueue_in(tx.conn(), app, JobKind::AdmissionTick, "{}", Some(&minute), due).await?);
    n += usize::from(enqueue_in(tx.conn(), app, JobKind::PruneJobs, "{}", Some(&day), due).await?);
    tx.commit().await?;
    Ok(n)
}

/// What one pass of [`run_due`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub done: usize,
    pub failed: usize,
}

/// Claims and runs due jobs until none is left (or one fails, so a broken dependency is retried
/// after its back-off rather than at once).
pub async fn run_due(app: &App) -> Result<RunReport> {
    let mut report = RunReport::default();
    loop {
        let claimed = {
            let mut tx = app.db.begin().await?;
            let job = store::claim_due(tx.conn(), Timestamp::from(app.now()), LEASE_SECS).await?;
            tx.commit().await?;
            job
        };
        let Some(job) = claimed else { break };
        let result = perform(app, &job).await;
        let mut tx = app.db.begin().await?;
        let now = Timestamp::from(app.now());
        match result {
            Ok(()) => {
                store::mark_done(tx.conn(), job.id, now).await?;
                report.done += 1;
            }
            Err(e) => {
                tracing::warn!(id = %job.id, kind = %job.kind, attempts = job.attempts, error = %e, "job failed; will retry");
                store::mark_failed(tx.conn(), job.id, job.attempts, &e.to_string(), now).await?;
                report.failed += 1;
            }
        }
        tx.commit().await?;
        if report.failed > 0 {
            break;
        }
    }
    Ok(report)
}

/// Runs one job.
async fn perform(app: &App, job: &JobRow) -> Result<()> {
    let kind = JobKind::parse(&job.kind).ok_or(Common::Internal(Box::new(spira_store::Error::Corrupt("jobs.kind"))))?;
    match kind {
        JobKind::AdmissionTick => {
            let report = crate::admission::tick(app).await?;
            if report != crate::admission::TickReport::default() {
                tracing::info!(?report, "admission's timed work");
            }
        }
        JobKind::PruneJobs => {
            let before = Timestamp::from(app.now()).plus_secs(-KEEP_DONE_SECS);
            let mut tx = app.db.begin().await?;
            store::prune_done(tx.conn(), before).await?;
            tx.commit().await?;
        }
    }
    Ok(())
}

/// The worker loop of `spira serve`: schedules and runs jobs every `interval` until `shutdown`.
pub async fn run(app: App, interval: Duration, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = schedule(&app).await {
            tracing::error!(error = %e, "scheduling jobs");
        }
        if let Err(e) = run_due(&app).await {
            tracing::error!(error = %e, "running jobs");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => break,
        }
    }
}
