use axum::http::StatusCode;

use crate::on_both;
use crate::support::{PASSWORD, TestApp};

on_both!(
    a_facilitator_edits_the_charter_and_the_public_page_shows_it,
    only_facilitators_may_edit_a_charter,
    the_home_page_is_for_the_networks_people_only,
    an_invalid_charter_is_shown_again_with_messages_and_nothing_is_saved,
    a_facilitator_starts_a_new_network_and_a_taken_address_is_refused,
    an_invited_person_accepts_by_email_and_becomes_a_member,
    the_last_facilitator_cannot_step_down,
    the_same_form_submitted_twice_leaves_one_network,
    public_pages_are_served_in_three_languages_with_local_dates_and_numbers,
    a_role_change_through_htmx_swaps_only_the_table_and_says_why_it_was_refused,
);

async fn a_role_change_through_htmx_swaps_only_the_table_and_says_why_it_was_refused(app: TestApp) {
    let (b, me) = app.signed_in("hx@region.example", "Hx").await;
    let net = app.create_network("htmx-net", me).await;
    let other = app.create_user("hx-member@region.example", "Hx Member", false).await;
    app.set_role(net, other, "member").await;
    let csrf = b.csrf().await;
    let hx = |path: String, role: &str| {
        axum::http::Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("hx-request", "true")
            .body(axum::body::Body::from(format!("csrf={csrf}&role={role}")))
            .expect("req")
    };
    let r = b.send(hx(format!("/networks/htmx-net/people/{other}/role"), "convener")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with("<div id=\"people-table\">"), "a partial, not a page: {}", &r.body[..80.min(r.body.len())]);
    assert!(!r.body.contains("<html"));
    assert!(r.body.contains("role=\"status\""));
    let r = b.send(hx(format!("/networks/htmx-net/people/{me}/role"), "member")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("role=\"alert\""), "{}", r.body);
    assert!(r.body.contains("at least one facilitator"));
    let token = app.api_token("hx@region.example").await;
    let people = app.browser().with_token(&token).get("/api/v1/networks/htmx-net/people").await.json();
    let roles: Vec<&str> = people.as_array().expect("list").iter().map(|p| p["role"].as_str().expect("role")).collect();
    assert_eq!(roles, ["facilitator", "convener"]);
}

fn charter<'a>(name: &'a str, purpose: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("slug", ""),
        ("purpose", purpose),
        ("content", "Sparring og erfaringsudveksling"),
        ("admission_criteria", "Ansat i regionen\nArbejder med innovation\nNærmeste leder støtter det"),
        ("roles_description", "Medlemmerne skiftes til at være vært."),
        ("meetings_per_year", "4"),
        ("meeting_hours", "3,5"),
        ("venue", "På skift hos enhederne"),
        ("confidential", "on"),
        ("contact_name", "Tove Tovholder"),
        ("contact_email", "tove@region.example"),
        ("language", "da"),
        ("country", "DK"),
        ("status", "running"),
    ]
}

