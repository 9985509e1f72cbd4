//! Members say whether they continue next term or leave at its end, or leave now.

use super::*;

/// A member says whether they continue next term (`continue`) or leave at its end (`leave`).
pub(crate) async fn set_renewal(state: &AppState, viewer: &Viewer, slug: &str, choice: &str) -> Result<(), AppError> {
    let user = viewer.require()?;
    if !matches!(choice, "continue" | "leave") {
        return Err(AppError::Invalid(FieldErrors::one("renewal", "invalid_choice")));
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

/// A member leaves the network: the seat is given back and the role ends. The last facilitator
/// cannot leave (someone must run the network).
pub(crate) async fn leave_network(state: &AppState, viewer: &Viewer, slug: &str) -> Result<(), AppError> {
    let user = viewer.require()?;
    let network = load(state, slug).await?;
    let mut tx = state.db.begin().await?;
    let role = networks::role_of(tx.conn(), network.id, user.id).await?.ok_or(AppError::NotFound)?;
    if role == "facilitator" && networks::count_facilitators(tx.conn(), network.id).await? <= 1 {
        return Err(AppError::Conflict("last_facilitator"));
    }
    networks::remove_role(tx.conn(), network.id, user.id).await?;
    store::end_seat(tx.conn(), network.id, user.id).await?;
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn leave(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Response, AppError> {
    leave_network(&state, &viewer, &slug).await?;
    Ok(Redirect::to("/?notice=left_network").into_response())
}
