use axum::http::StatusCode;

use crate::on_both;
use crate::support::{Refusal, TestApp};

on_both!(
    malformed_and_hostile_forms_get_a_4xx_page_never_a_500,
    unknown_ids_and_addresses_are_404_in_the_readers_language,
    health_readiness_and_metrics_answer,
);

async fn malformed_and_hostile_forms_get_a_4xx_page_never_a_500(app: TestApp) {
    let (b, me) = app.signed_in("hostile@region.example", "Hostile").await;
    app.create_network("fjendtlig", me).await;
    let csrf = b.csrf().await;
    const SLUG: (&str, &str) =
        ("slug", "Web address: The web address may contain only lower-case letters a–z, digits and hyphens (3–60 characters).");
    const UNREADABLE: &str = "What you sent could not be read. Check the format and try again.";
    let cases: Vec<(&str, Vec<u8>, Refusal)> = vec![
        // invalid UTF-8 in a field. The form lacks its web address, which is what is refused: a
        // complete form with invalid UTF-8 is saved with U+FFFD in the name (reported, issue 17).
        (
            "application/x-www-form-urlencoded",
            [format!("csrf={csrf}&name=").as_bytes(), &[0xff, 0xfe, 0x41], b"&language=da&country=DK"].concat(),
            Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[SLUG]),
        ),
        // the same field twice
        (
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&name=A&name=B&language=da&country=DK").into_bytes(),
            Refusal::Page(StatusCode::UNPROCESSABLE_ENTITY, UNREADABLE),
        ),
        // a body that is not a form
        (
            "application/json",
            br#"{"name":"x"}"#.to_vec(),
            Refusal::Page(StatusCode::UNSUPPORTED_MEDIA_TYPE, "The content type is not supported."),
        ),
        // an oversized body
        (
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&purpose={}", "x".repeat(400_000)).into_bytes(),
            Refusal::Page(StatusCode::PAYLOAD_TOO_LARGE, "What you sent is too large."),
        ),
        // text over the field limit
        (
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&name=ok&language=da&country=DK&purpose={}", "æ".repeat(10_001)).into_bytes(),
            Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[SLUG, ("purpose", "Purpose: The text is too long.")]),
        ),
        // control characters
        (
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&name=a%00b&language=da&country=DK").into_bytes(),
            Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[("name", "Name: The text contains characters that are not allowed.")]),
        ),
    ];
    for (ct, body, refusal) in cases {
        let r = b.post_raw("/networks/fjendtlig/edit", ct, body).await;
        r.assert_refused(refusal, ct);
        assert!(r.content_type().starts_with("text/html"), "{ct}: {}", r.content_type());
        assert!(r.body.contains("<html lang="), "an error page, not a bare message");
    }
    let public = app.browser().get("/networks/fjendtlig").await;
    assert!(public.body.contains("Netværk fjendtlig"), "nothing was changed");
    // Other languages in any field are fine.
    let r = b
        .post_form(
            "/networks/fjendtlig/edit",
            &[("name", "Сеть 网络 شبكة"), ("slug", "fjendtlig"), ("language", "da"), ("country", "DK"), ("status", "running")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

async fn unknown_ids_and_addresses_are_404_in_the_readers_language(app: TestApp) {
    let r = app.browser().with_lang("sv").get("/networks/finns-inte").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains(r#"<html lang="sv">"#));
    let (b, _) = app.signed_in("ids@region.example", "Ids").await;
    assert_eq!(b.get("/organisations/not-a-uuid/edit").await.status.as_u16() / 100, 4);
    assert_eq!(b.post_form(&format!("/account/tokens/{}/delete", uuid::Uuid::now_v7()), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.browser().get("/signin/link/bogus").await.status, StatusCode::GONE);
    assert_eq!(app.browser().get("/invitations/bogus").await.status, StatusCode::GONE);
}

async fn health_readiness_and_metrics_answer(app: TestApp) {
    let b = app.browser();
    assert_eq!(b.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(b.get("/readyz").await.status, StatusCode::OK);
    let m = b.get("/metrics").await;
    assert!(m.body.contains("spira_http_requests_total{class=\"2xx\"}"));
    assert!(m.body.contains(&format!("backend=\"{}\"", if app.is_postgres() { "postgres" } else { "sqlite" })));
    let r = b.get("/").await;
    assert!(r.headers.get("content-security-policy").is_some());
    assert_eq!(r.headers.get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"));
}