async fn a_facilitator_edits_the_charter_and_the_public_page_shows_it(app: TestApp) {
    let (b, me) = app.signed_in("tove@region.example", "Tove").await;
    app.create_network("fjordnet", me).await;
    let mut form = charter("Fjordnettet", "Vi deler viden på tværs af regionen.");
    form[1] = ("slug", "fjordnet");
    let r = b.post_form("/networks/fjordnet/edit", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/networks/fjordnet/home?notice=saved");

    let public = app.browser().with_lang("da").get("/networks/fjordnet").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Vi deler viden på tværs af regionen."));
    assert!(public.body.contains("<li>Nærmeste leder støtter det</li>"));
    assert!(public.body.contains("4 netværksmøder om året, hver på 3,5 timer"), "{}", public.body);
    let en = app.browser().with_lang("en").get("/networks/fjordnet").await;
    assert!(en.body.contains("3.5"), "English writes decimals with a point");
}

async fn only_facilitators_may_edit_a_charter(app: TestApp) {
    let fac = app.person("fac@region.example").named("Fac").signed_in().await;
    let net = app.network("lukket-rum").facilitated_by(&fac).build().await;
    let member = app.person("member@region.example").member_of(net).signed_in().await.browser;
    let outsider = app.person("outsider@other.example").signed_in().await.browser;

    assert_eq!(fac.browser.get("/networks/lukket-rum/edit").await.status, StatusCode::OK, "{} facilitates it", fac.email);
    assert_eq!(member.get("/networks/lukket-rum/edit").await.status, StatusCode::FORBIDDEN);
    let r = member.post_form("/networks/lukket-rum/edit", &charter("Overtaget", "x")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(outsider.post_form("/networks/lukket-rum/edit", &charter("Overtaget", "x")).await.status, StatusCode::FORBIDDEN);
    let anon = app.browser().post_form("/networks/lukket-rum/edit", &charter("Overtaget", "x")).await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
    assert!(anon.location().starts_with("/signin"));
    assert!(!app.browser().get("/networks/lukket-rum").await.body.contains("Overtaget"));
    assert_eq!(member.get("/networks/lukket-rum/people").await.status, StatusCode::FORBIDDEN);
}

async fn the_home_page_is_for_the_networks_people_only(app: TestApp) {
    let fac = app.person("fac2@region.example").signed_in().await;
    let net = app.network("hjemme").facilitated_by(&fac).build().await;
    let obs = app.person("obs@region.example").observer_of(net).signed_in().await.browser;
    let other_fac = app.person("andet@netvaerk.example").signed_in().await;
    app.network("andet-netvaerk").facilitated_by(&other_fac).build().await;
    let other = other_fac.browser;

    assert_eq!(obs.get("/networks/hjemme/home").await.status, StatusCode::OK);
    assert_eq!(other.get("/networks/hjemme/home").await.status, StatusCode::FORBIDDEN, "a member of another network sees nothing");
    assert_eq!(app.browser().get("/networks/hjemme/home").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.browser().get("/networks/findes-ikke").await.status, StatusCode::NOT_FOUND);
}

async fn an_invalid_charter_is_shown_again_with_messages_and_nothing_is_saved(app: TestApp) {
    let (b, me) = app.signed_in("tina@region.example", "Tina").await;
    app.create_network("ugyldig", me).await;
    let b = b.with_lang("da");
    let long = "x".repeat(200);
    let mut form = charter(&long, "Nyt formål");
    form[6] = ("meetings_per_year", "fire");
    form[11] = ("contact_email", "ikke en adresse");
    let r = b.post_form("/networks/ugyldig/edit", &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("error-summary"));
    assert!(r.body.contains(r##"href="#name""##));
    assert!(r.body.contains(r##"href="#meetings_per_year""##));
    assert!(r.body.contains(r##"href="#contact_email""##));
    assert!(r.body.contains("Nyt formål"), "what was typed is kept");
    assert!(r.body.contains(">Møder om året: Skriv et tal.</a>"), "the summary names the field: {}", r.body);
    let public = app.browser().get("/networks/ugyldig").await;
    assert!(!public.body.contains("Nyt formål"), "nothing half-written");
}

async fn a_facilitator_starts_a_new_network_and_a_taken_address_is_refused(app: TestApp) {
    let (b, me) = app.signed_in("ulla@region.example", "Ulla").await;
    app.create_network("optaget", me).await;
    let r = b.post_form("/networks/new", &charter("Innovationsnetværket Nord", "Formål")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/networks/innovationsnetvaerket-nord/home?notice=created");
    assert_eq!(b.get("/networks/innovationsnetvaerket-nord/edit").await.status, StatusCode::OK, "the creator facilitates");
    let home = b.get("/").await;
    assert!(home.body.contains("/networks/innovationsnetvaerket-nord/home"), "listed under the creator's own networks");

    let mut form = charter("Et andet netværk", "Formål");
    form[1] = ("slug", "optaget");
    let r = b.post_form("/networks/new", &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(r##"href="#slug""##));

    // Someone who facilitates nothing cannot start a network.
    let (plain, _) = app.signed_in("plain@region.example", "Plain").await;
    assert_eq!(plain.post_form("/networks/new", &charter("Mit eget", "x")).await.status, StatusCode::FORBIDDEN);
}

async fn an_invited_person_accepts_by_email_and_becomes_a_member(app: TestApp) {
    let (b, me) = app.signed_in("vera@region.example", "Vera").await;
    app.create_network("invitation", me).await;
    let r = b.post_form("/networks/invitation/people", &[("email", "ny@kommune.example"), ("role", "member")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mail = app.mail_to("ny@kommune.example").await;
    assert!(mail.body.contains("Vera"));
    let path = mail.link(&format!("{}/invitations/", app.base_url)).trim_start_matches(&app.base_url).to_string();

    let guest = app.browser();
    assert_eq!(guest.get(&path).await.status, StatusCode::OK);
    let bad = guest.post_form(&path, &[("name", ""), ("password", "kort")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = guest.post_form(&path, &[("name", "Nina Ny"), ("password", PASSWORD)]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), "/networks/invitation/home");
    assert_eq!(guest.get("/networks/invitation/home").await.status, StatusCode::OK);
    assert_eq!(app.browser().post_form(&path, &[("name", "X"), ("password", PASSWORD)]).await.status, StatusCode::GONE);

    let again = b.post_form("/networks/invitation/people", &[("email", "ny@kommune.example"), ("role", "member")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let people = b.get("/networks/invitation/people").await;
    assert!(people.body.contains("Nina Ny"));
}

async fn the_last_facilitator_cannot_step_down(app: TestApp) {
    let (b, me) = app.signed_in("xenia@region.example", "Xenia").await;
    app.create_network("eneste", me).await;
    let r = b.post_form(&format!("/networks/eneste/people/{me}/role"), &[("role", "member")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(b.get("/networks/eneste/edit").await.status, StatusCode::OK, "still the facilitator");
    let r = b.post_form(&format!("/networks/eneste/people/{me}/role"), &[("role", "boss")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

async fn the_same_form_submitted_twice_leaves_one_network(app: TestApp) {
    let (b, me) = app.signed_in("yrsa@region.example", "Yrsa").await;
    app.create_network("yrsa-net", me).await;
    let form = charter("Dobbeltklik", "Formål");
    let first = b.post_form("/networks/new", &form).await;
    let second = b.post_form("/networks/new", &form).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY, "the address is taken by the first submit");
    let list = app.browser().get("/").await;
    assert_eq!(list.body.matches("/networks/dobbeltklik\"").count(), 1);
}

async fn public_pages_are_served_in_three_languages_with_local_dates_and_numbers(app: TestApp) {
    let (_, me) = app.signed_in("zola@region.example", "Zola").await;
    app.create_network("sprog", me).await;
    for (lang, word) in [("da", "Formål"), ("sv", "Syfte"), ("en", "Purpose")] {
        let r = app.browser().get(&format!("/networks/sprog?lang={lang}")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains(&format!(r#"<html lang="{lang}">"#)));
        assert!(r.body.contains(word), "{lang}: {word}");
    }
    // The language chosen by ?lang= sticks in a cookie.
    let b = app.browser().with_lang("da");
    b.get("/?lang=sv").await;
    assert!(b.get("/networks/sprog").await.body.contains(r#"<html lang="sv">"#));
}
