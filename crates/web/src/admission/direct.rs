//! Adding members without the application flow: one by one, or a member list pasted from a spreadsheet.

use super::*;

#[derive(Deserialize)]
pub struct AddMemberForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation_id: String,
}

/// Adds a member without the application flow — founding members, or a list moved over from a
/// spreadsheet (pages and API). Seats and the organisation's maximum still count.
pub(crate) async fn add_member(state: &AppState, viewer: &Viewer, slug: &str, f: &AddMemberForm) -> Result<Uuid, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let email = e.email("email", &f.email);
    let name = e.required_line("name", &f.name, 150);
    let org = match f.organisation_id.trim() {
        "" => None,
        s => match Uuid::parse_str(s) {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organisation_id", "invalid_choice");
                None
            }
        },
    };
    let (Some(email), true) = (email, e.is_empty()) else { return Err(AppError::Invalid(e)) };
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    if let Some(o) = org {
        organisations::get(tx.conn(), o).await.map_err(|_| AppError::Invalid(FieldErrors::one("organisation_id", "invalid_choice")))?;
    }
    let user_id = add_member_in(state, &mut tx, &network, &name, &email, org).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// Adds one member inside the caller's transaction (which holds the network's lock): a seat
/// within the limits, the member role, and a welcome e-mail with a sign-in link for a new account.
pub(crate) async fn add_member_in(
    state: &AppState,
    tx: &mut Tx,
    network: &NetworkRow,
    name: &str,
    email: &Email,
    org: Option<Uuid>,
) -> Result<Uuid, AppError> {
    let policy = store::policy(tx.conn(), network.id).await?;
    let (taken, of_org) = store::seats_taken(tx.conn(), network.id, org.unwrap_or_else(Uuid::nil)).await?;
    let of_org = org.and(policy.max_seats_per_org).map(|_| of_org as u32);
    if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
        return Err(AppError::Conflict(refusal.code()));
    }
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let (user_id, is_new) = match accounts_store::find_user_by_email(tx.conn(), email.as_str()).await? {
        Some(u) => (u.id, false),
        None => (
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: email.as_str(),
                    name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: lang.as_str(),
                    organisation_id: org,
                },
            )
            .await?,
            true,
        ),
    };
    if store::has_seat(tx.conn(), network.id, user_id).await? {
        return Err(AppError::Conflict("already_member"));
    }
    store::add_seat(tx.conn(), network.id, user_id, org, current_term(), None, None)
        .await
        .map_err(|_| AppError::Conflict("already_member"))?;
    if networks::role_of(tx.conn(), network.id, user_id).await?.is_none() {
        networks::set_role(tx.conn(), network.id, user_id, "member").await?;
    }
    let link = if is_new {
        let secret = accounts_store::create_token(
            tx.conn(),
            NewToken {
                purpose: Purpose::SignIn,
                email: email.as_str(),
                user_id: Some(user_id),
                network_id: None,
                role: None,
                invited_by: None,
                ttl_secs: 14 * 24 * 3600,
            },
        )
        .await?;
        format!("{}/signin/link/{secret}", state.config.base_url)
    } else {
        format!("{}/networks/{}/home", state.config.base_url, network.slug)
    };
    crate::mails::send(
        tx.conn(),
        email.as_str(),
        lang,
        "mail-member-added",
        &[("name", name), ("network", &network.name), ("link", &link)],
    )
    .await?;
    Ok(user_id)
}

/// A member list pasted from a spreadsheet: one person per line, `name;e-mail;workplace` or
/// separated by tabs (as a copied spreadsheet range is), the workplace optional and matched by
/// name. A first line without an e-mail address is taken as headings.
pub const MAX_IMPORT_ROWS: usize = 500;

/// Imports a member list all-or-nothing (pages and API): every line is checked first, and one
/// transaction adds them all, or none if any is refused. Problems are named by line.
pub(crate) async fn import_members(state: &AppState, viewer: &Viewer, slug: &str, rows: &str, t: Tr) -> Result<usize, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let orgs = {
        let mut r = state.db.read().await?;
        organisations::list(r.conn()).await?
    };
    let mut problems: Vec<String> = Vec::new();
    let mut people: Vec<(String, Email, Option<Uuid>)> = Vec::new();
    let lines: Vec<(usize, &str)> = rows.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    if lines.len() > MAX_IMPORT_ROWS {
        problems.push(t.t("error-too_many_rows"));
    }
    for (n, (line_no, line)) in lines.iter().enumerate() {
        let cells: Vec<&str> = line.split(['\t', ';']).map(str::trim).collect();
        if n == 0 && !line.contains('@') {
            continue; // headings
        }
        let say = |code: &str| t.ta("import-line", &[("line", &line_no.to_string()), ("message", &t.t(&format!("error-{code}")))]);
        let name = cells.first().copied().unwrap_or("");
        let email = cells.get(1).copied().unwrap_or("");
        if name.is_empty() || name.chars().count() > 150 || name.chars().any(char::is_control) {
            problems.push(say("required"));
            continue;
        }
        let Ok(email) = Email::parse(email) else {
            problems.push(say("invalid_email"));
            continue;
        };
        if people.iter().any(|(_, e, _)| *e == email) {
            problems.push(say("duplicate_row"));
            continue;
        }
        let org = match cells.get(2).copied().filter(|o| !o.is_empty()) {
            None => None,
            Some(o) => match orgs.iter().find(|x| x.name.to_lowercase() == o.to_lowercase()) {
                Some(x) => Some(x.id),
                None => {
                    problems.push(say("unknown_organisation"));
                    continue;
                }
            },
        };
        people.push((name.to_string(), email, org));
    }
    if people.is_empty() && problems.is_empty() {
        problems.push(t.t("error-nothing_to_import"));
    }
    if !problems.is_empty() {
        return Err(AppError::ImportRefused(problems));
    }
    let mut tx = state.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    for (name, email, org) in &people {
        if let Err(e) = add_member_in(state, &mut tx, &network, name, email, *org).await {
            // Nothing is written: the transaction is dropped.
            let code = match &e {
                AppError::Conflict(c) => *c,
                _ => return Err(e),
            };
            let msg = t.ta("import-person", &[("name", name), ("message", &t.t(&format!("error-{code}")))]);
            return Err(AppError::ImportRefused(vec![msg]));
        }
    }
    tx.commit().await?;
    Ok(people.len())
}

#[derive(Deserialize)]
pub(crate) struct ImportForm {
    #[serde(default)]
    rows: String,
}

pub(crate) async fn import_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<ImportForm>,
) -> Result<Response, AppError> {
    match import_members(&state, &viewer, &slug, &f.rows, ctx.t).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/people?notice=imported")).into_response()),
        Err(AppError::ImportRefused(problems)) => {
            let errors = FormErrors { items: problems.into_iter().map(|p| ("rows".to_string(), p)).collect() };
            Ok(invalid(&crate::networks::people_page_with(&state, ctx, &slug, errors, f.rows).await?))
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn add_member_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<AddMemberForm>,
) -> Result<Response, AppError> {
    add_member(&state, &viewer, &slug, &f).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/people?notice=member_added")).into_response())
}
