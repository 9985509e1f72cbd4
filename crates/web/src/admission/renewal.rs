//! Members say whether they continue next term or leave at its end, or leave now.

use super::*;

/// A member says whether they continue next term (`continue`) or leave at its end (`leave`).
pub(crate) async fn set_renewal(state: &AppState, viewer: &Viewer, slug: &str, choice: &str) -> Result<(), AppError> {
    let user = viewer.require()?;
    if !matches!(choice, "continue" | "leave") {
        let mut e = FieldErrors::new();
        e.add("renewal", "invalid_choice");
        return Err(AppError::Invalid(e));
    }
    let network = load(state, slug).await?;
    let mut tx = state.db.begin().await?;
    if !store::set_renewal(tx.conn(), network.id, user.id, choice).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

#[derive(Deserialize)]
pub(crate) struct RenewalForm {
    #[serde(default)]
    renewal: String,
}

pub(crate) async fn renewal_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<RenewalForm>,
) -> Result<Response, AppError> {
    set_renewal(&state, &viewer, &slug, &f.renewal).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/home?notice=saved")).into_response())
}
