//! Price schedules per network and term.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::on_both;
use crate::support::TestApp;

on_both!(a_facilitator_prices_seats_per_term_and_the_public_page_shows_it, bad_prices_and_outsiders_are_refused);

async fn a_facilitator_prices_seats_per_term_and_the_public_page_shows_it(app: TestApp) {
    let (fac, id) = app.signed_in("fac@pris.example", "Fac").await;
    app.create_network("pris", id).await;
    let none = app.browser().get("/api/v1/networks/pris/price-schedule").await.json();
    assert_eq!(none["kind"], "none", "no schedule: no invoices");
    let r = fac
        .clone()
        .with_lang("da")
        .post_form(
            "/networks/pris/fees",
            &[("kind", "first_and_further"), ("first", "4.000"), ("further", "2.500,00"), ("currency", "DKK"), ("vat_rate", "25")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let s = app.browser().get("/api/v1/networks/pris/price-schedule").await.json();
    assert_eq!(
        (s["firstSeatMinor"].as_i64(), s["furtherSeatMinor"].as_i64(), s["vatBasisPoints"].as_i64()),
        (Some(400_000), Some(250_000), Some(2500))
    );
    let public = app.browser().with_lang("da").get("/networks/pris").await;
    assert!(public.body.contains("4.000,00 DKK for arbejdspladsens første plads"), "{}", public.body);
    assert!(public.body.contains("+ 25 % moms."));
    let sv = app.browser().with_lang("sv").get("/networks/pris").await;
    assert!(sv.body.contains("4\u{a0}000,00 DKK"), "Swedish groups thousands with a space");

    // Next year's price through the API; this year's is unchanged.
    let next = chrono::Datelike::year(&chrono::Utc::now()) + 1;
    let api = app.browser().with_token(&app.api_token("fac@pris.example").await);
    let r = api
        .json(
            Method::PUT,
            &format!("/api/v1/networks/pris/price-schedule?term={next}"),
            json!({"kind": "flat", "firstSeatMinor": 800_000, "currency": "SEK", "vatExemptionReason": "Momsfri tjänst mellan myndigheter"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["vatExemptionReason"], "Momsfri tjänst mellan myndigheter");
    assert_eq!(app.browser().get("/api/v1/networks/pris/price-schedule").await.json()["kind"], "first_and_further");
    let page = fac.get(&format!("/networks/pris/fees?term={next}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Momsfri tjänst mellan myndigheter"));
}

async fn bad_prices_and_outsiders_are_refused(app: TestApp) {
    let (fac, id) = app.signed_in("fac@fejl.example", "Fac").await;
    app.create_network("fejl", id).await;
    let r = fac
        .post_form("/networks/fejl/fees", &[("kind", "first_and_further"), ("first", "fire tusind"), ("further", "0"), ("currency", "NOK")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["first", "further", "currency"] {
        assert!(r.body.contains(&format!(r##"href="#{f}""##)), "{f}");
    }
    assert_eq!(fac.get("/networks/fejl/fees?term=1999").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.browser().get("/api/v1/networks/fejl/price-schedule").await.json()["kind"], "none", "nothing saved");
    let (member, _) = app.signed_in("m@fejl.example", "M").await;
    assert_eq!(member.get("/networks/fejl/fees").await.status, StatusCode::FORBIDDEN);
    let api = app.browser().with_token(&app.api_token("m@fejl.example").await);
    let r = api.json(Method::PUT, "/api/v1/networks/fejl/price-schedule", json!({"kind": "free", "currency": "DKK"})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .browser()
        .with_token(&app.api_token("fac@fejl.example").await)
        .json(Method::PUT, "/api/v1/networks/fejl/price-schedule", json!({"kind": "flat", "currency": "DKK", "firstSeatMinor": -5}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
