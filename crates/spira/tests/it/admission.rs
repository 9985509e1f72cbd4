//! Admission end to end: the policy, applying, the manager's link, decisions with seats, and the
//! source texts' rule of at most three seats per workplace.

use axum::http::{Method, StatusCode};
use chrono::Datelike;
use serde_json::{Value, json};

use crate::on_both;
use crate::support::{Browser, Refusal, TestApp};

on_both!(
    three_colleagues_are_admitted_and_a_fourth_is_refused_leaving_the_three_unaffected,
    a_new_person_confirms_by_email_the_manager_endorses_and_the_facilitator_admits,
    a_manager_link_works_once_and_not_when_tampered_expired_or_withdrawn,
    applications_outside_the_window_from_the_wrong_kind_or_twice_are_refused,
    two_facilitators_admitting_at_once_cannot_exceed_capacity,
    two_facilitators_deciding_the_same_application_get_a_clear_conflict,
    an_existing_account_is_never_taken_over_by_the_form,
    a_member_who_leaves_can_apply_again,
    founding_members_are_added_directly_within_the_seat_limits,
    the_facilitator_sends_the_request_again_to_a_corrected_address,
    applications_are_visible_only_to_their_applicant_and_the_facilitators,
    applying_is_rate_limited_per_manager_address,
    a_member_leaves_by_themselves_and_sees_their_applications,
    the_manager_is_reminded_once_and_the_application_ends_at_the_deadline,
    a_visitor_is_told_once_when_admission_opens_and_can_unsubscribe,
    members_renew_or_leave_when_the_term_ends,
    an_anonymous_form_cannot_flood_an_inbox_with_notices,
    a_member_list_from_a_spreadsheet_is_imported_all_or_nothing,
    applying_again_with_an_address_in_progress_answers_as_the_first_time_and_tells_the_address,
    a_closed_networks_apply_link_shows_when_it_opens_and_offers_to_tell_the_visitor,
);

async fn applying_again_with_an_address_in_progress_answers_as_the_first_time_and_tells_the_address(app: TestApp) {
    let _net = network(&app, "igenigen", open_policy(json!({}))).await;
    let o = org(&app, "Igenigen Kommune", "municipality").await;
    let form = [
        ("name", "Nora Nysgerrig"),
        ("email", "nora@igenigen.example"),
        ("organisation_id", o.as_str()),
        ("attest_0", "on"),
        ("attest_1", "on"),
        ("justify_1", "x"),
        ("accept_terms", "on"),
    ];
    let guest = app.browser().with_lang("da");
    let first = guest.post_form("/networks/igenigen/apply", &form).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert!(app.mail_to("nora@igenigen.example").await.body.contains("/applications/confirm/"));
    // Someone else types the same address: the answer must not tell that it has an application.
    let second = guest.post_form("/networks/igenigen/apply", &form).await;
    assert_eq!((second.status, &second.body), (first.status, &first.body), "the same answer as the first time");
    let told = app.mail_to("nora@igenigen.example").await;
    assert!(told.body.contains("allerede en ansøgning") && told.body.contains("Netværk igenigen"), "{}", told.body);
    assert!(
        told.body.contains(&format!("{}/applications/", app.base_url)) && !told.body.contains("/applications/confirm/"),
        "{}",
        told.body
    );

    // The API answers a second application as it answers a fresh one that awaits confirmation.
    let api = app.browser();
    let body = json!({"name": "Olga", "email": "olga@igenigen.example", "organisationId": o, "attested": [true, true],
                      "justifications": ["", "x"], "acceptTerms": true, "language": "en"});
    let a = api.json(Method::POST, "/api/v1/networks/igenigen/applications", body.clone()).await;
    let b = api.json(Method::POST, "/api/v1/networks/igenigen/applications", body).await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.body);
    assert_eq!((b.status, b.json()), (a.status, a.json()));
    assert!(app.mail_to("olga@igenigen.example").await.body.contains("already in progress"));
}

async fn an_anonymous_form_cannot_flood_an_inbox_with_notices(app: TestApp) {
    let _net = network(&app, "oversvoem", open_policy(json!({}))).await;
    let o = org(&app, "Oversvøm Kommune", "municipality").await;
    app.create_user("kendt@oversvoem.example", "Kendt Person", false).await;
    let api = app.browser();
    let body = json!({"name": "Kendt", "email": "kendt@oversvoem.example", "organisationId": o, "attested": [true, true],
                      "justifications": ["", "x"], "acceptTerms": true, "language": "da"});
    let first = api.json(Method::POST, "/api/v1/networks/oversvoem/applications", body.clone()).await;
    assert_eq!(first.status, StatusCode::ACCEPTED, "{}", first.body);
    for _ in 0..9 {
        let again = api.json(Method::POST, "/api/v1/networks/oversvoem/applications", body.clone()).await;
        assert_eq!((again.status, again.json()), (first.status, first.json()), "the answer never changes");
    }
    app.deliver_mail().await;
    let to_them = app.smtp.all().iter().filter(|m| m.to.iter().any(|t| t == "kendt@oversvoem.example")).count();
    assert_eq!(to_them as i64, spira_app::admission::MAX_NOTICES_PER_ADDRESS_HOUR, "ten answers, five e-mails");
}

