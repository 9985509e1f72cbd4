use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::on_both;
use crate::support::{Refusal, TestApp};

on_both!(
    the_api_refuses_missing_and_unknown_tokens_with_json_errors,
    a_facilitator_creates_and_edits_a_network_through_the_api,
    invalid_api_bodies_get_field_errors_in_camel_case,
    malformed_json_wrong_types_and_unknown_fields_are_4xx,
    a_member_cannot_change_a_charter_through_the_api,
    an_invitation_through_the_api_sends_an_email,
    the_outbox_api_is_for_platform_admins,
    people_and_profile_are_managed_through_the_api,
    a_bad_or_revoked_token_is_refused_with_a_bearer_challenge_even_on_public_routes,
);

async fn people_and_profile_are_managed_through_the_api(app: TestApp) {
    let fac = app.create_user("api-ppl@region.example", "Fac", false).await;
    let net = app.create_network("api-ppl", fac).await;
    let m = app.create_user("api-ppl-m@region.example", "Member", false).await;
    app.set_role(net, m, "member").await;
    let api = app.browser().with_token(&app.api_token("api-ppl@region.example").await);
    let r = api.json(Method::PUT, &format!("/api/v1/networks/api-ppl/people/{m}"), json!({"role": "observer"})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = api.json(Method::PUT, &format!("/api/v1/networks/api-ppl/people/{fac}"), json!({"role": "member"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["error"]["code"], "last_facilitator");
    let r = api
        .send(axum::http::Request::delete(format!("/api/v1/networks/api-ppl/people/{m}")).body(axum::body::Body::empty()).expect("req"))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = api
        .send(axum::http::Request::delete(format!("/api/v1/networks/api-ppl/people/{m}")).body(axum::body::Body::empty()).expect("req"))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let me = api.json(Method::PUT, "/api/v1/me", json!({"name": "Frede Facilitator", "language": "sv"})).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["language"], "sv");
    let bad = api.json(Method::PUT, "/api/v1/me", json!({"name": "", "language": "de", "organisationId": "x"})).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["fields"].as_array().map(Vec::len), Some(3));
    let none = api
        .json(Method::PUT, "/api/v1/me", json!({"name": "X", "language": "da", "organisationId": uuid::Uuid::now_v7().to_string()}))
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
}

fn body(name: &str) -> serde_json::Value {
    json!({
        "name": name,
        "purpose": "Spredning af velfungerende løsninger",
        "admissionCriteria": ["Ansat i en kommune", "Arbejder med innovation"],
        "meetingsPerYear": 5,
        "meetingMinutes": 330,
        "confidential": true,
        "language": "da",
        "country": "DK",
        "status": "running"
    })
}

async fn the_api_refuses_missing_and_unknown_tokens_with_json_errors(app: TestApp) {
    let r = app.browser().get("/api/v1/me").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["error"]["code"], "sign_in_required");
    let r = app.browser().with_token("spira_notarealtoken").get("/api/v1/me").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["error"]["code"], "invalid_token");
    let r = app.browser().with_lang("sv").with_token("spira_notarealtoken").get("/api/v1/me").await;
    assert!(r.json()["error"]["message"].as_str().expect("msg").contains("API"), "{}", r.body);
    let r = app.browser().get("/api/v1/no-such-thing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"]["code"], "not_found");
}

