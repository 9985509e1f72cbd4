use axum::http::StatusCode;

use crate::on_both;
use crate::support::TestApp;

on_both!(
    an_organisation_with_valid_identifiers_is_listed,
    wrong_check_digits_are_refused_with_a_clear_message,
    an_organisation_cannot_be_placed_under_its_own_unit,
    only_facilitators_and_admins_manage_organisations,
    a_region_is_saved_through_the_page_and_the_api,
    a_unit_inherits_its_parents_region_and_names_its_top_organisation,
    a_region_outside_the_organisations_country_is_refused_beside_the_field,
    the_database_refuses_an_unknown_region,
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

/// The id of the organisation called `name`, from the API's list.
async fn org_id(api: &crate::support::Browser, name: &str) -> String {
    let orgs = api.get("/api/v1/organisations").await.json();
    orgs.as_array().expect("list").iter().find(|o| o["name"] == name).expect(name)["id"].as_str().expect("id").to_string()
}

async fn a_region_is_saved_through_the_page_and_the_api(app: TestApp) {
    let b = facilitator(&app, "reg@region.example").await.with_lang("da");
    let r = b
        .post_form("/organisations/new", &[("name", "Region Testdanmark"), ("kind", "region"), ("country", "DK"), ("region", "DK-83")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = b.get("/organisations").await;
    assert!(list.body.contains("<th scope=\"col\">Region</th>"), "{}", list.body);
    assert!(list.body.contains("Region Syddanmark"), "{}", list.body);
    let api = app.browser().with_token(&app.api_token("reg@region.example").await);
    let id = org_id(&api, "Region Testdanmark").await;
    let page = b.get(&format!("/organisations/{id}/edit")).await;
    assert!(page.body.contains(r#"<option value="DK-83" selected>Region Syddanmark</option>"#), "{}", page.body);
    let got = api.get(&format!("/api/v1/organisations/{id}")).await.json();
    assert_eq!((got["region"].as_str(), got["regionName"].as_str()), (Some("DK-83"), Some("Region Syddanmark")));
    assert_eq!(got["regionInherited"], false);
    assert_eq!(got["topOrganisationId"].as_str(), Some(id.as_str()), "an organisation without a parent is its own top");

    let created = api
        .json(
            axum::http::Method::POST,
            "/api/v1/organisations",
            serde_json::json!({"name": "Region Prøvestad", "kind": "region", "country": "DK", "region": "dk-84"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let c = created.json();
    assert_eq!((c["region"].as_str(), c["regionName"].as_str()), (Some("DK-84"), Some("Region Hovedstaden")), "stored as the code");
    let cid = c["id"].as_str().expect("id").to_string();
    let updated = api
        .json(
            axum::http::Method::PUT,
            &format!("/api/v1/organisations/{cid}"),
            serde_json::json!({"name": "Region Prøvestad", "kind": "region", "country": "DK", "region": "DK-83"}),
        )
        .await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.body);
    assert_eq!(updated.json()["region"], "DK-83");
    let listed = api.get("/api/v1/organisations").await.json();
    let listed = listed.as_array().expect("list").iter().find(|o| o["id"] == cid.as_str()).expect("listed").clone();
    assert_eq!((listed["region"].as_str(), listed["regionInherited"].as_bool()), (Some("DK-83"), Some(false)));
}

async fn a_unit_inherits_its_parents_region_and_names_its_top_organisation(app: TestApp) {
    let b = facilitator(&app, "inh@region.example").await.with_lang("da");
    let api = app.browser().with_token(&app.api_token("inh@region.example").await);
    let post = |body: serde_json::Value| api.json(axum::http::Method::POST, "/api/v1/organisations", body);
    let top = post(serde_json::json!({"name": "Region Testdanmark", "kind": "region", "country": "DK", "region": "DK-83"})).await;
    assert_eq!(top.status, StatusCode::CREATED, "{}", top.body);
    let top = top.json()["id"].as_str().expect("id").to_string();
    let unit = post(serde_json::json!({"name": "Psykiatrien", "kind": "other", "country": "DK", "parentId": top})).await;
    assert_eq!(unit.status, StatusCode::CREATED, "{}", unit.body);
    let u = unit.json();
    assert_eq!((u["region"].as_str(), u["regionInherited"].as_bool()), (Some("DK-83"), Some(true)), "{u}");
    assert_eq!(u["regionName"], "Region Syddanmark");
    assert_eq!(u["topOrganisationId"].as_str(), Some(top.as_str()));
    let unit = u["id"].as_str().expect("id").to_string();
    // A ward two levels down, added through the page.
    let r = b.post_form("/organisations/new", &[("name", "Afsnit P1"), ("kind", "other"), ("country", "DK"), ("parent_id", &unit)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let ward = org_id(&api, "Afsnit P1").await;
    let w = api.get(&format!("/api/v1/organisations/{ward}")).await.json();
    assert_eq!((w["region"].as_str(), w["regionInherited"].as_bool()), (Some("DK-83"), Some(true)));
    assert_eq!(w["topOrganisationId"].as_str(), Some(top.as_str()), "the root of its parents, not its parent");
    assert_eq!(w["parentId"].as_str(), Some(unit.as_str()));

    let list = b.get("/organisations").await;
    assert!(list.body.contains("Region Syddanmark (fra Region Testdanmark)"), "{}", list.body);
    assert!(list.body.contains("Psykiatrien i Region Testdanmark"), "the ward names its top organisation: {}", list.body);
    let form = b.get(&format!("/organisations/{unit}/edit")).await;
    assert!(form.body.contains(r#"<option value="">– arves fra den overordnede organisation / ingen –</option>"#), "{}", form.body);
    assert!(!form.body.contains(" selected>Region Syddanmark"), "an inherited region is not the unit's own");
    let sv = b.clone().with_lang("sv").get(&format!("/organisations/{unit}/edit")).await;
    assert!(sv.body.contains(r#"<label for="region">Län</label>"#), "{}", sv.body);
}

async fn a_region_outside_the_organisations_country_is_refused_beside_the_field(app: TestApp) {
    let b = facilitator(&app, "oth@region.example").await.with_lang("da");
    let r =
        b.post_form("/organisations/new", &[("name", "Forkert Region"), ("kind", "region"), ("country", "DK"), ("region", "SE-M")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(r##"href="#region""##), "in the summary: {}", r.body);
    assert!(
        r.body.contains(r#"<p class="field-error" id="region-error">Vælg en region i organisationens eget land.</p>"#),
        "beside the field: {}",
        r.body
    );
    assert!(r.body.contains(r#"<option value="SE-M" selected>Skåne län</option>"#), "the choice is kept: {}", r.body);
    let r =
        b.post_form("/organisations/new", &[("name", "Forkert Region"), ("kind", "region"), ("country", "DK"), ("region", "DK-99")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(r#"id="region-error">Vælg en af mulighederne."#), "{}", r.body);
    assert!(!b.get("/organisations").await.body.contains("Forkert Region"));

    let api = app.browser().with_token(&app.api_token("oth@region.example").await);
    for (code, error) in [("SE-M", "region_of_other_country"), ("XX", "invalid_choice")] {
        let r = api
            .json(
                axum::http::Method::POST,
                "/api/v1/organisations",
                serde_json::json!({"name": "Forkert Region", "kind": "region", "country": "DK", "region": code}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        let fields = r.json()["error"]["fields"].clone();
        assert_eq!((fields[0]["field"].as_str(), fields[0]["code"].as_str()), (Some("region"), Some(error)), "{fields}");
    }
}

async fn the_database_refuses_an_unknown_region(app: TestApp) {
    use spira_store::on;
    let b = facilitator(&app, "dbr@region.example").await;
    let r = b.post_form("/organisations/new", &[("name", "Region Testdanmark"), ("kind", "region"), ("country", "DK")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    async fn set(app: &TestApp, code: &str) -> Result<u64, String> {
        let mut tx = app.db.begin().await.expect("tx");
        let r = on!(tx.conn(), c => sqlx::query("UPDATE organisations SET region = $1 WHERE name = 'Region Testdanmark'")
            .bind(code.to_string()).execute(&mut *c).await.map(|r| r.rows_affected()));
        match r {
            Ok(n) => {
                tx.commit().await.expect("commit");
                Ok(n)
            }
            Err(e) => Err(e.to_string()),
        }
    }
    let err = set(&app, "XX").await.expect_err("an unknown code");
    assert!(err.to_lowercase().contains("check"), "{err}");
    // Every code the domain knows passes, so the two lists agree.
    for r in spira_domain::regions::REGIONS {
        assert_eq!(set(&app, r.code).await, Ok(1), "{}", r.code);
    }
}