async fn a_closed_networks_apply_link_shows_when_it_opens_and_offers_to_tell_the_visitor(app: TestApp) {
    let other_month = chrono::Utc::now().month() % 12 + 1;
    let _net = network(&app, "senere", open_policy(json!({"intakeMonths": [other_month]}))).await;
    let visitor = app.browser().with_lang("da");
    let page = visitor.get("/networks/senere/apply").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let month = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
        [other_month as usize - 1];
    assert!(page.body.contains(&format!("Der modtages ansøgninger i: {month}.")), "the intake months: {}", page.body);
    assert!(page.body.contains(r#"id="watch""#) && page.body.contains(r#"action="/networks/senere/watch""#), "{}", page.body);
    let r = visitor.post_form("/networks/senere/watch", &[("email", "snart@senere.example")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(app.mail_to("snart@senere.example").await.body.contains("/watch/confirm/"));
}

async fn a_member_list_from_a_spreadsheet_is_imported_all_or_nothing(app: TestApp) {
    let net = network(&app, "import", open_policy(json!({"maxSeatsPerOrg": 2}))).await;
    org(&app, "Import Kommune", "municipality").await;
    // One bad line refuses the whole list, and says which line.
    let bad = "Navn\tE-mail\tArbejdsplads\nAnne Andersen\tanne@import.example\tImport Kommune\nBo Berg\tikke-en-adresse\nCeline\tceline@import.example\tUkendt Kommune\n";
    let r = net.fac.clone().with_lang("da").post_form("/networks/import/members/import", &[("rows", bad)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Linje 3:") && r.body.contains("Linje 4:"), "{}", r.body);
    assert!(r.body.contains("anne@import.example"), "what was pasted is kept");
    assert_eq!(net.fac_api.get("/api/v1/networks/import/people").await.json().as_array().map(Vec::len), Some(1), "nothing written");
    // Seats are checked too: a third from one workplace refuses the whole list.
    let over = "Anne;anne@import.example;Import Kommune\nBo;bo@import.example;import kommune\nCe;ce@import.example;Import Kommune";
    let r = net.fac_api.json(Method::POST, "/api/v1/networks/import/members/import", json!({"rows": over})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.json()["error"]["problems"][0].as_str().expect("p").starts_with("Ce:"), "{}", r.body);
    assert_eq!(net.fac_api.get("/api/v1/networks/import/people").await.json().as_array().map(Vec::len), Some(1), "all or nothing");
    let good = "Anne;anne@import.example;Import Kommune\nBo;bo@import.example;import kommune\nDitte;ditte@andet.example";
    let r = net.fac_api.json(Method::POST, "/api/v1/networks/import/members/import", json!({"rows": good})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["imported"], 3);
    assert_eq!(net.fac_api.get("/api/v1/networks/import/people").await.json().as_array().map(Vec::len), Some(4));
    assert!(app.mail_to("ditte@andet.example").await.body.contains("/signin/link/"));
    let dup =
        net.fac_api.json(Method::POST, "/api/v1/networks/import/members/import", json!({"rows": "X;x@y.example\nX;X@y.example"})).await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn members_renew_or_leave_when_the_term_ends(app: TestApp) {
    let net = network(&app, "fornyelse", open_policy(json!({}))).await;
    let net_id = spira_store::Uuid::parse_str(app.browser().get("/api/v1/networks/fornyelse").await.json()["id"].as_str().expect("id"))
        .expect("uuid");
    let last_year = chrono::Utc::now().year() - 1;
    let mut browsers = Vec::new();
    for who in ["fortsaetter", "stopper", "tavs"] {
        let (b, id) = app.signed_in(&format!("{who}@fornyelse.example"), who).await;
        app.set_role(net_id, id, "member").await;
        let mut tx = app.db.begin().await.expect("tx");
        spira_store::admission::add_seat(
            tx.conn(),
            spira_store::admission::NewSeat {
                network: spira_store::ids::NetworkId(net_id),
                user: spira_store::ids::UserId(id),
                organisation: None,
                term: last_year,
                application: None,
                buyer_reference: Some("Ref 42"),
            },
            app.now(),
        )
        .await
        .expect("seat");
        tx.commit().await.expect("commit");
        browsers.push(b);
    }
    let home = browsers[0].get("/networks/fornyelse/home").await;
    assert!(home.body.contains(r#"id="renewal""#) && home.body.contains(&last_year.to_string()));
    assert_eq!(browsers[0].post_form("/networks/fornyelse/renewal", &[("renewal", "continue")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(browsers[1].post_form("/networks/fornyelse/renewal", &[("renewal", "leave")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        browsers[2].post_form("/networks/fornyelse/renewal", &[("renewal", "maybe")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let csv = net.fac.clone().with_lang("da").get("/networks/fornyelse/members.csv").await;
    assert!(csv.body.contains("Fortsætter") && csv.body.contains("Stopper ved periodens udløb"), "{}", csv.body);

    let report = spira_app::admission::tick(&app.state.app).await.expect("tick");
    assert_eq!((report.renewed, report.left), (1, 1));
    assert_eq!(browsers[0].get("/networks/fornyelse/home").await.status, StatusCode::OK);
    assert!(
        browsers[0].get("/networks/fornyelse/home").await.body.contains(&chrono::Utc::now().year().to_string()),
        "a seat for the new term"
    );
    assert_eq!(browsers[1].get("/networks/fornyelse/home").await.status, StatusCode::FORBIDDEN, "left at the end of the term");
    assert_eq!(browsers[2].get("/networks/fornyelse/home").await.status, StatusCode::OK, "no answer: the facilitator decides");
    let again = spira_app::admission::tick(&app.state.app).await.expect("tick");
    assert_eq!((again.renewed, again.left), (0, 0), "idempotent");
}

fn path_of(app: &TestApp, link: String) -> String {
    link.trim_start_matches(&app.base_url).to_string()
}

async fn the_manager_is_reminded_once_and_the_application_ends_at_the_deadline(app: TestApp) {
    let net = network(&app, "frist", open_policy(json!({"managerEndorsement": true, "managerLinkDays": 1}))).await;
    let o = org(&app, "Frist Kommune", "municipality").await;
    let (_, a) = apply_as(&app, &net, "a@frist.example", &o, Some("chef@frist.example")).await;
    let first = path_of(&app, app.mail_to("chef@frist.example").await.link(&format!("{}/endorse/", app.base_url)));
    let report = spira_app::admission::tick(&app.state.app).await.expect("tick");
    assert_eq!(report.reminded, 1, "the link expires within two days");
    let reminder = app.mail_to("chef@frist.example").await;
    assert!(reminder.body.contains("a@frist.example") || reminder.body.contains("Ansøger"), "{}", reminder.body);
    let second = path_of(&app, reminder.link(&format!("{}/endorse/", app.base_url)));
    assert_ne!(first, second);
    assert_eq!(app.browser().get(&first).await.status, StatusCode::GONE, "the reminder's link replaces the first");
    assert_eq!(app.browser().get(&second).await.status, StatusCode::OK);
    assert_eq!(spira_app::admission::tick(&app.state.app).await.expect("tick").reminded, 0, "reminded once");

    {
        let mut tx = app.db.begin().await.expect("tx");
        let id = spira_store::Uuid::parse_str(&a).expect("uuid");
        spira_store::admission::set_manager_link(
            tx.conn(),
            spira_store::ids::ApplicationId(id),
            "late-link-000000000000000000000000000",
            app.now().plus_secs(-1),
            None,
            app.now(),
        )
        .await
        .expect("set");
        tx.commit().await.expect("commit");
    }
    let report = spira_app::admission::tick(&app.state.app).await.expect("tick");
    assert_eq!(report.expired, 1);
    assert_eq!(net.fac_api.get(&format!("/api/v1/applications/{a}")).await.json()["state"], "manager_expired");
    let ended = app.mail_to("a@frist.example").await;
    assert!(ended.body.contains("did not answer in time") && ended.body.contains("Netværk frist"), "{}", ended.body);
}

async fn a_visitor_is_told_once_when_admission_opens_and_can_unsubscribe(app: TestApp) {
    let net = network(&app, "lukket", json!({"open": false})).await;
    let visitor = app.browser().with_lang("da");
    let page = visitor.get("/networks/lukket").await;
    assert!(page.body.contains(r#"id="watch""#), "a closed network offers to tell the visitor");
    let typo = visitor.post_form("/networks/lukket/watch", &[("email", "nysgerrig(at)kommune.example")]).await;
    assert_eq!(typo.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(typo.body.contains("Skriv en e-mailadresse som fx navn@eksempel.dk."), "{}", typo.body);
    let r = visitor.post_form("/networks/lukket/watch", &[("email", "nysgerrig@kommune.example")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let confirm = path_of(&app, app.mail_to("nysgerrig@kommune.example").await.link(&format!("{}/watch/confirm/", app.base_url)));
    for _ in 0..3 {
        assert_eq!(visitor.post_form("/networks/lukket/watch", &[("email", "nysgerrig@kommune.example")]).await.status, StatusCode::OK);
    }
    app.deliver_mail().await;
    assert_eq!(
        app.smtp.all().iter().filter(|m| m.to.contains(&"nysgerrig@kommune.example".to_string())).count(),
        1,
        "asking again does not flood the inbox"
    );
    assert_eq!(visitor.post_form(&confirm, &[]).await.status, StatusCode::OK);
    assert_eq!(spira_app::admission::tick(&app.state.app).await.expect("tick").watchers_told, 0, "still closed");

    let r = net.fac_api.json(Method::PUT, "/api/v1/networks/lukket/admission", open_policy(json!({}))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(spira_app::admission::tick(&app.state.app).await.expect("tick").watchers_told, 1);
    let notice = app.mail_to("nysgerrig@kommune.example").await;
    assert!(notice.body.contains("/networks/lukket/apply"));
    assert_eq!(spira_app::admission::tick(&app.state.app).await.expect("tick").watchers_told, 0, "told once");

    let unsubscribe = path_of(&app, notice.link(&format!("{}/watch/unsubscribe/", app.base_url)));
    assert_eq!(visitor.get(&unsubscribe).await.status, StatusCode::OK, "opening the link changes nothing by itself");
    assert_eq!(visitor.post_form(&unsubscribe, &[]).await.status, StatusCode::OK);
    assert_eq!(visitor.post_form(&unsubscribe, &[]).await.status, StatusCode::GONE);
    net.fac_api.json(Method::PUT, "/api/v1/networks/lukket/admission", json!({"open": false})).await;
    spira_app::admission::tick(&app.state.app).await.expect("tick");
    net.fac_api.json(Method::PUT, "/api/v1/networks/lukket/admission", open_policy(json!({}))).await;
    assert_eq!(spira_app::admission::tick(&app.state.app).await.expect("tick").watchers_told, 0, "unsubscribed");
    assert_eq!(app.browser().post_form("/watch/confirm/bogus", &[]).await.status, StatusCode::GONE);
}

async fn applying_is_rate_limited_per_manager_address(app: TestApp) {
    network(&app, "spam", open_policy(json!({"managerEndorsement": true}))).await;
    let o = org(&app, "Spam Kommune", "municipality").await;
    let anon = app.browser();
    let body = |i: usize| {
        json!({"name": format!("Person {i}"), "email": format!("p{i}@spam.example"), "organisationId": o, "managerName": "Offer",
               "managerEmail": "offer@spam.example", "attested": [true, true], "justifications": ["", "x"], "acceptTerms": true})
    };
    for i in 0..10 {
        let r = anon.json(Method::POST, "/api/v1/networks/spam/applications", body(i)).await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{i}: {}", r.body);
        assert_eq!(r.json()["outcome"], "check_email");
    }
    let r = anon.json(Method::POST, "/api/v1/networks/spam/applications", body(10)).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.json()["error"]["code"], "too_many_applications");
}

async fn a_member_leaves_by_themselves_and_sees_their_applications(app: TestApp) {
    let net = network(&app, "forlad", open_policy(json!({"capacity": 1}))).await;
    let o = org(&app, "Forlad Kommune", "municipality").await;
    let (b, a) = apply_as(&app, &net, "m@forlad.example", &o, None).await;
    net.fac_api.json(Method::POST, &format!("/api/v1/applications/{a}/decision"), json!({"decision": "admit"})).await;
    let account = b.get("/account").await;
    assert!(account.body.contains(&format!("/applications/{a}")), "the account page lists the application");
    let r = b.post_form("/networks/forlad/leave", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/networks/forlad/home").await.status, StatusCode::FORBIDDEN);
    // The seat is free again for the next applicant.
    let (_, next) = apply_as(&app, &net, "n@forlad.example", &o, None).await;
    let r = net.fac_api.json(Method::POST, &format!("/api/v1/applications/{next}/decision"), json!({"decision": "admit"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // The only facilitator cannot leave.
    assert_eq!(net.fac.post_form("/networks/forlad/leave", &[]).await.status, StatusCode::CONFLICT);
}

struct Net {
    fac: Browser,
    fac_api: Browser,
    slug: String,
}

async fn org(app: &TestApp, name: &str, kind: &str) -> String {
    let draft =
        spira_domain::organisations::OrganisationInput { name: name.into(), kind: kind.into(), country: "DK".into(), ..Default::default() }
            .validate()
            .expect("org");
    let mut tx = app.db.begin().await.expect("tx");
    let id = spira_store::organisations::create(tx.conn(), &draft, None, app.now()).await.expect("create");
    tx.commit().await.expect("commit");
    id.to_string()
}

async fn network(app: &TestApp, slug: &str, policy: Value) -> Net {
    let (fac, fac_id) = app.signed_in(&format!("fac@{slug}.example"), "Tove Tovholder").await;
    app.create_network(slug, fac_id).await;
    let fac_api = app.browser().with_token(&app.api_token(&format!("fac@{slug}.example")).await);
    let r = fac_api.json(Method::PUT, &format!("/api/v1/networks/{slug}/admission"), policy).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    Net { fac, fac_api, slug: slug.into() }
}

fn open_policy(extra: Value) -> Value {
    let mut p = json!({
        "open": true,
        "criteria": [{"text": "Ansat i en kommune"}, {"text": "Arbejder med innovation", "needsJustification": true}],
        "managerEndorsement": false,
        "waitingList": true,
        "bindingTerms": "Pladsen er personlig og bindende for kalenderåret."
    });
    if let (Some(p), Some(e)) = (p.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            p.insert(k.clone(), v.clone());
        }
    }
    p
}

/// A signed-in person applies through the API; returns the application id.
async fn apply_as(app: &TestApp, net: &Net, email: &str, org_id: &str, manager: Option<&str>) -> (Browser, String) {
    let (b, _) = app.signed_in(email, &format!("Ansøger {email}")).await;
    let api = app.browser().with_token(&app.api_token(email).await);
    let r = api
        .json(
            Method::POST,
            &format!("/api/v1/networks/{}/applications", net.slug),
            json!({
                "organisationId": org_id,
                "managerName": "Leder Lund",
                "managerEmail": manager.unwrap_or(""),
                "attested": [true, true],
                "justifications": ["", "Jeg leder et projekt om velfærdsteknologi"],
                "acceptTerms": true,
                "buyerReference": "EAN 5798000123458, att. Lene"
            }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    (b, r.json()["applicationId"].as_str().expect("id").to_string())
}

async fn three_colleagues_are_admitted_and_a_fourth_is_refused_leaving_the_three_unaffected(app: TestApp) {
    let net = network(&app, "spredning", open_policy(json!({"maxSeatsPerOrg": 3, "capacity": 30}))).await;
    let aaby = org(&app, "Åby Kommune", "municipality").await;
    let mut ids = Vec::new();
    for i in 1..=4 {
        ids.push(apply_as(&app, &net, &format!("kollega{i}@aaby.example"), &aaby, None).await.1);
    }
    // The facilitator admits the first three at once in the browser…
    let mut form: Vec<(&str, &str)> = ids[..3].iter().map(|id| ("ids", id.as_str())).collect();
    form.push(("decision", "admit"));
    form.push(("note", "Velkommen!"));
    let r = net.fac.clone().with_lang("da").post_form("/networks/spredning/applications/decide", &form).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // …and the fourth is refused with a clear message.
    let r = net
        .fac
        .clone()
        .with_lang("da")
        .post_form("/networks/spredning/applications/decide", &[("ids", &ids[3]), ("decision", "admit")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Arbejdspladsen har allerede det største antal pladser"), "{}", r.body);
    let api = net.fac_api.json(Method::POST, &format!("/api/v1/applications/{}/decision", ids[3]), json!({"decision": "admit"})).await;
    assert_eq!(api.status, StatusCode::CONFLICT);
    assert_eq!(api.json()["error"]["code"], "organisation_full");

    let list = net.fac_api.get("/api/v1/networks/spredning/applications").await.json();
    let states: Vec<&str> = list.as_array().expect("list").iter().map(|a| a["state"].as_str().expect("state")).collect();
    assert_eq!(states, ["admitted", "admitted", "admitted", "awaiting_decision"]);
    // The list (read in one query) carries each application with its history exactly as the
    // application's own page does (read one by one).
    for a in list.as_array().expect("list") {
        let one = net.fac_api.get(&format!("/api/v1/applications/{}", a["id"].as_str().expect("id"))).await.json();
        assert_eq!(a, &one, "the list and the application agree");
    }
    let lengths: Vec<usize> = list.as_array().expect("list").iter().map(|a| a["history"].as_array().map_or(0, Vec::len)).collect();
    assert_eq!(lengths, [2, 2, 2, 1], "each history has its own steps only");
    let people = net.fac_api.get("/api/v1/networks/spredning/people").await.json();
    assert_eq!(people.as_array().map(Vec::len), Some(4), "the facilitator and three members");
    let csv = net.fac.clone().with_lang("da").get("/networks/spredning/members.csv").await;
    assert_eq!(csv.body.matches("EAN 5798000123458, att. Lene").count(), 3, "the buyer's reference follows the seat: {}", csv.body);
    let welcome = app.mail_to("kollega1@aaby.example").await;
    assert!(welcome.body.contains("/networks/spredning/home"));
    // A colleague from another workplace still gets a seat; the fourth can wait on the list.
    let other = org(&app, "Bæk Kommune", "municipality").await;
    let (_, fifth) = apply_as(&app, &net, "ny@baek.example", &other, None).await;
    let r = net.fac_api.json(Method::POST, &format!("/api/v1/applications/{fifth}/decision"), json!({"decision": "admit"})).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = net
        .fac_api
        .json(
            Method::POST,
            &format!("/api/v1/applications/{}/decision", ids[3]),
            json!({"decision": "waitlist", "note": "Vi kontakter dig"}),
        )
        .await;
    assert_eq!(r.json()["state"], "waitlisted");
}

async fn a_new_person_confirms_by_email_the_manager_endorses_and_the_facilitator_admits(app: TestApp) {
    let net = network(&app, "leder", open_policy(json!({"managerEndorsement": true}))).await;
    let region = org(&app, "Region Test", "region").await;
    let guest = app.browser().with_lang("da");
    let page = guest.get("/networks/leder/apply").await;
    assert_eq!(page.status, StatusCode::OK);
    let r = guest
        .post_form(
            "/networks/leder/apply",
            &[
                ("name", "Nanna Ny"),
                ("email", "nanna@region.example"),
                ("organisation_id", &region),
                ("manager_name", "Leif Leder"),
                ("manager_email", "leif@region.example"),
                ("attest_0", "on"),
                ("attest_1", "on"),
                ("justify_1", "Jeg driver regionens innovationslab"),
                ("accept_terms", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(app.smtp.last_to("leif@region.example").is_none(), "the manager hears nothing before the address is confirmed");
    let mail = app.mail_to("nanna@region.example").await;
    let confirm = mail.link(&format!("{}/applications/confirm/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    assert_eq!(guest.get(&confirm).await.status, StatusCode::OK);
    let r = guest.post_form(&confirm, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let app_path = r.location().split('?').next().expect("path").to_string();
    let status = guest.get(&app_path).await;
    assert!(status.body.contains("Afventer lederen"), "{}", status.body);

    let to_manager = app.mail_to("leif@region.example").await;
    let endorse = to_manager.link(&format!("{}/endorse/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    let manager = app.browser().with_lang("da");
    let page = manager.get(&endorse).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Nanna Ny") && page.body.contains("Jeg driver regionens innovationslab"));
    let r = manager.post_form(&endorse, &[("answer", "endorse"), ("comment", "Klart ja")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(guest.get(&app_path).await.body.contains("Afventer afgørelse"));

    let id = app_path.trim_start_matches("/applications/");
    let r = net
        .fac_api
        .json(Method::POST, &format!("/api/v1/applications/{id}/decision"), json!({"decision": "admit", "note": "Velkommen"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let decided = r.json();
    let history: Vec<&str> = decided["history"].as_array().expect("h").iter().map(|e| e["state"].as_str().expect("s")).collect();
    assert_eq!(history, ["awaiting_email", "awaiting_manager", "awaiting_decision", "admitted"]);
    assert!(app.mail_to("nanna@region.example").await.body.contains("/networks/leder/home"), "the welcome e-mail starts onboarding");
    assert_eq!(guest.get("/networks/leder/home").await.status, StatusCode::OK, "the new member reaches the network's home");
}

async fn a_manager_link_works_once_and_not_when_tampered_expired_or_withdrawn(app: TestApp) {
    let net = network(&app, "link", open_policy(json!({"managerEndorsement": true}))).await;
    let o = org(&app, "Link Kommune", "municipality").await;
    let (_, first) = apply_as(&app, &net, "a@link.example", &o, Some("chef-a@link.example")).await;
    let link =
        app.mail_to("chef-a@link.example").await.link(&format!("{}/endorse/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    let m = app.browser();
    assert_eq!(m.get(&format!("{link}x")).await.status, StatusCode::GONE, "tampered");
    assert_eq!(m.post_form(&link, &[("answer", "maybe")]).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(m.post_form(&link, &[("answer", "decline"), ("comment", "Ikke i år")]).await.status, StatusCode::OK);
    assert_eq!(m.post_form(&link, &[("answer", "endorse")]).await.status, StatusCode::GONE, "used twice");
    let a = net.fac_api.get(&format!("/api/v1/applications/{first}")).await.json();
    assert_eq!(a["state"], "manager_declined");
    assert_eq!(a["managerComment"], "Ikke i år");

    // Withdrawn before the manager answered.
    let (b, second) = apply_as(&app, &net, "b@link.example", &o, Some("chef-b@link.example")).await;
    let link_b =
        app.mail_to("chef-b@link.example").await.link(&format!("{}/endorse/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    assert_eq!(b.post_form(&format!("/applications/{second}/withdraw"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.browser().get(&link_b).await.status, StatusCode::GONE);
    assert_eq!(b.post_form(&format!("/applications/{second}/withdraw"), &[]).await.status, StatusCode::CONFLICT);

    // Expired: the link's time has passed.
    let (_, third) = apply_as(&app, &net, "c@link.example", &o, Some("chef-c@link.example")).await;
    let secret = "expired-secret-for-the-test-000000000000";
    {
        let mut tx = app.db.begin().await.expect("tx");
        let past = app.now().plus_secs(-60);
        let id = spira_store::Uuid::parse_str(&third).expect("uuid");
        spira_store::admission::set_manager_link(tx.conn(), spira_store::ids::ApplicationId(id), secret, past, None, app.now())
            .await
            .expect("set");
        tx.commit().await.expect("commit");
    }
    assert_eq!(app.browser().get(&format!("/endorse/{secret}")).await.status, StatusCode::GONE);
    assert_eq!(net.fac_api.get(&format!("/api/v1/applications/{third}")).await.json()["state"], "manager_expired");
}

async fn applications_outside_the_window_from_the_wrong_kind_or_twice_are_refused(app: TestApp) {
    let other_month = chrono::Utc::now().month() % 12 + 1;
    let net = network(&app, "vindue", open_policy(json!({"intakeMonths": [other_month], "orgKinds": ["municipality"]}))).await;
    let public = app.browser().with_lang("da").get("/networks/vindue").await;
    assert!(public.body.contains("modtager ikke ansøgninger lige nu"), "the public page says admission is closed");
    let o = org(&app, "Vindue Kommune", "municipality").await;
    let (_, _) = app.signed_in("v@vindue.example", "V").await;
    let api = app.browser().with_token(&app.api_token("v@vindue.example").await);
    let body = json!({"organisationId": o, "attested": [true, true], "justifications": ["", "x"], "acceptTerms": true});
    let r = api.json(Method::POST, "/api/v1/networks/vindue/applications", body.clone()).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["error"]["code"], "admission_closed");

    // Open all year now; a region may not apply, a municipality may, once.
    let r = net
        .fac_api
        .json(
            Method::PUT,
            "/api/v1/networks/vindue/admission",
            open_policy(json!({"orgKinds": ["municipality"], "managerEndorsement": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let region = org(&app, "Region Vindue", "region").await;
    let mut wrong = body.clone();
    wrong["organisationId"] = json!(region);
    wrong["managerName"] = json!("Chef");
    wrong["managerEmail"] = json!("chef@vindue.example");
    let r = api.json(Method::POST, "/api/v1/networks/vindue/applications", wrong).await;
    assert_eq!(r.json()["error"]["code"], "organisation_not_eligible");
    let mut own = body.clone();
    own["managerName"] = json!("Mig selv");
    own["managerEmail"] = json!("V@vindue.example");
    let r = api.json(Method::POST, "/api/v1/networks/vindue/applications", own).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["error"]["fields"][0]["code"], "manager_is_applicant");
    let mut ok = body.clone();
    ok["managerName"] = json!("Chef");
    ok["managerEmail"] = json!("chef@vindue.example");
    assert_eq!(api.json(Method::POST, "/api/v1/networks/vindue/applications", ok.clone()).await.status, StatusCode::CREATED);
    let twice = api.json(Method::POST, "/api/v1/networks/vindue/applications", ok).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(twice.json()["error"]["code"], "already_applied");
    let missing =
        api.json(Method::POST, "/api/v1/networks/vindue/applications", json!({"organisationId": "nope", "acceptTerms": false})).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn two_facilitators_admitting_at_once_cannot_exceed_capacity(app: TestApp) {
    let net = network(&app, "kapacitet", open_policy(json!({"capacity": 1}))).await;
    let (_, second_fac) = app.signed_in("fac2@kapacitet.example", "Anden Tovholder").await;
    let net_id = spira_store::Uuid::parse_str(app.browser().get("/api/v1/networks/kapacitet").await.json()["id"].as_str().expect("id"))
        .expect("uuid");
    app.set_role(net_id, second_fac, "facilitator").await;
    let other_api = app.browser().with_token(&app.api_token("fac2@kapacitet.example").await);
    let o1 = org(&app, "Kap Kommune", "municipality").await;
    let o2 = org(&app, "Kap Region", "region").await;
    let (_, a) = apply_as(&app, &net, "a@kapacitet.example", &o1, None).await;
    let (_, b) = apply_as(&app, &net, "b@kapacitet.example", &o2, None).await;
    let (pa, pb) = (format!("/api/v1/applications/{a}/decision"), format!("/api/v1/applications/{b}/decision"));
    let (ra, rb) = tokio::join!(
        net.fac_api.json(Method::POST, &pa, json!({"decision": "admit"})),
        other_api.json(Method::POST, &pb, json!({"decision": "admit"})),
    );
    let mut statuses = [ra.status.as_u16(), rb.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409], "{} / {}", ra.body, rb.body);
    let refused = if ra.status == StatusCode::CONFLICT { ra } else { rb };
    assert_eq!(refused.json()["error"]["code"], "network_full");
}

async fn two_facilitators_deciding_the_same_application_get_a_clear_conflict(app: TestApp) {
    let net = network(&app, "samme", open_policy(json!({}))).await;
    let o = org(&app, "Samme Kommune", "municipality").await;
    let (_, a) = apply_as(&app, &net, "a@samme.example", &o, None).await;
    let path = format!("/api/v1/applications/{a}/decision");
    let (r1, r2) = tokio::join!(
        net.fac_api.json(Method::POST, &path, json!({"decision": "admit"})),
        net.fac_api.json(Method::POST, &path, json!({"decision": "reject"})),
    );
    let mut statuses = [r1.status.as_u16(), r2.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    let conflict = if r1.status == StatusCode::CONFLICT { r1 } else { r2 };
    assert_eq!(conflict.json()["error"]["code"], "already_decided");
    let events = net.fac_api.get(&format!("/api/v1/applications/{a}")).await.json()["history"].as_array().map(Vec::len);
    assert_eq!(events, Some(2), "applied, then decided once");
}

async fn an_existing_account_is_never_taken_over_by_the_form(app: TestApp) {
    let net = network(&app, "konto", open_policy(json!({}))).await;
    let o = org(&app, "Konto Kommune", "municipality").await;
    app.create_user("eksisterende@konto.example", "Eva Eksisterende", false).await;
    let r = app
        .browser()
        .post_form(
            "/networks/konto/apply",
            &[
                ("name", "Falsk Navn"),
                ("email", "eksisterende@konto.example"),
                ("organisation_id", &o),
                ("attest_0", "on"),
                ("attest_1", "on"),
                ("justify_1", "x"),
                ("accept_terms", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let mail = app.mail_to("eksisterende@konto.example").await;
    assert!(mail.body.contains("/signin?next=/networks/konto/apply"), "{}", mail.body);
    assert_eq!(net.fac_api.get("/api/v1/networks/konto/applications").await.json().as_array().map(Vec::len), Some(0));
    let me = app.browser().with_token(&app.api_token("eksisterende@konto.example").await).get("/api/v1/me").await.json();
    assert_eq!(me["name"], "Eva Eksisterende", "the account is unchanged");
}

async fn a_member_who_leaves_can_apply_again(app: TestApp) {
    let net = network(&app, "igen", open_policy(json!({"maxSeatsPerOrg": 1}))).await;
    let o = org(&app, "Igen Kommune", "municipality").await;
    let (b, a) = apply_as(&app, &net, "m@igen.example", &o, None).await;
    assert_eq!(
        net.fac_api.json(Method::POST, &format!("/api/v1/applications/{a}/decision"), json!({"decision": "admit"})).await.status,
        StatusCode::OK
    );
    let user = app.browser().with_token(&app.api_token("m@igen.example").await).get("/api/v1/me").await.json()["id"]
        .as_str()
        .expect("id")
        .to_string();
    let api = app.browser().with_token(&app.api_token("m@igen.example").await);
    let r = api
        .json(
            Method::POST,
            "/api/v1/networks/igen/applications",
            json!({"organisationId": o, "attested": [true, true], "justifications": ["", "x"], "acceptTerms": true}),
        )
        .await;
    assert_eq!(r.json()["error"]["code"], "already_member");
    let r = net
        .fac_api
        .send(axum::http::Request::delete(format!("/api/v1/networks/igen/people/{user}")).body(axum::body::Body::empty()).expect("req"))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(b.get("/networks/igen/home").await.status, StatusCode::FORBIDDEN);
    let r = api
        .json(
            Method::POST,
            "/api/v1/networks/igen/applications",
            json!({"organisationId": o, "attested": [true, true], "justifications": ["", "x"], "acceptTerms": true}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let again = r.json()["applicationId"].as_str().expect("id").to_string();
    let r = net.fac_api.json(Method::POST, &format!("/api/v1/applications/{again}/decision"), json!({"decision": "admit"})).await;
    assert_eq!(r.status, StatusCode::OK, "the seat was given back when the member left: {}", r.body);
}

async fn founding_members_are_added_directly_within_the_seat_limits(app: TestApp) {
    let net = network(&app, "stiftere", open_policy(json!({"maxSeatsPerOrg": 2}))).await;
    let o = org(&app, "Stifter Kommune", "municipality").await;
    for (i, email) in ["s1@stifter.example", "s2@stifter.example"].iter().enumerate() {
        let r = net
            .fac_api
            .json(
                Method::POST,
                "/api/v1/networks/stiftere/members",
                json!({"email": email, "name": format!("Stifter {i}"), "organisationId": o}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let r = net
        .fac_api
        .json(
            Method::POST,
            "/api/v1/networks/stiftere/members",
            json!({"email": "s3@stifter.example", "name": "Stifter 3", "organisationId": o}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["error"]["code"], "organisation_full");
    let r = net.fac.post_form("/networks/stiftere/members/add", &[("email", "s4@andet.example"), ("name", "Stifter 4")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = app.mail_to("s4@andet.example").await;
    let path = mail.link(&format!("{}/signin/link/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    let s4 = app.browser();
    assert_eq!(s4.post_form(&path, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(s4.get("/networks/stiftere/home").await.status, StatusCode::OK);
    let bad = net.fac_api.json(Method::POST, "/api/v1/networks/stiftere/members", json!({"email": "nope", "name": ""})).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}

const MANAGER_IS_APPLICANT: &str = "Manager's e-mail address: The manager's address must be another than the applicant's.";

async fn the_facilitator_sends_the_request_again_to_a_corrected_address(app: TestApp) {
    let net = network(&app, "ret", open_policy(json!({"managerEndorsement": true}))).await;
    let o = org(&app, "Ret Kommune", "municipality").await;
    let (_, a) = apply_as(&app, &net, "a@ret.example", &o, Some("forkert@ret.example")).await;
    // The applicant cannot stand in for their own manager.
    let r = net.fac.post_form(&format!("/applications/{a}/manager"), &[("manager_email", "a@ret.example")]).await;
    r.assert_refused(
        Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[("manager_email", MANAGER_IS_APPLICANT)]),
        "the applicant's address",
    );
    let old =
        app.mail_to("forkert@ret.example").await.link(&format!("{}/endorse/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    let r = net.fac.post_form(&format!("/applications/{a}/manager"), &[("manager_email", "rigtig@ret.example")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(app.browser().get(&old).await.status, StatusCode::GONE, "the old link is void");
    let new =
        app.mail_to("rigtig@ret.example").await.link(&format!("{}/endorse/", app.base_url)).trim_start_matches(&app.base_url).to_string();
    assert_eq!(app.browser().post_form(&new, &[("answer", "endorse")]).await.status, StatusCode::OK);
    // Once the manager has answered, there is no request to send again.
    let r = net.fac.post_form(&format!("/applications/{a}/manager"), &[("manager_email", "tredje@ret.example")]).await;
    r.assert_refused(Refusal::Page(StatusCode::CONFLICT, "The application is closed and can no longer be changed."), "after the answer");
}

async fn applications_are_visible_only_to_their_applicant_and_the_facilitators(app: TestApp) {
    let net = network(&app, "synlig", open_policy(json!({}))).await;
    let o = org(&app, "Synlig Kommune", "municipality").await;
    let (mine, a) = apply_as(&app, &net, "a@synlig.example", &o, None).await;
    assert_eq!(mine.get(&format!("/applications/{a}")).await.status, StatusCode::OK);
    assert_eq!(net.fac.get(&format!("/applications/{a}")).await.status, StatusCode::OK);
    let (other, _) = app.signed_in("b@synlig.example", "B").await;
    assert_eq!(other.get(&format!("/applications/{a}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get("/networks/synlig/applications").await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.browser().get(&format!("/api/v1/applications/{a}")).await.status, StatusCode::UNAUTHORIZED);
    let r = other.post_form(&format!("/applications/{a}/withdraw"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
