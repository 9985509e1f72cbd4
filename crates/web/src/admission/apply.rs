//! Applying: the form and API body, e-mail confirmation for new people, and the manager's first link.

use super::*;

#[derive(Template)]
#[template(path = "admission/apply.html")]
pub(crate) struct ApplyPage {
    ctx: Ctx,
    network: NetworkRow,
    policy: AdmissionPolicy,
    errors: FormErrors,
    signed_in: bool,
    values: HashMap<String, String>,
    organisations: Vec<(String, String)>,
    criteria: Vec<(String, String, bool, String)>,
    terms_html: String,
    agreement_html: String,
}

impl ApplyPage {
    fn value(&self, k: &str) -> String {
        self.values.get(k).cloned().unwrap_or_default()
    }
    fn checked(&self, k: &str) -> bool {
        self.values.contains_key(k)
    }
}

pub(crate) async fn apply_view(
    state: &AppState,
    ctx: Ctx,
    network: NetworkRow,
    policy: AdmissionPolicy,
    signed_in: bool,
    errors: FormErrors,
    values: HashMap<String, String>,
) -> Result<ApplyPage, AppError> {
    let (orgs, agreement) = {
        let mut r = state.db.read().await?;
        (organisations::list(r.conn()).await?, spira_store::agreements::current(r.conn(), network.id).await?)
    };
    let organisations = orgs
        .into_iter()
        .filter(|o| OrgKind::parse(&o.kind).zip(Country::parse(&o.country)).is_some_and(|(k, c)| policy.organisation_eligible(k, c)))
        .map(|o| (o.id.to_string(), o.parent_name.map(|p| format!("{} ({p})", o.name)).unwrap_or(o.name)))
        .collect();
    let criteria = policy
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (CRITERION_FIELDS[i.min(19)].to_string(), c.text.clone(), c.needs_justification, JUSTIFY_FIELDS[i.min(19)].to_string())
        })
        .collect();
    Ok(ApplyPage {
        terms_html: rich_text(&policy.binding_terms),
        agreement_html: agreement.map(|a| rich_text(&a.text)).unwrap_or_default(),
        ctx,
        network,
        policy,
        errors,
        signed_in,
        values,
        organisations,
        criteria,
    })
}

pub(crate) async fn apply_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let policy = load_policy(&state, network.id).await?;
    if !policy.intake_open(this_month()) {
        return Err(AppError::Conflict("admission_closed"));
    }
    Ok(html(&apply_view(&state, ctx, network, policy, viewer.signed_in(), FormErrors::default(), HashMap::new()).await?))
}

/// The outcome of applying.
pub enum Applied {
    /// A signed-in applicant's application, now waiting for the manager or the decision.
    Created(Uuid),
    /// A new person must confirm their address first (or, if the address has an account, was told
    /// to sign in): the answer is the same either way.
    CheckEmail,
}

pub struct ApplyRequest {
    pub input: ApplyInput,
    pub organisation_id: String,
    pub lang: Lang,
}

