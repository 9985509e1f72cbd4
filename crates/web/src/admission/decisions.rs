//! The facilitator's decisions: admit, waitlist or reject, with seats counted under the network's lock.

use super::*;

#[derive(Template)]
#[template(path = "admission/list.html")]
pub(crate) struct ListPage {
    ctx: Ctx,
    network: NetworkRow,
    rows: Vec<(ApplicationRow, String, String)>,
    seats: String,
    results: Vec<(String, String, bool)>,
}

pub(crate) async fn list_view(
    state: &AppState,
    ctx: Ctx,
    network: NetworkRow,
    results: Vec<(String, String, bool)>,
) -> Result<ListPage, AppError> {
    let (rows, policy, taken) = {
        let mut r = state.db.read().await?;
        (
            store::list_for_network(r.conn(), network.id).await?,
            store::policy(r.conn(), network.id).await?,
            store::seats_taken(r.conn(), network.id, Uuid::nil()).await?.0,
        )
    };
    let t = ctx.t;
    let tz: chrono_tz::Tz = network.time_zone.parse().unwrap_or(chrono_tz::Europe::Copenhagen);
    Ok(ListPage {
        seats: match policy.capacity {
            Some(c) => t.ta("applications-seats-of", &[("taken", &taken.to_string()), ("capacity", &c.to_string())]),
            None => t.ta("applications-seats", &[("taken", &taken.to_string())]),
        },
        rows: rows
            .into_iter()
            .map(|a| {
                let label = state_label(t, &a.state);
                let when = format_date_time(a.created_at.to_utc(), tz, t.lang);
                (a, label, when)
            })
            .collect(),
        results,
        network,
        ctx,
    })
}

pub(crate) async fn list_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::ManagePeople).await?;
    Ok(html(&list_view(&state, ctx, network, Vec::new()).await?))
}

/// Decides one application inside its own transaction: capacity and the organisation's maximum
/// are counted under a lock on the network, so two facilitators cannot both take the last seat.
pub(crate) async fn decide(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    decision: Decision,
    note: &str,
) -> Result<ApplicationRow, AppError> {
    let user = viewer.require()?;
    let app = {
        let mut r = state.db.read().await?;
        store::get(r.conn(), id).await?
    };
    authz::require(&state.db, viewer, Some(app.network_id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let note = e.text("note", note, 2_000);
    if !e.is_empty() {
        return Err(AppError::Invalid(e));
    }
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), app.network_id).await?;
    let app = store::get(tx.conn(), id).await?;
    if !app.state().can_decide() {
        return Err(AppError::Conflict("already_decided"));
    }
    let policy = store::policy(tx.conn(), app.network_id).await?;
    if decision == Decision::Admit {
        let (taken, of_org) = store::seats_taken(tx.conn(), app.network_id, app.organisation_id).await?;
        let of_org = policy.max_seats_per_org.map(|_| of_org as u32);
        if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
            return Err(AppError::Conflict(refusal.code()));
        }
    }
    let from = [ApplicationState::AwaitingDecision, ApplicationState::Waitlisted];
    if !store::transition(tx.conn(), id, &from, decision.state(), &note, Some(user.id)).await? {
        return Err(AppError::Conflict("already_decided"));
    }
    let network = networks::get(tx.conn(), app.network_id).await?;
    let lang = Lang::parse(&app.lang).unwrap_or_default();
    let link = format!("{}/networks/{}/home", state.config.base_url, network.slug);
    match decision {
        Decision::Admit => {
            let member = app.user_id.ok_or(AppError::Conflict("already_decided"))?;
            let reference = Some(app.buyer_reference.as_str()).filter(|r| !r.is_empty());
            store::add_seat(tx.conn(), app.network_id, member, Some(app.organisation_id), current_term(), Some(app.id), reference)
                .await
                .map_err(|_| AppError::Conflict("already_member"))?;
            if networks::role_of(tx.conn(), app.network_id, member).await?.is_none() {
                networks::set_role(tx.conn(), app.network_id, member, "member").await?;
            }
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-admitted",
                &[("name", &app.name), ("network", &network.name), ("link", &link), ("note", &note)],
            )
            .await?;
        }
        Decision::Waitlist => {
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-waitlisted",
                &[("name", &app.name), ("network", &network.name), ("note", &note)],
            )
            .await?;
        }
        Decision::Reject => {
            crate::mails::send(
                tx.conn(),
                &app.email,
                lang,
                "mail-rejected",
                &[("name", &app.name), ("network", &network.name), ("note", &note)],
            )
            .await?;
        }
    }
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

pub(crate) async fn decide_many(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::ManagePeople).await?;
    let mut ids = Vec::new();
    let (mut decision, mut note) = (None, String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "ids" => ids.push(Uuid::parse_str(&v).map_err(|_| AppError::BadRequest("bad_request"))?),
            "decision" => decision = Decision::parse(&v),
            "note" => note = v.into_owned(),
            _ => {}
        }
    }
    let decision = decision.ok_or(AppError::BadRequest("invalid_choice"))?;
    if ids.is_empty() {
        return Err(AppError::BadRequest("nothing_selected"));
    }
    let t = ctx.t;
    let mut results = Vec::new();
    let mut all_ok = true;
    for id in ids {
        // Each decision stands on its own: a full network refuses the rest, not the ones before.
        match decide(&state, &viewer, id, decision, &note).await {
            Ok(row) => results.push((row.name, state_label(t, &row.state), true)),
            Err(AppError::Conflict(code)) => {
                all_ok = false;
                let name = {
                    let mut r = state.db.read().await?;
                    store::get(r.conn(), id).await.map(|a| a.name).unwrap_or_default()
                };
                results.push((name, t.t(&format!("error-{code}")), false));
            }
            Err(e) => return Err(e),
        }
    }
    let mut res = html(&list_view(&state, ctx, network, results).await?);
    if !all_ok {
        *res.status_mut() = StatusCode::CONFLICT;
    }
    Ok(res)
}