async fn a_facilitator_creates_and_edits_a_network_through_the_api(app: TestApp) {
    let id = app.create_user("api@region.example", "Api", false).await;
    app.create_network("api-base", id).await;
    let api = app.browser().with_token(&app.api_token("api@region.example").await);
    let r = api.json(Method::POST, "/api/v1/networks", body("Spredningsnetværket")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let n = r.json();
    assert_eq!(n["slug"], "spredningsnetvaerket");
    assert_eq!(n["meetingMinutes"], 330);
    assert_eq!(n["admissionCriteria"][1], "Arbejder med innovation");
    assert_eq!(n["timeZone"], "Europe/Copenhagen");

    let mut changed = body("Spredningsnetværket");
    changed["slug"] = json!("spredningsnetvaerket");
    changed["purpose"] = json!("Nyt formål fra API");
    let r = api.json(Method::PUT, "/api/v1/networks/spredningsnetvaerket", changed).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = app.browser().get("/api/v1/networks/spredningsnetvaerket").await;
    assert_eq!(r.json()["purpose"], "Nyt formål fra API");
    let people = api.get("/api/v1/networks/spredningsnetvaerket/people").await;
    assert_eq!(people.json()[0]["role"], "facilitator");
}

async fn invalid_api_bodies_get_field_errors_in_camel_case(app: TestApp) {
    let id = app.create_user("api2@region.example", "Api", false).await;
    app.create_network("api-two", id).await;
    let api = app.browser().with_token(&app.api_token("api2@region.example").await);
    let mut b = body("");
    b["contactEmail"] = json!("not an address");
    b["meetingsPerYear"] = json!(400);
    let r = api.json(Method::POST, "/api/v1/networks", b).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let e = r.json();
    assert_eq!(e["error"]["code"], "invalid_input");
    let fields: Vec<&str> = e["error"]["fields"].as_array().expect("fields").iter().map(|f| f["field"].as_str().expect("f")).collect();
    assert!(fields.contains(&"name") && fields.contains(&"contactEmail") && fields.contains(&"meetingsPerYear"), "{fields:?}");
}

async fn malformed_json_wrong_types_and_unknown_fields_are_4xx(app: TestApp) {
    let id = app.create_user("api3@region.example", "Api", false).await;
    app.create_network("api-three", id).await;
    let api = app.browser().with_token(&app.api_token("api3@region.example").await);
    let bad_request = Refusal::Api(StatusCode::BAD_REQUEST, "bad_request", "The request could not be used.");
    let malformed = Refusal::Api(
        StatusCode::UNPROCESSABLE_ENTITY,
        "malformed_input",
        "What you sent could not be read. Check the format and try again.",
    );
    for (raw, refusal) in [
        ("{not json", bad_request),
        (r#"{"name": 5, "language": "da", "country": "DK"}"#, malformed),
        (r#"{"name": "x", "language": "da", "country": "DK", "evil": 1}"#, malformed),
        ("[]", malformed),
        ("", bad_request),
    ] {
        let r = api
            .send(
                axum::http::Request::post("/api/v1/networks")
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(raw))
                    .expect("req"),
            )
            .await;
        r.assert_refused(refusal, raw);
    }
    let r = api.post_raw("/api/v1/networks", "text/plain", b"hello".to_vec()).await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.json()["error"]["code"], "unsupported_media_type");
    let big = format!(r#"{{"name": "{}", "language": "da", "country": "DK"}}"#, "x".repeat(300_000));
    let r = api.post_raw("/api/v1/networks", "application/json", big.into_bytes()).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    let r = api.get("/api/v1/organisations/not-a-uuid").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"]["code"].is_string());
    let r = api.get(&format!("/api/v1/organisations/{}", uuid::Uuid::now_v7())).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

async fn a_member_cannot_change_a_charter_through_the_api(app: TestApp) {
    let fac = app.create_user("api-fac@region.example", "Fac", false).await;
    let net = app.create_network("api-lukket", fac).await;
    let member = app.create_user("api-member@region.example", "Member", false).await;
    app.set_role(net, member, "member").await;
    let api = app.browser().with_token(&app.api_token("api-member@region.example").await);
    let r = api.json(Method::PUT, "/api/v1/networks/api-lukket", body("Overtaget")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["error"]["code"], "forbidden");
    assert_eq!(api.get("/api/v1/networks/api-lukket/people").await.status, StatusCode::FORBIDDEN);
    let anon = app.browser().json(Method::PUT, "/api/v1/networks/api-lukket", body("Overtaget")).await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_ne!(app.browser().get("/api/v1/networks/api-lukket").await.json()["name"], "Overtaget");
}

async fn an_invitation_through_the_api_sends_an_email(app: TestApp) {
    let fac = app.create_user("api-inv@region.example", "Inviter", false).await;
    app.create_network("api-inv", fac).await;
    let api = app.browser().with_token(&app.api_token("api-inv@region.example").await);
    let r = api.json(Method::POST, "/api/v1/networks/api-inv/people", json!({"email": "gæst@kommune.example", "role": "convener"})).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let mail = app.mail_to("gæst@kommune.example").await;
    assert!(mail.body.contains("/invitations/"));
    let r = api.json(Method::POST, "/api/v1/networks/api-inv/people", json!({"email": "x@y.example", "role": "king"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn the_outbox_api_is_for_platform_admins(app: TestApp) {
    app.create_user("ops@spira.example", "Ops", true).await;
    app.create_user("not-ops@spira.example", "Not ops", false).await;
    let admin = app.browser().with_token(&app.api_token("ops@spira.example").await);
    assert_eq!(admin.get("/api/v1/outbox").await.status, StatusCode::OK);
    let other = app.browser().with_token(&app.api_token("not-ops@spira.example").await);
    assert_eq!(other.get("/api/v1/outbox").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_openapi_document_lists_the_values_of_states_and_decisions() {
    let doc = serde_json::to_value(spira_web::api::openapi()).expect("json");
    let values = |name: &str| -> Vec<String> {
        doc["components"]["schemas"][name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no enum schema {name}: {}", doc["components"]["schemas"][name]))
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    let states: Vec<String> = spira_domain::admission::ApplicationState::ALL.iter().map(|s| s.as_str().to_string()).collect();
    assert_eq!(values("ApplicationState"), states, "every state, in the domain's words");
    assert_eq!(values("Decision"), ["admit", "waitlist", "reject"]);
}

#[tokio::test]
async fn every_operation_documents_the_answers_any_request_can_get() {
    let doc = serde_json::to_value(spira_web::api::openapi()).expect("json");
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("ops") {
            let responses = op["responses"].as_object().expect("responses");
            for code in ["400", "401", "429"] {
                assert!(responses.contains_key(code), "{method} {path} does not document {code}");
            }
            if path.contains('{') {
                assert!(responses.contains_key("404"), "{method} {path} does not document 404");
            }
            if op.get("requestBody").is_some() {
                for code in ["413", "415", "422"] {
                    assert!(responses.contains_key(code), "{method} {path} does not document {code}");
                }
            }
        }
    }
}

#[tokio::test]
async fn the_openapi_document_names_every_operation() {
    let doc = serde_json::to_value(spira_web::api::openapi()).expect("json");
    assert_eq!(doc["openapi"].as_str().map(|v| v.starts_with("3.1")), Some(true));
    let mut ids: Vec<String> = doc["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|p| p.as_object().expect("ops").values().filter_map(|op| op["operationId"].as_str().map(str::to_string)))
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "acceptAgreement",
            "addMember",
            "applyToNetwork",
            "createNetwork",
            "createOrganisation",
            "creditInvoice",
            "decideApplication",
            "getAdmissionPolicy",
            "getAgreement",
            "getApplication",
            "getInvoice",
            "getInvoiceIssuer",
            "getInvoiceUbl",
            "getMe",
            "getNetwork",
            "getOrganisation",
            "getPriceSchedule",
            "importMembers",
            "inviteToNetwork",
            "issueInvoices",
            "leaveNetwork",
            "listApplications",
            "listInvoiceDrafts",
            "listInvoices",
            "listIssuerInvoices",
            "listMembers",
            "listNetworkPeople",
            "listNetworks",
            "listOrganisations",
            "listOutbox",
            "markInvoicePaid",
            "removeNetworkPerson",
            "retryOutbox",
            "setBuyerReference",
            "setNetworkRole",
            "setRenewal",
            "updateAdmissionPolicy",
            "updateAgreement",
            "updateInvoiceIssuer",
            "updateMe",
            "updateNetwork",
            "updateOrganisation",
            "updatePriceSchedule",
            "withdrawApplication"
        ]
    );
}

fn challenge(r: &crate::support::Resp) -> &str {
    r.headers.get(axum::http::header::WWW_AUTHENTICATE).and_then(|v| v.to_str().ok()).unwrap_or("")
}

async fn a_bad_or_revoked_token_is_refused_with_a_bearer_challenge_even_on_public_routes(app: TestApp) {
    // Anonymous reading of a public route stays open, and a route that needs sign-in challenges.
    let r = app.browser().get("/api/v1/networks").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(challenge(&r), "");
    let r = app.browser().get("/api/v1/me").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(challenge(&r), "Bearer");

    // A token that is no token is refused on a public route too, not served as anonymous.
    let r = app.browser().with_token("not-a-token").get("/api/v1/networks").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert_eq!(challenge(&r), r#"Bearer error="invalid_token""#);
    assert_eq!(r.json()["error"]["code"], "invalid_token");
    let r = app.browser().with_token("spira_notarealtoken").get("/api/v1/me").await;
    assert_eq!(challenge(&r), r#"Bearer error="invalid_token""#);

    // A good token works on both kinds of route.
    let (b, _) = app.signed_in("revoke@aaby.example", "Rikke").await;
    let r = b.post_form("/account/tokens", &[("token_name", "Script")]).await;
    let start = r.body.find("<code>spira_").expect("token shown once") + 6;
    let token = r.body[start..start + r.body[start..].find('<').expect("end")].to_string();
    let api = app.browser().with_token(&token);
    assert_eq!(api.get("/api/v1/networks").await.status, StatusCode::OK);
    let me = api.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(challenge(&me), "");

    // Revoked on the account page, it is refused everywhere.
    let page = b.get("/account").await.body;
    let at = page.find("action=\"/account/tokens/").expect("delete form") + "action=\"".len();
    let action = &page[at..at + page[at..].find('"').expect("end")];
    let r = b.post_form(action, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    for path in ["/api/v1/networks", "/api/v1/me"] {
        let r = api.get(path).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}: {}", r.body);
        assert_eq!(challenge(&r), r#"Bearer error="invalid_token""#, "{path}");
        assert_eq!(r.json()["error"]["code"], "invalid_token");
    }
}