/// Applies to a network (pages and API): checks the window, the organisation, the criteria, an
/// application already in progress and membership, and sends the e-mails through the outbox.
pub(crate) async fn apply_to(state: &AppState, viewer: &Viewer, slug: &str, req: &ApplyRequest) -> Result<Applied, AppError> {
    let network = load(state, slug).await?;
    let policy = load_policy(state, network.id).await?;
    if !policy.intake_open(this_month()) {
        return Err(AppError::Conflict("admission_closed"));
    }
    let own = viewer.user.as_ref().map(|u| (u.name.clone(), Email::parse(&u.email).ok()));
    let own_ref = own.as_ref().and_then(|(n, e)| e.as_ref().map(|e| (n.as_str(), e)));
    let mut errors = FieldErrors::new();
    let org_id = Uuid::parse_str(req.organisation_id.trim()).ok();
    if org_id.is_none() {
        errors.add("organisation_id", "required");
    }
    let draft = match req.input.validate(&policy, own_ref) {
        Ok(d) if errors.is_empty() => d,
        Ok(_) => return Err(AppError::Invalid(errors)),
        Err(mut e) => {
            e.0.extend(errors.0);
            return Err(AppError::Invalid(e));
        }
    };
    let org_id = org_id.ok_or(AppError::BadRequest("bad_request"))?;
    let mut tx = state.db.begin().await?;
    let org = match organisations::get(tx.conn(), org_id).await {
        Ok(o) => o,
        Err(spira_store::Error::NotFound) => {
            return Err(AppError::Invalid(FieldErrors::one("organisation_id", "invalid_choice")));
        }
        Err(e) => return Err(e.into()),
    };
    let eligible = OrgKind::parse(&org.kind).zip(Country::parse(&org.country)).is_some_and(|(k, c)| policy.organisation_eligible(k, c));
    if !eligible {
        return Err(AppError::Conflict("organisation_not_eligible"));
    }
    if store::active_exists(tx.conn(), network.id, draft.email.as_str()).await? {
        return Err(AppError::Conflict("already_applied"));
    }
    let manager = draft.manager_email.as_ref().map(Email::as_str).unwrap_or("");
    let (by_address, by_manager) = store::count_recent(tx.conn(), draft.email.as_str(), manager, Timestamp::now().plus_secs(-3600)).await?;
    if by_address >= MAX_APPLICATIONS_PER_ADDRESS_HOUR || by_manager >= MAX_APPLICATIONS_PER_MANAGER_HOUR {
        return Err(AppError::TooManyRequests("too_many_applications"));
    }
    let applicant_lang = req.lang;
    match &viewer.user {
        Some(u) => {
            if store::has_seat(tx.conn(), network.id, u.id).await? || networks::role_of(tx.conn(), network.id, u.id).await?.is_some() {
                return Err(AppError::Conflict("already_member"));
            }
            let next = after_email(&policy);
            let id = store::create_application(
                tx.conn(),
                NewApplication {
                    network_id: network.id,
                    user_id: Some(u.id),
                    email: draft.email.as_str(),
                    name: &draft.name,
                    organisation_id: org_id,
                    manager_name: &draft.manager_name,
                    manager_email: draft.manager_email.as_ref().map(Email::as_str).unwrap_or(""),
                    justifications: &draft.justifications.join("\n"),
                    buyer_reference: &draft.buyer_reference,
                    state: next,
                    lang: applicant_lang.as_str(),
                    email_token: None,
                },
            )
            .await
            .map_err(already_applied)?;
            if next == ApplicationState::AwaitingManager {
                let app = store::get(tx.conn(), id).await?;
                send_manager_link(state, &mut tx, &app, &network, &policy, None).await?;
            }
            tx.commit().await?;
            Ok(Applied::Created(id))
        }
        None => {
            if let Some(existing) = accounts_store::find_user_by_email(tx.conn(), draft.email.as_str()).await? {
                // Never take over an account: tell its owner to sign in and apply.
                let link = format!("{}/signin?next=/networks/{}/apply", state.config.base_url, network.slug);
                let lang = Lang::parse(&existing.lang).unwrap_or(applicant_lang);
                crate::mails::send(tx.conn(), &existing.email, lang, "mail-apply-existing", &[("network", &network.name), ("link", &link)])
                    .await?;
                tx.commit().await?;
                return Ok(Applied::CheckEmail);
            }
            let secret = new_secret();
            store::create_application(
                tx.conn(),
                NewApplication {
                    network_id: network.id,
                    user_id: None,
                    email: draft.email.as_str(),
                    name: &draft.name,
                    organisation_id: org_id,
                    manager_name: &draft.manager_name,
                    manager_email: draft.manager_email.as_ref().map(Email::as_str).unwrap_or(""),
                    justifications: &draft.justifications.join("\n"),
                    buyer_reference: &draft.buyer_reference,
                    state: ApplicationState::AwaitingEmail,
                    lang: applicant_lang.as_str(),
                    email_token: Some(&secret),
                },
            )
            .await
            .map_err(already_applied)?;
            let link = format!("{}/applications/confirm/{secret}", state.config.base_url);
            crate::mails::send(
                tx.conn(),
                draft.email.as_str(),
                applicant_lang,
                "mail-apply-confirm",
                &[("name", &draft.name), ("network", &network.name), ("link", &link)],
            )
            .await?;
            tx.commit().await?;
            Ok(Applied::CheckEmail)
        }
    }
}

pub(crate) fn already_applied(e: spira_store::Error) -> AppError {
    match e {
        spira_store::Error::Conflict(_) => AppError::Conflict("already_applied"),
        other => other.into(),
    }
}

