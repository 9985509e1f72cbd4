use axum::http::StatusCode;

use crate::on_both;
use crate::support::TestApp;

on_both!(
    an_organisation_with_valid_identifiers_is_listed,
    wrong_check_digits_are_refused_with_a_clear_message,
    an_organisation_cannot_be_placed_under_its_own_unit,
    only_facilitators_and_admins_manage_organisations,
);

async fn facilitator(app: &TestApp, email: &str) -> crate::support::Browser {
    let (b, me) = app.signed_in(email, "Facilitator").await;
    app.create_network(&format!("net-{}", &email[..3]), me).await;
    b
}

async fn an_organisation_with_valid_identifiers_is_listed(app: TestApp) {
    let b = facilitator(&app, "org@region.example").await;
    let r = b
        .post_form(
            "/organisations/new",
            &[
                ("name", "Åby Kommune"),
                ("kind", "municipality"),
                ("country", "DK"),
                ("registration_number", "DK 4459 1219"),
                ("gln", "5798000123458"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = b.get("/organisations").await;
    assert!(list.body.contains("Åby Kommune"));
    assert!(list.body.contains("44591219"), "CVR stored without prefix and spaces");
    let r = b
        .post_form(
            "/organisations/new",
            &[("name", "Älvstads kommun"), ("kind", "municipality"), ("country", "SE"), ("registration_number", "2120990730")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(b.get("/organisations").await.body.contains("212099-0730"));
}

async fn wrong_check_digits_are_refused_with_a_clear_message(app: TestApp) {
    let b = facilitator(&app, "chk@region.example").await.with_lang("da");
    let r = b
        .post_form(
            "/organisations/new",
            &[
                ("name", "Forkert Kommune"),
                ("kind", "municipality"),
                ("country", "DK"),
                ("registration_number", "44591218"),
                ("gln", "5798000123459"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(r##"href="#registration_number""##));
    assert!(r.body.contains(r##"href="#gln""##));
    assert!(r.body.contains("CVR"));
    assert!(!b.get("/organisations").await.body.contains("Forkert Kommune"));
    let r = b.post_form("/organisations/new", &[("name", "X"), ("kind", "castle"), ("country", "DE")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn an_organisation_cannot_be_placed_under_its_own_unit(app: TestApp) {
    let b = facilitator(&app, "cyc@region.example").await;
    b.post_form("/organisations/new", &[("name", "Region Test"), ("kind", "region"), ("country", "DK")]).await;
    let token = app.api_token("cyc@region.example").await;
    let api = app.browser().with_token(&token);
    let orgs = api.get("/api/v1/organisations").await.json();
    let region =
        orgs.as_array().expect("list").iter().find(|o| o["name"] == "Region Test").expect("region")["id"].as_str().expect("id").to_string();
    let unit = api
        .json(
            axum::http::Method::POST,
            "/api/v1/organisations",
            serde_json::json!({"name": "Hospitalet", "kind": "other", "country": "DK", "parentId": region}),
        )
        .await;
    assert_eq!(unit.status, StatusCode::CREATED, "{}", unit.body);
    let unit_id = unit.json()["id"].as_str().expect("id").to_string();
    let r = b
        .post_form(
            &format!("/organisations/{region}/edit"),
            &[("name", "Region Test"), ("kind", "region"), ("country", "DK"), ("parent_id", &unit_id)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(r##"href="#parent_id""##));
    let r = b
        .post_form(
            &format!("/organisations/{region}/edit"),
            &[("name", "Region Test"), ("kind", "region"), ("country", "DK"), ("parent_id", "not-a-uuid")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn only_facilitators_and_admins_manage_organisations(app: TestApp) {
    let (plain, _) = app.signed_in("plain-org@region.example", "Plain").await;
    assert_eq!(plain.get("/organisations").await.status, StatusCode::OK);
    assert_eq!(plain.get("/organisations/new").await.status, StatusCode::FORBIDDEN);
    let r = plain.post_form("/organisations/new", &[("name", "Min kommune"), ("kind", "municipality"), ("country", "DK")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(app.browser().get("/organisations").await.status, StatusCode::SEE_OTHER);
    app.create_user("root@spira.example", "Root", true).await;
    let admin = app.browser();
    admin.post_form("/signin", &[("email", "root@spira.example"), ("password", crate::support::PASSWORD)]).await;
    assert_eq!(admin.get("/organisations/new").await.status, StatusCode::OK);
}
