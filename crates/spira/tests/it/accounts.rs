use axum::http::StatusCode;

use crate::on_both;
use crate::support::{PASSWORD, TestApp};

on_both!(
    a_password_sign_in_starts_a_session_and_signing_out_ends_it,
    a_wrong_password_is_refused_in_the_readers_language,
    sign_in_is_rate_limited_per_account,
    a_sign_in_link_arrives_by_email_and_works_once,
    a_password_reset_signs_out_everywhere_and_the_new_password_works,
    a_form_without_the_anti_forgery_token_changes_nothing,
    a_post_from_another_site_is_refused,
    a_signed_in_person_can_create_and_use_a_personal_api_token,
    a_link_request_for_an_unknown_address_reveals_nothing,
    sign_in_is_rate_limited_per_client_address,
);

async fn sign_in_is_rate_limited_per_client_address(app: TestApp) {
    app.create_user("victim@aaby.example", "Victim", false).await;
    let attacker = app.browser().at_addr("203.0.113.7:40000");
    for i in 0..spira_web::accounts::MAX_FAILURES_PER_ADDRESS {
        let r = attacker.post_form("/signin", &[("email", &format!("guess{i}@aaby.example")), ("password", "password123")]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let r = attacker.post_form("/signin", &[("email", "victim@aaby.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "the address is blocked for a while");
    let elsewhere = app.browser().at_addr("198.51.100.4:50000");
    let r = elsewhere.post_form("/signin", &[("email", "victim@aaby.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "the account itself is not locked by someone guessing other accounts");
}

async fn a_password_sign_in_starts_a_session_and_signing_out_ends_it(app: TestApp) {
    app.create_user("anna@aaby.example", "Anna Holm", false).await;
    let b = app.browser();
    let r = b.post_form("/signin", &[("email", "Anna@Aaby.example "), ("password", PASSWORD), ("next", "/account")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/account");
    let account = b.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("anna@aaby.example"));
    assert!(account.body.contains(r#"id="signout""#));

    let out = b.post_form("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = b.get("/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert!(after.location().starts_with("/signin?next="), "{}", after.location());
}

async fn a_wrong_password_is_refused_in_the_readers_language(app: TestApp) {
    app.create_user("bo@aaby.example", "Bo", false).await;
    let b = app.browser().with_lang("da");
    let r = b.post_form("/signin", &[("email", "bo@aaby.example"), ("password", "forkert-kodeord")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("E-mailadressen eller adgangskoden er forkert") || r.body.contains("forkert"), "{}", r.body);
    assert!(r.body.contains(r#"<html lang="da">"#));
    assert!(b.cookie("spira_session").is_none());
    let sv = app.browser().with_lang("sv");
    let r = sv.post_form("/signin", &[("email", "bo@aaby.example"), ("password", "fel-lösenord")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains(r#"<html lang="sv">"#));
}

async fn sign_in_is_rate_limited_per_account(app: TestApp) {
    app.create_user("cecilie@aaby.example", "Cecilie", false).await;
    let b = app.browser();
    for _ in 0..spira_web::accounts::MAX_FAILURES_PER_ACCOUNT {
        let r = b.post_form("/signin", &[("email", "cecilie@aaby.example"), ("password", "wrong password")]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    // Now even the right password is refused for a while, from any browser.
    let other = app.browser();
    let r = other.post_form("/signin", &[("email", "cecilie@aaby.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    assert!(r.body.contains("15 minutes"), "{}", r.body);
    assert!(other.cookie("spira_session").is_none());
    // Another account is not affected.
    app.create_user("dorte@aaby.example", "Dorte", false).await;
    let r = other.post_form("/signin", &[("email", "dorte@aaby.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

async fn a_sign_in_link_arrives_by_email_and_works_once(app: TestApp) {
    app.create_user("erik@alvstad.example", "Erik", false).await;
    let b = app.browser();
    let r = b.post_form("/signin/link", &[("email", "erik@alvstad.example")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let mail = app.mail_to("erik@alvstad.example").await;
    assert!(mail.subject.contains("sign-in link"), "{}", mail.subject);
    let link = mail.link(&format!("{}/signin/link/", app.base_url));
    let path = link.trim_start_matches(&app.base_url).to_string();

    // Opening the link shows a button; only pressing it signs in (mail scanners open links too).
    let page = b.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(b.cookie("spira_session").is_none());
    let r = b.post_form(&path, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(b.cookie("spira_session").is_some());
    assert_eq!(b.get("/account").await.status, StatusCode::OK);

    let again = app.browser();
    let r = again.post_form(&path, &[]).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert!(again.cookie("spira_session").is_none());
    let tampered = format!("{}x", path);
    assert_eq!(app.browser().get(&tampered).await.status, StatusCode::GONE);
}

async fn a_password_reset_signs_out_everywhere_and_the_new_password_works(app: TestApp) {
    let (old_session, _) = app.signed_in("frida@alvstad.example", "Frida").await;
    let b = app.browser();
    let r = b.post_form("/password/forgot", &[("email", "frida@alvstad.example")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let mail = app.mail_to("frida@alvstad.example").await;
    let path = mail.link(&format!("{}/password/reset/", app.base_url)).trim_start_matches(&app.base_url).to_string();

    let short = b.post_form(&path, &[("password", "kort")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("at least 10 characters"));

    let r = b.post_form(&path, &[("password", "ett nytt långt lösenord")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/account").await.status, StatusCode::OK);
    assert_eq!(old_session.get("/account").await.status, StatusCode::SEE_OTHER, "old session must end");

    let fresh = app.browser();
    let ok = fresh.post_form("/signin", &[("email", "frida@alvstad.example"), ("password", "ett nytt långt lösenord")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let old = app.browser().post_form("/signin", &[("email", "frida@alvstad.example"), ("password", PASSWORD)]).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    assert_eq!(b.post_form(&path, &[("password", "endnu et nyt kodeord")]).await.status, StatusCode::GONE);
}

async fn a_form_without_the_anti_forgery_token_changes_nothing(app: TestApp) {
    let (b, _) = app.signed_in("gunnar@aaby.example", "Gunnar").await;
    let r = b.post_raw("/account", "application/x-www-form-urlencoded", b"name=Hacked&lang=en".to_vec()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = b
        .post_raw("/account", "application/x-www-form-urlencoded", b"csrf=wrong-token-wrong-token-wrong-token&name=Hacked&lang=en".to_vec())
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let page = b.get("/account").await;
    assert!(page.body.contains("Gunnar"), "{} {}", page.status, page.body);
    assert!(!b.get("/account").await.body.contains("Hacked"));
}

async fn a_post_from_another_site_is_refused(app: TestApp) {
    let (b, _) = app.signed_in("hanne@aaby.example", "Hanne").await;
    let csrf = b.csrf().await;
    let req = axum::http::Request::post("/account")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .body(axum::body::Body::from(format!("csrf={csrf}&name=Evil&lang=en")))
        .expect("req");
    assert_eq!(b.send(req).await.status, StatusCode::FORBIDDEN);
    let req = axum::http::Request::post("/account")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(axum::body::Body::from(format!("csrf={csrf}&name=Evil&lang=en")))
        .expect("req");
    assert_eq!(b.send(req).await.status, StatusCode::FORBIDDEN);
    assert!(!b.get("/account").await.body.contains("Evil"));
}

async fn a_signed_in_person_can_create_and_use_a_personal_api_token(app: TestApp) {
    let (b, _) = app.signed_in("ida@aaby.example", "Ida").await;
    let r = b.post_form("/account/tokens", &[("token_name", "Regneark")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let start = r.body.find("<code>spira_").expect("token shown once") + 6;
    let token = &r.body[start..start + r.body[start..].find('<').expect("end")];
    let me = app.browser().with_token(token).get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["email"], "ida@aaby.example");
    assert!(!b.get("/account").await.body.contains(token), "the token is shown only once");
}

async fn a_link_request_for_an_unknown_address_reveals_nothing(app: TestApp) {
    app.create_user("jens@aaby.example", "Jens", false).await;
    let known = app.browser().post_form("/signin/link", &[("email", "jens@aaby.example")]).await;
    let unknown = app.browser().post_form("/signin/link", &[("email", "nobody@aaby.example")]).await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.body, unknown.body, "the answer must not tell whether an account exists");
    app.deliver_mail().await;
    assert!(app.smtp.last_to("nobody@aaby.example").is_none());
    assert!(app.smtp.last_to("jens@aaby.example").is_some());
    // Asking too often is refused.
    for _ in 1..spira_web::accounts::MAX_LINKS_PER_HOUR {
        app.browser().post_form("/signin/link", &[("email", "jens@aaby.example")]).await;
    }
    let r = app.browser().post_form("/signin/link", &[("email", "jens@aaby.example")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}
