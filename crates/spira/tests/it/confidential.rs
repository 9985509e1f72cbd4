//! The confidential room: what members share is visible only to members (facilitators and
//! conveners included) who accepted the current confidentiality agreement — in pages and API.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::on_both;
use crate::support::{Browser, TestApp};

on_both!(
    the_directory_is_hidden_from_everyone_who_has_not_accepted_in_pages_and_api,
    a_new_version_must_be_accepted_again_unless_it_is_editorial,
    accepting_a_version_that_has_been_replaced_is_a_conflict,
    the_member_list_downloads_as_csv_for_danish_and_swedish_spreadsheets,
    a_profile_appears_in_the_directory,
    a_network_that_is_not_a_confidential_room_needs_no_agreement,
    the_agreement_page_names_the_law_on_access_to_documents,
    the_author_of_a_version_has_accepted_it_by_publishing_it,
);

struct Room {
    facilitator: Browser,
    accepted: Browser,
    not_accepted: Browser,
    observer: Browser,
    other_network: Browser,
    admin: Browser,
}

const SECRET_NAME: &str = "Hemmelig Hansen";

async fn room(app: &TestApp, slug: &str) -> Room {
    let (facilitator, fac) = app.signed_in(&format!("fac@{slug}.example"), "Facilitator").await;
    let net = app.create_network(slug, fac).await;
    let r = facilitator.post_form(&format!("/networks/{slug}/agreement/edit"), &[("text", "Det, vi deler, bliver i netværket.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (accepted, a) = app.signed_in(&format!("accepted@{slug}.example"), SECRET_NAME).await;
    app.set_role(net, a, "member").await;
    let r = accepted.post_form(&format!("/networks/{slug}/agreement/accept"), &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (not_accepted, n) = app.signed_in(&format!("pending@{slug}.example"), "Pending").await;
    app.set_role(net, n, "member").await;
    let (observer, o) = app.signed_in(&format!("observer@{slug}.example"), "Observer").await;
    app.set_role(net, o, "observer").await;
    let (other_network, x) = app.signed_in(&format!("other@{slug}.example"), "Other").await;
    app.create_network(&format!("{slug}-other"), x).await;
    app.create_user(&format!("admin@{slug}.example"), "Admin", true).await;
    let admin = app.browser();
    admin.post_form("/signin", &[("email", &format!("admin@{slug}.example")), ("password", crate::support::PASSWORD)]).await;
    Room { facilitator, accepted, not_accepted, observer, other_network, admin }
}

async fn the_directory_is_hidden_from_everyone_who_has_not_accepted_in_pages_and_api(app: TestApp) {
    let r = room(&app, "rum").await;
    let path = "/networks/rum/members";
    let ok = r.accepted.get(path).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains(SECRET_NAME));
    assert_eq!(r.facilitator.get(path).await.status, StatusCode::OK, "the facilitator accepted by publishing");

    let pending = r.not_accepted.get(path).await;
    assert_eq!(pending.status, StatusCode::SEE_OTHER);
    assert_eq!(pending.location(), "/networks/rum/agreement?notice=accept_first");
    for (who, b) in [("observer", &r.observer), ("other network", &r.other_network), ("platform admin", &r.admin)] {
        let res = b.get(path).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}");
        assert!(!res.body.contains(SECRET_NAME), "{who} must see nothing");
    }
    let anon = app.browser().get(path).await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
    assert!(!anon.body.contains(SECRET_NAME));
    let home = r.not_accepted.get("/networks/rum/home").await;
    assert!(!home.body.contains(SECRET_NAME), "the home page does not leak the directory");

    // The API says the same.
    let api = "/api/v1/networks/rum/members";
    let token = |email: String| {
        let app = app.clone();
        async move { app.browser().with_token(&app.api_token(&email).await) }
    };
    let members = token("accepted@rum.example".into()).await.get(api).await;
    assert_eq!(members.status, StatusCode::OK);
    assert!(members.body.contains(SECRET_NAME));
    let pending = token("pending@rum.example".into()).await.get(api).await;
    assert_eq!(pending.status, StatusCode::FORBIDDEN);
    assert_eq!(pending.json()["error"]["code"], "agreement_not_accepted");
    for email in ["observer@rum.example", "other@rum.example", "admin@rum.example"] {
        let res = token(email.into()).await.get(api).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{email}");
        assert!(!res.body.contains(SECRET_NAME));
    }
    assert_eq!(app.browser().get(api).await.status, StatusCode::UNAUTHORIZED);
    // Outsiders cannot read the agreement either, nor accept it to get in.
    assert_eq!(r.other_network.get("/networks/rum/agreement").await.status, StatusCode::FORBIDDEN);
    assert_eq!(r.other_network.post_form("/networks/rum/agreement/accept", &[("version", "1")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(r.other_network.get(path).await.status, StatusCode::FORBIDDEN);
}

async fn a_new_version_must_be_accepted_again_unless_it_is_editorial(app: TestApp) {
    let r = room(&app, "versioner").await;
    let path = "/networks/versioner/members";
    let editorial = r
        .facilitator
        .post_form(
            "/networks/versioner/agreement/edit",
            &[("text", "Det, vi deler, bliver i netværket. (Stavefejl rettet.)"), ("editorial", "on")],
        )
        .await;
    assert_eq!(editorial.status, StatusCode::SEE_OTHER);
    assert_eq!(r.accepted.get(path).await.status, StatusCode::OK, "an editorial change keeps the acceptance");
    let api = app.browser().with_token(&app.api_token("accepted@versioner.example").await);
    let a = api.get("/api/v1/networks/versioner/agreement").await.json();
    assert_eq!((a["version"].as_i64(), a["editorial"].as_bool(), a["accepted"].as_bool()), (Some(2), Some(true), Some(true)));

    let fac_api = app.browser().with_token(&app.api_token("fac@versioner.example").await);
    let real = fac_api
        .json(Method::PUT, "/api/v1/networks/versioner/agreement", json!({"text": "Nye regler: intet må deles uden samtykke."}))
        .await;
    assert_eq!(real.status, StatusCode::OK, "{}", real.body);
    assert_eq!(real.json()["version"], 3);
    assert_eq!(r.accepted.get(path).await.status, StatusCode::SEE_OTHER, "a real change must be accepted again");
    let again = api.json(Method::POST, "/api/v1/networks/versioner/agreement/acceptance", json!({"version": 3})).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(again.json()["accepted"], true);
    assert_eq!(r.accepted.get(path).await.status, StatusCode::OK);

    let member_api = api.json(Method::PUT, "/api/v1/networks/versioner/agreement", json!({"text": "Overtaget"})).await;
    assert_eq!(member_api.status, StatusCode::FORBIDDEN, "only facilitators write the agreement");
    let empty = fac_api.json(Method::PUT, "/api/v1/networks/versioner/agreement", json!({"text": "  "})).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn accepting_a_version_that_has_been_replaced_is_a_conflict(app: TestApp) {
    let r = room(&app, "foraeldet").await;
    r.facilitator.post_form("/networks/foraeldet/agreement/edit", &[("text", "Version to")]).await;
    let stale = r.not_accepted.post_form("/networks/foraeldet/agreement/accept", &[("version", "1")]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(r.not_accepted.get("/networks/foraeldet/members").await.status, StatusCode::SEE_OTHER);
    let junk = r.not_accepted.post_form("/networks/foraeldet/agreement/accept", &[("version", "to")]).await;
    assert_eq!(junk.status, StatusCode::BAD_REQUEST);
    let ok = r.not_accepted.post_form("/networks/foraeldet/agreement/accept", &[("version", "2")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let twice = r.not_accepted.post_form("/networks/foraeldet/agreement/accept", &[("version", "2")]).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER, "accepting twice is harmless");
}

async fn the_member_list_downloads_as_csv_for_danish_and_swedish_spreadsheets(app: TestApp) {
    let r = room(&app, "csv").await;
    let csv = r.facilitator.clone().with_lang("da").get("/networks/csv/members.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type().starts_with("text/csv"));
    assert!(csv.body.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    let lines: Vec<&str> = csv.body.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "Navn;E-mail;Arbejdsplads;Rolle;Periode;Næste periode;Ansøgning;Ordreference;Accepteret aftaleversion;Accepteret den;Faktura"
    );
    assert_eq!(lines.len(), 1 + 4, "facilitator, two members and the observer");
    let row = lines.iter().find(|l| l.starts_with(SECRET_NAME)).expect("member row");
    assert!(row.contains(";accepted@csv.example;;Medlem;;;;;1;"), "{row}");
    assert_eq!(r.accepted.get("/networks/csv/members.csv").await.status, StatusCode::FORBIDDEN);
    assert_eq!(r.other_network.get("/networks/csv/members.csv").await.status, StatusCode::FORBIDDEN);
}

async fn a_profile_appears_in_the_directory(app: TestApp) {
    let r = room(&app, "profil").await;
    let saved = r
        .accepted
        .post_form(
            "/account",
            &[
                ("name", SECRET_NAME),
                ("lang", "da"),
                ("presentation", "Jordemoder med hang til service design."),
                ("competences", "Service design, NABC, service design"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let dir = r.facilitator.get("/networks/profil/members").await;
    assert!(dir.body.contains("Jordemoder med hang til service design."));
    assert_eq!(dir.body.matches("<li>Service design</li>").count(), 1, "duplicates are dropped");
    let too_long = r.accepted.post_form("/account", &[("name", SECRET_NAME), ("lang", "da"), ("competences", &"x".repeat(90))]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(r##"href="#competences""##));
    let me = app.browser().with_token(&app.api_token("accepted@profil.example").await).get("/api/v1/me").await.json();
    assert_eq!(me["competences"], json!(["Service design", "NABC"]));
}

async fn a_network_that_is_not_a_confidential_room_needs_no_agreement(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@aaben.example", "Fac").await;
    app.create_network("aaben", fac_id).await;
    let form = [("name", "Åbent netværk"), ("slug", "aaben"), ("language", "da"), ("country", "DK"), ("status", "running")];
    assert_eq!(fac.post_form("/networks/aaben/edit", &form).await.status, StatusCode::SEE_OTHER, "saved without the confidential box");
    let (m, m_id) = app.signed_in("m@aaben.example", "Medlem Uden Aftale").await;
    let net = app.browser().get("/api/v1/networks/aaben").await.json();
    assert_eq!(net["confidential"], false);
    let id = spira_store::Uuid::parse_str(net["id"].as_str().expect("id")).expect("uuid");
    app.set_role(id, m_id, "member").await;
    assert_eq!(m.get("/networks/aaben/members").await.status, StatusCode::OK);
}

async fn the_agreement_page_names_the_law_on_access_to_documents(app: TestApp) {
    let r = room(&app, "aktindsigt").await;
    let da = r.not_accepted.clone().with_lang("da").get("/networks/aktindsigt/agreement").await;
    assert_eq!(da.status, StatusCode::OK);
    assert!(da.body.contains("aktindsigt"));
    assert!(da.body.contains(r#"id="accept-agreement""#));
    let sv = r.not_accepted.clone().with_lang("sv").get("/networks/aktindsigt/agreement").await;
    assert!(sv.body.contains("offentlighetsprincipen"));
    let accepted = r.accepted.get("/networks/aktindsigt/agreement").await;
    assert!(!accepted.body.contains(r#"id="accept-agreement""#), "nothing to accept twice");
}

/// Issue 16, section 4: whoever publishes a version has read it, editorial versions included, so
/// their own member directory opens instead of sending them to the agreement page.
async fn the_author_of_a_version_has_accepted_it_by_publishing_it(app: TestApp) {
    let (first, first_id) = app.signed_in("fac@forfatter.example", "Første").await;
    let net = app.create_network("forfatter", first_id).await;
    let accepted = |user| {
        let app = app.clone();
        async move {
            let mut r = app.db.read().await.expect("read");
            spira_store::agreements::accepted(r.conn(), spira_store::ids::NetworkId(net), spira_store::ids::UserId(user))
                .await
                .expect("accepted")
                .map(|(v, _)| v)
        }
    };
    let api = app.browser().with_token(&app.api_token("fac@forfatter.example").await);
    let put = api.json(Method::PUT, "/api/v1/networks/forfatter/agreement", json!({"text": "Det, vi deler, bliver her."})).await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.body);
    assert_eq!((put.json()["version"].as_i64(), put.json()["accepted"].as_bool()), (Some(1), Some(true)));
    assert_eq!(accepted(first_id).await, Some(1), "the acceptance is recorded with the version published");
    let dir = first.get("/networks/forfatter/members").await;
    assert_eq!(dir.status, StatusCode::OK, "not sent to the agreement page: {}", dir.location());

    // A second facilitator who never accepted corrects a typo: her editorial version is hers too.
    let (second, second_id) = app.signed_in("fac2@forfatter.example", "Anden").await;
    app.set_role(net, second_id, "facilitator").await;
    assert_eq!(second.get("/networks/forfatter/members").await.status, StatusCode::SEE_OTHER);
    let r = second
        .post_form("/networks/forfatter/agreement/edit", &[("text", "Det, vi deler, bliver her. (Rettet.)"), ("editorial", "on")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(accepted(second_id).await, Some(2));
    assert_eq!(second.get("/networks/forfatter/members").await.status, StatusCode::OK);
    assert_eq!(accepted(first_id).await, Some(1), "an editorial version keeps the others' acceptances as they were");
    assert_eq!(first.get("/networks/forfatter/members").await.status, StatusCode::OK);
}