/// Sends the nearest manager a new single-use link (voiding any earlier one).
pub(crate) async fn send_manager_link(
    state: &AppState,
    tx: &mut Tx,
    app: &ApplicationRow,
    network: &NetworkRow,
    policy: &AdmissionPolicy,
    corrected_email: Option<&str>,
) -> Result<(), AppError> {
    let secret = new_secret();
    let expires = Timestamp::now().plus_secs(i64::from(policy.manager_link_days) * 24 * 3600);
    store::set_manager_link(tx.conn(), app.id, &secret, expires, corrected_email).await?;
    let link = format!("{}/endorse/{secret}", state.config.base_url);
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let to = corrected_email.unwrap_or(&app.manager_email);
    crate::mails::send(
        tx.conn(),
        to,
        lang,
        "mail-manager-request",
        &[
            ("manager", &app.manager_name),
            ("applicant", &app.name),
            ("network", &network.name),
            ("link", &link),
            ("days", &policy.manager_link_days.to_string()),
        ],
    )
    .await?;
    Ok(())
}

pub(crate) fn apply_values(body: &[u8]) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for (k, v) in form_urlencoded::parse(body) {
        m.entry(k.into_owned()).or_insert_with(|| v.into_owned());
    }
    m
}

pub(crate) fn apply_request(values: &HashMap<String, String>, criteria: usize, lang: Lang) -> ApplyRequest {
    let get = |k: &str| values.get(k).cloned().unwrap_or_default();
    ApplyRequest {
        input: ApplyInput {
            name: get("name"),
            email: get("email"),
            manager_name: get("manager_name"),
            manager_email: get("manager_email"),
            attested: (0..criteria).map(|i| values.contains_key(CRITERION_FIELDS[i.min(19)])).collect(),
            justifications: (0..criteria).map(|i| get(JUSTIFY_FIELDS[i.min(19)])).collect(),
            accept_terms: values.contains_key("accept_terms"),
            buyer_reference: get("buyer_reference"),
        },
        organisation_id: get("organisation_id"),
        lang,
    }
}

pub(crate) async fn apply(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    let policy = load_policy(&state, network.id).await?;
    let values = apply_values(&body);
    let req = apply_request(&values, policy.criteria.len(), ctx.t.lang);
    match apply_to(&state, &viewer, &slug, &req).await {
        Ok(Applied::Created(id)) => Ok(Redirect::to(&format!("/applications/{id}?notice=applied")).into_response()),
        Ok(Applied::CheckEmail) => {
            let t = ctx.t;
            Ok(html(&crate::views::MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("apply-check-email-body"))))
        }
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&apply_view(&state, ctx, network, policy, viewer.signed_in(), errors, values).await?))
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn confirm_page(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut r = state.db.read().await?;
    let Some(app) = store::by_email_token(r.conn(), &token).await? else {
        return Ok(crate::views::link_invalid(ctx));
    };
    let t = ctx.t;
    let mut page =
        crate::views::MessagePage::new(ctx, t.t("apply-confirm-title"), t.ta("apply-confirm-body", &[("network", &app.network_name)]));
    page.action = format!("/applications/confirm/{token}");
    page.button = t.t("apply-confirm-button");
    Ok(html(&page))
}

pub(crate) async fn confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let Some(app) = store::by_email_token(tx.conn(), &token).await? else {
        return Ok(crate::views::link_invalid(ctx));
    };
    let network = networks::get(tx.conn(), app.network_id).await?;
    let policy = store::policy(tx.conn(), app.network_id).await?;
    // The address is proven: the person gets an account (no password; they sign in by link).
    let user_id = match accounts_store::find_user_by_email(tx.conn(), &app.email).await? {
        Some(u) => u.id,
        None => {
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: &app.email,
                    name: &app.name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: &app.lang,
                    organisation_id: Some(app.organisation_id),
                },
            )
            .await?
        }
    };
    store::set_user(tx.conn(), app.id, user_id).await?;
    let next = after_email(&policy);
    if !store::transition(tx.conn(), app.id, &[ApplicationState::AwaitingEmail], next, "", Some(user_id)).await? {
        return Ok(crate::views::link_invalid(ctx));
    }
    if next == ApplicationState::AwaitingManager {
        send_manager_link(&state, &mut tx, &app, &network, &policy, None).await?;
    }
    let secret = accounts_store::create_session(tx.conn(), user_id, SESSION_TTL_SECS).await?;
    tx.commit().await?;
    let mut res = Redirect::to(&format!("/applications/{}?notice=email_confirmed", app.id)).into_response();
    res.headers_mut().append(axum::http::header::SET_COOKIE, crate::session::session_cookie(&secret, state.config.secure_cookies()));
    Ok(res)
}
