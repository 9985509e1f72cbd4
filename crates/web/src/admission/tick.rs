//! The timed work, for `spira serve`'s loop: it runs in `spira_app::admission::tick`.

pub use spira_app::admission::TickReport;

use crate::AppState;
use crate::error::AppError;

/// Runs the admission's timed work (see `spira_app::admission::tick`).
pub async fn tick(state: &AppState) -> Result<TickReport, AppError> {
    Ok(spira_app::admission::tick(&state.app).await?)
}
