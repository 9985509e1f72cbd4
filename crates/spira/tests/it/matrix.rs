//! Routes × people: every page and API route, as the router registered it, asked by nine people
//! (and the people bound to one object), with what each may get written in ONE table. A route
//! without a row fails; a denial that names anything confidential from the fixture fails.
//!
//! The fixture is built once per backend and its rows kept ([`Snapshot`]); before each request
//! that may change data (anything but GET) by someone who is let through, the rows are put back,
//! so that what one person did never decides what the next one gets.

use std::collections::{BTreeSet, HashMap};

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::on_both;
use crate::support::{Browser, Resp, Snapshot, TestApp};

on_both!(every_route_answers_each_person_as_the_table_says);

/// The nine people who ask every route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Who {
    Anonymous,
    NoNetwork,
    OtherNetwork,
    NotAccepted,
    Observer,
    Member,
    Convener,
    Facilitator,
    Admin,
}

const PEOPLE: [Who; 9] = [
    Who::Anonymous,
    Who::NoNetwork,
    Who::OtherNetwork,
    Who::NotAccepted,
    Who::Observer,
    Who::Member,
    Who::Convener,
    Who::Facilitator,
    Who::Admin,
];

/// People bound to one object of the fixture: the applicant of its application. Later features
/// add a meeting's host, a case's owner and adviser, a sparring session's participants and a
/// survey's invitees here, and fill their column in the rows that concern them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Bound {
    Applicant,
}

/// What one person gets from one route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum E {
    /// Let through: no 401, 403 or 404, no redirect to sign in or to the agreement, no 5xx.
    Ok,
    /// A page sends them to sign in first.
    SignIn,
    /// A page sends them to accept the network's agreement first.
    Agreement,
    /// Denied with this status.
    Deny(u16),
}

const OK: E = E::Ok;
const IN: E = E::SignIn;
const AG: E = E::Agreement;
const U: E = E::Deny(401);
const F: E = E::Deny(403);
const NF: E = E::Deny(404);

/// A route's row.
enum Row {
    /// One expectation per person, in the order of [`PEOPLE`], and for bound people.
    Each([E; 9], &'static [(Bound, E)]),
    /// The same answer whoever asks (the status and the body's length class): a public page, or
    /// a route where the secret in the path, not the person, decides.
    Anyone,
}

use Row::{Anyone, Each};

/// THE table. Columns: anonymous, signed in without a network, member of another network,
/// member who has not accepted the agreement, observer, member, convener, facilitator, admin.
fn table() -> Vec<(&'static str, &'static str, Row)> {
    vec![
        // ---- public pages and the house
        ("GET", "/", Anyone),
        ("GET", "/accessibility", Anyone),
        ("GET", "/static/spira.css", Anyone),
        ("GET", "/static/htmx.min.js", Anyone),
        ("GET", "/healthz", Anyone),
        ("GET", "/readyz", Anyone),
        ("GET", "/metrics", Anyone),
        ("GET", "/api/openapi.json", Anyone),
        // ---- accounts
        ("GET", "/signin", Each([OK; 9], &[])),
        ("POST", "/signin", Anyone),
        ("POST", "/signin/link", Each([OK; 9], &[])),
        ("GET", "/signin/link/{token}", Anyone),
        ("POST", "/signin/link/{token}", Anyone),
        ("POST", "/signout", Each([OK; 9], &[])),
        ("GET", "/password/forgot", Each([OK; 9], &[])),
        ("POST", "/password/forgot", Each([OK; 9], &[])),
        ("GET", "/password/reset/{token}", Anyone),
        ("POST", "/password/reset/{token}", Anyone),
        ("GET", "/invitations/{token}", Anyone),
        ("POST", "/invitations/{token}", Anyone),
        ("GET", "/account", Each([IN, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("POST", "/account", Each([IN, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("POST", "/account/tokens", Each([IN, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("POST", "/account/tokens/{id}/delete", Each([IN, NF, NF, NF, NF, NF, NF, NF, OK], &[])),
        ("GET", "/api/v1/me", Each([U, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("PUT", "/api/v1/me", Each([U, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        // ---- organisations
        ("GET", "/organisations", Each([IN, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("GET", "/organisations/new", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/organisations/new", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/organisations/{id}/edit", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/organisations/{id}/edit", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/organisations", Each([U, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("POST", "/api/v1/organisations", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/organisations/{id}", Each([U, OK, OK, OK, OK, OK, OK, OK, OK], &[])),
        ("PUT", "/api/v1/organisations/{id}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        // ---- networks
        ("GET", "/networks/new", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/new", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}", Anyone),
        ("GET", "/networks/{slug}/home", Each([IN, F, F, OK, OK, OK, OK, OK, F], &[])),
        ("GET", "/networks/{slug}/edit", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/edit", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/people", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/people", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/people/{user_id}/role", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/people/{user_id}/remove", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/members/add", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/members/import", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks", Each([OK; 9], &[])),
        ("POST", "/api/v1/networks", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}", Each([OK; 9], &[])),
        ("PUT", "/api/v1/networks/{slug}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/people", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/networks/{slug}/people", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("PUT", "/api/v1/networks/{slug}/people/{userId}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("DELETE", "/api/v1/networks/{slug}/people/{userId}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        // ---- the agreement
        ("GET", "/networks/{slug}/agreement", Each([IN, F, F, OK, OK, OK, OK, OK, F], &[])),
        ("POST", "/networks/{slug}/agreement/accept", Each([IN, F, F, OK, OK, OK, OK, OK, F], &[])),
        ("GET", "/networks/{slug}/agreement/edit", Each([IN, F, F, F, F, F, F, OK, F], &[])),
        ("POST", "/networks/{slug}/agreement/edit", Each([IN, F, F, F, F, F, F, OK, F], &[])),
        ("GET", "/api/v1/networks/{slug}/agreement", Each([U, F, F, OK, OK, OK, OK, OK, F], &[])),
        ("PUT", "/api/v1/networks/{slug}/agreement", Each([U, F, F, F, F, F, F, OK, F], &[])),
        ("POST", "/api/v1/networks/{slug}/agreement/acceptance", Each([U, F, F, OK, OK, OK, OK, OK, F], &[])),
        // ---- admission
        ("GET", "/networks/{slug}/admission", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/admission", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/apply", Each([OK; 9], &[])),
        ("POST", "/networks/{slug}/apply", Each([OK; 9], &[])),
        ("GET", "/networks/{slug}/applications", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/applications/decide", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/leave", Each([IN, NF, NF, OK, OK, OK, OK, OK, NF], &[])),
        ("POST", "/networks/{slug}/renewal", Each([IN, NF, NF, OK, NF, OK, NF, NF, NF], &[])),
        ("GET", "/applications/confirm/{token}", Anyone),
        ("POST", "/applications/confirm/{token}", Anyone),
        ("GET", "/applications/{id}", Each([IN, NF, NF, NF, NF, NF, NF, OK, OK], &[(Bound::Applicant, OK)])),
        ("POST", "/applications/{id}/withdraw", Each([IN, NF, NF, NF, NF, NF, NF, F, F], &[(Bound::Applicant, OK)])),
        ("POST", "/applications/{id}/manager", Each([IN, NF, NF, NF, NF, NF, NF, OK, OK], &[(Bound::Applicant, F)])),
        ("GET", "/endorse/{token}", Anyone),
        ("POST", "/endorse/{token}", Anyone),
        ("POST", "/networks/{slug}/watch", Each([OK; 9], &[])),
        ("GET", "/watch/confirm/{token}", Anyone),
        ("POST", "/watch/confirm/{token}", Anyone),
        ("GET", "/watch/unsubscribe/{token}", Anyone),
        ("POST", "/watch/unsubscribe/{token}", Anyone),
        ("GET", "/api/v1/networks/{slug}/admission", Each([OK; 9], &[])),
        ("PUT", "/api/v1/networks/{slug}/admission", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/applications", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/networks/{slug}/applications", Each([OK; 9], &[])),
        ("GET", "/api/v1/applications/{id}", Each([U, NF, NF, NF, NF, NF, NF, OK, OK], &[(Bound::Applicant, OK)])),
        ("POST", "/api/v1/applications/{id}/decision", Each([U, F, F, F, F, F, F, OK, OK], &[(Bound::Applicant, F)])),
        ("POST", "/api/v1/applications/{id}/withdrawal", Each([U, NF, NF, NF, NF, NF, NF, F, F], &[(Bound::Applicant, OK)])),
        ("POST", "/api/v1/networks/{slug}/members", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/networks/{slug}/members/import", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("PUT", "/api/v1/networks/{slug}/renewal", Each([U, NF, NF, OK, NF, OK, NF, NF, NF], &[])),
        ("POST", "/api/v1/networks/{slug}/leave", Each([U, NF, NF, OK, OK, OK, OK, OK, NF], &[])),
        // ---- fees
        ("GET", "/networks/{slug}/fees", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/fees", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/price-schedule", Each([OK; 9], &[])),
        ("PUT", "/api/v1/networks/{slug}/price-schedule", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        // ---- invoices
        ("GET", "/networks/{slug}/invoices", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/invoices/issue", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/invoices/issuer", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/invoices/issuer", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/invoices/reference", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/invoices.csv", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/invoices/{id}", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/networks/{slug}/invoices/{id}/ubl", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/invoices/{id}/paid", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/networks/{slug}/invoices/{id}/credit", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/organisations/{id}/invoices", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/organisations/{id}/invoices.csv", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/invoices", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/networks/{slug}/invoices", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/invoice-drafts", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/invoice-issuer", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("PUT", "/api/v1/networks/{slug}/invoice-issuer", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("PUT", "/api/v1/networks/{slug}/buyer-references/{organisation_id}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/invoices/{id}", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/invoices/{id}/ubl", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/invoices/{id}/credit", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("POST", "/api/v1/invoices/{id}/paid", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/organisations/{id}/invoices", Each([U, F, F, F, F, F, F, OK, OK], &[])),
        // ---- the confidential room's directory
        ("GET", "/networks/{slug}/members", Each([IN, F, F, AG, F, OK, OK, OK, F], &[])),
        ("GET", "/networks/{slug}/members.csv", Each([IN, F, F, F, F, F, F, OK, OK], &[])),
        ("GET", "/api/v1/networks/{slug}/members", Each([U, F, F, F, F, OK, OK, OK, F], &[])),
        // ---- operations
        ("GET", "/admin/outbox", Each([IN, F, F, F, F, F, F, F, OK], &[])),
        ("POST", "/admin/outbox/retry", Each([IN, F, F, F, F, F, F, F, OK], &[])),
        ("GET", "/api/v1/outbox", Each([U, F, F, F, F, F, F, F, OK], &[])),
        ("POST", "/api/v1/outbox/retry", Each([U, F, F, F, F, F, F, F, OK], &[])),
    ]
}

const SLUG: &str = "alfa";
/// Names and references only members (or the facilitators and finance) may see.
const MEMBER_NAME: &str = "Hemmelig Hansen";
const SEATED_NAME: &str = "Sekretær Sørensen";
const APPLICANT_NAME: &str = "Ansøger Andersen";
const TARGET_NAME: &str = "Tove Tilføjet";
const BUYER_REFERENCE: &str = "ALFA-REF-4711";
const MOTIVATION: &str = "Jeg leder et hemmeligt projekt om velfærdsteknologi";
/// A secret in a path that no link ever had.
const NO_SUCH_TOKEN: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// Who holds what in the fixture.
struct Person {
    /// Cookies of a signed-in browser with an anti-forgery token (pages).
    cookies: HashMap<String, String>,
    /// A personal API token (the API).
    token: Option<String>,
    /// The names that person may see (their own).
    own: &'static [&'static str],
}

struct Fixture {
    app: TestApp,
    snapshot: Snapshot,
    people: HashMap<Who, Person>,
    bound: HashMap<Bound, Person>,
    ids: HashMap<&'static str, String>,
}

async fn person(app: &TestApp, email: &str, name: &str) -> (Browser, uuid::Uuid, String) {
    let (b, id) = app.signed_in(email, name).await;
    b.csrf().await;
    let token = app.api_token(email).await;
    (b, id, token)
}

async fn fixture(app: TestApp) -> Fixture {
    let mut people = HashMap::new();
    let mut ids = HashMap::new();
    // The facilitator starts the confidential network and publishes its agreement.
    let (fac, fac_id, fac_token) = person(&app, "fac@alfa.example", "Frida Facilitator").await;
    let net = app.create_network(SLUG, fac_id).await;
    let r = fac.post_form("/networks/alfa/agreement/edit", &[("text", "Det, vi deler, bliver i netværket.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let api = app.browser().with_token(&fac_token);
    let region = api
        .json(
            Method::POST,
            "/api/v1/organisations",
            json!({"name": "Region Testland", "kind": "region", "country": "DK", "registrationNumber": "44591219", "gln": "5798000123458",
                   "street": "Regionsgården 1", "postcode": "7100", "city": "Testby", "vatNumber": "DK44591219"}),
        )
        .await;
    assert_eq!(region.status, StatusCode::CREATED, "{}", region.body);
    let region = region.json()["id"].as_str().expect("id").to_string();
    let r = api
        .json(
            Method::PUT,
            "/api/v1/networks/alfa/price-schedule",
            json!({"kind": "first_and_further", "firstSeatMinor": 400_000, "furtherSeatMinor": 250_000, "currency": "DKK"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api
        .json(
            Method::PUT,
            "/api/v1/networks/alfa/invoice-issuer",
            json!({"organisationId": region, "paymentKind": "dk_account", "reg": "1551", "account": "0003456789"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api.json(Method::PUT, "/api/v1/networks/alfa/admission", open_policy()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // A seated member from the region, invoiced with a buyer's reference.
    let r = api
        .json(
            Method::POST,
            "/api/v1/networks/alfa/members",
            json!({"email": "seat@alfa.example", "name": SEATED_NAME, "organisationId": region}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = api
        .json(Method::PUT, &format!("/api/v1/networks/alfa/buyer-references/{region}"), json!({"buyerReference": BUYER_REFERENCE}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api.json(Method::POST, "/api/v1/networks/alfa/invoices", json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let invoice = r.json()["issued"][0]["id"].as_str().unwrap_or_else(|| panic!("an invoice: {}", r.body)).to_string();
    people.insert(Who::Facilitator, Person { cookies: fac.cookies(), token: Some(fac_token), own: &[] });

    for (who, email, name, role, own) in [
        (Who::Member, "member@alfa.example", MEMBER_NAME, "member", &[MEMBER_NAME][..]),
        (Who::NotAccepted, "pending@alfa.example", "Pernille Afventer", "member", &[][..]),
        (Who::Observer, "observer@alfa.example", "Otto Observatør", "observer", &[][..]),
        (Who::Convener, "convener@alfa.example", "Karen Koordinator", "convener", &[][..]),
    ] {
        let (b, id, token) = person(&app, email, name).await;
        app.set_role(net, id, role).await;
        if matches!(who, Who::Member | Who::NotAccepted) {
            app.add_seat(net, id, None, None).await; // a seat answers the renewal question
        }
        if who != Who::NotAccepted {
            let r = b.post_form("/networks/alfa/agreement/accept", &[("version", "1")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{who:?} accepts: {}", r.body);
        }
        people.insert(who, Person { cookies: b.cookies(), token: Some(token), own });
    }
    let (target, target_id, _) = person(&app, "target@alfa.example", TARGET_NAME).await;
    app.set_role(net, target_id, "member").await;
    drop(target);
    ids.insert("user_id", target_id.to_string());

    // Someone in another network, someone in none, and a platform admin.
    let (_, beta_fac, _) = person(&app, "fac@beta.example", "Bente Beta").await;
    let beta = app.create_network("beta", beta_fac).await;
    let (other, other_id, other_token) = person(&app, "member@beta.example", "Mads Medlem").await;
    app.set_role(beta, other_id, "member").await;
    people.insert(Who::OtherNetwork, Person { cookies: other.cookies(), token: Some(other_token), own: &[] });
    let (none, _, none_token) = person(&app, "nobody@example.org", "Nina Ingen").await;
    people.insert(Who::NoNetwork, Person { cookies: none.cookies(), token: Some(none_token), own: &[] });
    app.create_user("admin@spira.example", "Ada Admin", true).await;
    let admin = app.browser();
    let r = admin.post_form("/signin", &[("email", "admin@spira.example"), ("password", crate::support::PASSWORD), ("next", "/")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = admin.post_form("/account/tokens", &[("token_name", "admin's own")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", head(&r.body));
    people.insert(Who::Admin, Person { cookies: admin.cookies(), token: Some(app.api_token("admin@spira.example").await), own: &[] });
    let anonymous = app.browser();
    anonymous.csrf().await;
    people.insert(Who::Anonymous, Person { cookies: anonymous.cookies(), token: None, own: &[] });

    // An applicant with an application waiting for the facilitator.
    let mut bound = HashMap::new();
    let (applicant, _, applicant_token) = person(&app, "applicant@alfa.example", APPLICANT_NAME).await;
    let r = app
        .browser()
        .with_token(&applicant_token)
        .json(
            Method::POST,
            "/api/v1/networks/alfa/applications",
            json!({"organisationId": region, "managerName": "Leder Lund", "managerEmail": "", "attested": [true],
                   "justifications": [MOTIVATION], "acceptTerms": true, "buyerReference": ""}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    ids.insert("application", r.json()["applicationId"].as_str().expect("id").to_string());
    bound.insert(
        Bound::Applicant,
        Person { cookies: applicant.cookies(), token: Some(applicant_token), own: &[APPLICANT_NAME, MOTIVATION] },
    );

    ids.insert("organisation", region);
    ids.insert("invoice", invoice);
    ids.insert("token_id", admin_token_id(&app).await);
    let snapshot = app.snapshot().await;
    Fixture { app, snapshot, people, bound, ids }
}

fn open_policy() -> Value {
    json!({"open": true, "criteria": [{"text": "Arbejder med innovation", "needsJustification": true}], "managerEndorsement": false,
           "waitingList": true, "bindingTerms": "Pladsen er personlig og bindende for kalenderåret."})
}

/// The id of the admin's own API token (made on the account page).
async fn admin_token_id(app: &TestApp) -> String {
    let mut r = app.db.read().await.expect("read");
    let user = spira_store::accounts::find_user_by_email(r.conn(), "admin@spira.example").await.expect("q").expect("admin");
    let tokens = spira_store::accounts::list_api_tokens(r.conn(), user.id).await.expect("tokens");
    tokens.first().expect("a token").id.to_string()
}

/// The path with the fixture's objects in place of its parameters.
fn concrete(path: &str, fx: &Fixture) -> String {
    let id = if path.contains("/applications/{id}") {
        &fx.ids["application"]
    } else if path.contains("invoices/{id}") {
        &fx.ids["invoice"]
    } else if path.contains("/organisations/{id}") {
        &fx.ids["organisation"]
    } else {
        &fx.ids["token_id"]
    };
    path.replace("{slug}", SLUG)
        .replace("{user_id}", &fx.ids["user_id"])
        .replace("{userId}", &fx.ids["user_id"])
        .replace("{organisation_id}", &fx.ids["organisation"])
        .replace("{token}", NO_SUCH_TOKEN)
        .replace("{id}", id)
}

/// What a form or an API call sends: enough that a person let through gets past the parsing, so
/// that the answer is about who asks.
fn form(path: &str, fx: &Fixture) -> Vec<(&'static str, String)> {
    let f = |pairs: &[(&'static str, &str)]| pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
    match path {
        "/signin" => f(&[("email", "nobody@example.org"), ("password", "wrong password"), ("next", "/")]),
        "/signin/link" | "/password/forgot" => f(&[("email", "nobody@example.org")]),
        "/networks/{slug}/agreement/accept" => f(&[("version", "1")]),
        "/networks/{slug}/people/{user_id}/role" => f(&[("role", "convener")]),
        "/networks/{slug}/renewal" => f(&[("renewal", "continue")]),
        "/applications/{id}/manager" => f(&[("manager_email", "leder@alfa.example")]),
        "/networks/{slug}/applications/decide" => f(&[("ids", &fx.ids["application"]), ("decision", "admit")]),
        "/networks/{slug}/invoices/reference" => f(&[("organisation_id", &fx.ids["organisation"]), ("buyer_reference", "NY-REF")]),
        _ => Vec::new(),
    }
}

fn json_body(method: &str, path: &str, fx: &Fixture) -> Value {
    match (method, path) {
        ("PUT", "/api/v1/networks/{slug}/people/{userId}") => json!({"role": "convener"}),
        ("POST", "/api/v1/networks/{slug}/agreement/acceptance") => json!({"version": 1}),
        ("POST", "/api/v1/applications/{id}/decision") => json!({"decision": "admit"}),
        ("PUT", "/api/v1/networks/{slug}/renewal") => json!({"renewal": "continue"}),
        ("PUT", "/api/v1/me") => json!({"name": "Nyt Navn", "language": "da"}),
        ("POST", "/api/v1/organisations") => json!({"name": "Ny Kommune", "kind": "municipality", "country": "DK"}),
        ("PUT", "/api/v1/organisations/{id}") => json!({"name": "Region Testland", "kind": "region", "country": "DK"}),
        ("POST", "/api/v1/networks") | ("PUT", "/api/v1/networks/{slug}") => {
            json!({"name": "Nyt netværk", "language": "da", "country": "DK"})
        }
        ("PUT", "/api/v1/networks/{slug}/buyer-references/{organisation_id}") => json!({"buyerReference": "NY-REF"}),
        ("POST", "/api/v1/networks/{slug}/members") => json!({"email": "ny@alfa.example", "name": "Ny Person"}),
        ("POST", "/api/v1/networks/{slug}/members/import") => json!({"rows": "Ny Person;ny@alfa.example"}),
        ("POST", "/api/v1/networks/{slug}/people") => json!({"email": "ny@alfa.example", "role": "member"}),
        ("PUT", "/api/v1/networks/{slug}/agreement") => json!({"text": "Ny tekst"}),
        ("PUT", "/api/v1/networks/{slug}/admission") => open_policy(),
        ("PUT", "/api/v1/networks/{slug}/price-schedule") => {
            json!({"kind": "flat", "firstSeatMinor": 300_000, "furtherSeatMinor": 300_000, "currency": "DKK"})
        }
        ("PUT", "/api/v1/networks/{slug}/invoice-issuer") => {
            json!({"organisationId": fx.ids["organisation"], "paymentKind": "dk_account", "reg": "1551", "account": "0003456789"})
        }
        _ => json!({}),
    }
}

async fn ask(app: &TestApp, fx: &Fixture, person: &Person, method: &str, path: &str) -> Resp {
    let uri = concrete(path, fx);
    if path.starts_with("/api/v1/") {
        let mut b = app.browser();
        if let Some(t) = &person.token {
            b = b.with_token(t);
        }
        if method == "GET" {
            b.get(&uri).await
        } else {
            b.json(Method::from_bytes(method.as_bytes()).expect("method"), &uri, json_body(method, path, fx)).await
        }
    } else {
        let b = app.browser_with_cookies(person.cookies.clone());
        match method {
            "GET" => b.get(&uri).await,
            "POST" => {
                let fields = form(path, fx);
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                b.post_form(&uri, &fields).await
            }
            other => panic!("no page answers {other}"),
        }
    }
}

/// Whether the answer is what the table says; `None` when it is.
fn mismatch(expected: E, r: &Resp) -> Option<String> {
    let status = r.status.as_u16();
    let to_signin = r.status == StatusCode::SEE_OTHER && r.location().starts_with("/signin");
    let to_agreement = r.status == StatusCode::SEE_OTHER && r.location().contains("/agreement?notice=accept_first");
    let ok = match expected {
        E::Ok => status < 500 && ![401, 403, 404].contains(&status) && !to_signin && !to_agreement,
        E::SignIn => to_signin,
        E::Agreement => to_agreement,
        E::Deny(s) => status == s,
    };
    (!ok).then(|| format!("{status} {}", r.location()))
}

/// The confidential names and references a body must not hold for someone denied.
fn leaks(r: &Resp, own: &[&str]) -> Vec<&'static str> {
    [MEMBER_NAME, SEATED_NAME, APPLICANT_NAME, TARGET_NAME, BUYER_REFERENCE, MOTIVATION]
        .into_iter()
        .filter(|s| !own.contains(s) && r.body.contains(s))
        .collect()
}

async fn every_route_answers_each_person_as_the_table_says(app: TestApp) {
    let fx = fixture(app).await;
    let table = table();
    let ruled: BTreeSet<(&str, String)> = table.iter().map(|(m, p, _)| (*m, p.to_string())).collect();
    let registered: BTreeSet<(&str, String)> = spira_web::routes::all().into_iter().map(|r| (r.method, r.path)).collect();
    let unruled: Vec<_> = registered.difference(&ruled).collect();
    assert!(unruled.is_empty(), "routes without a row in the table: {unruled:?}");
    let stale: Vec<_> = ruled.difference(&registered).collect();
    assert!(stale.is_empty(), "rows for routes that do not exist: {stale:?}");

    let mut failures = Vec::new();
    let mut asked = 0;
    let app = fx.app.clone();
    // Whether someone let through may have changed the fixture since it was last put back.
    let mut dirty = false;
    for (method, path, row) in &table {
        let changes = method != &"GET";
        match row {
            Anyone => {
                let mut answers = Vec::new();
                for who in PEOPLE {
                    if std::mem::take(&mut dirty) {
                        fx.snapshot.restore(&app).await;
                    }
                    let r = ask(&app, &fx, &fx.people[&who], method, path).await;
                    dirty = changes;
                    asked += 1;
                    if r.status.is_server_error() {
                        failures.push(format!("{method} {path} as {who:?}: {} {}", r.status, r.body));
                    }
                    let leaked = leaks(&r, fx.people[&who].own);
                    if !leaked.is_empty() {
                        failures.push(format!("{method} {path} as {who:?} shows {leaked:?}"));
                    }
                    answers.push((who, r.status));
                }
                let statuses: BTreeSet<_> = answers.iter().map(|(_, s)| *s).collect();
                if statuses.len() != 1 {
                    failures.push(format!("{method} {path} answers differently by person: {answers:?}"));
                }
            }
            Each(expected, bound) => {
                // Those denied ask first: a denial changes nothing.
                let mut asks: Vec<(String, &Person, E)> =
                    PEOPLE.iter().zip(expected).map(|(w, e)| (format!("{w:?}"), &fx.people[w], *e)).collect();
                asks.extend(bound.iter().map(|(b, e)| (format!("{b:?}"), &fx.bound[b], *e)));
                asks.sort_by_key(|(_, _, e)| *e == E::Ok);
                // Everyone finds the fixture as it was made.
                for (who, person, e) in asks {
                    if std::mem::take(&mut dirty) {
                        fx.snapshot.restore(&app).await;
                    }
                    let r = ask(&app, &fx, person, method, path).await;
                    dirty = changes && e == E::Ok;
                    asked += 1;
                    if let Some(got) = mismatch(e, &r) {
                        failures.push(format!("{method} {path} as {who}: expected {e:?}, got {got}: {}", head(&r.body)));
                    }
                    if e != E::Ok {
                        let leaked = leaks(&r, person.own);
                        if !leaked.is_empty() {
                            failures.push(format!("{method} {path} as {who} is denied but shows {leaked:?}"));
                        }
                    }
                }
            }
        }
    }
    eprintln!("routes × people: {} routes, {asked} answers checked", table.len());
    assert!(failures.is_empty(), "{} answers differ from the table:\n{}", failures.len(), failures.join("\n"));
}

fn head(body: &str) -> String {
    body.chars().take(160).collect::<String>().replace('\n', " ")
}
