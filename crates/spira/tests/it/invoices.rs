//! Invoices and credit notes: the source texts' example to the øre, Peppol UBL for Danish and
//! Swedish public buyers, what blocks an invoice, and gapless numbering under concurrency.
//!
//! Every UBL document these tests produce is written into `SPIRA_UBL_OUT` when it is set; CI
//! then runs the Peppol validator over the folder.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};
use spira_store::Uuid;

use crate::on_both;
use crate::support::{Browser, Refusal, TestApp};

on_both!(
    three_colleagues_from_one_municipality_are_invoiced_11250_kroner,
    a_swedish_region_invoices_a_swedish_region_in_sek,
    an_exempt_network_invoices_without_vat_by_fi_card,
    organisations_that_cannot_be_invoiced_are_named_with_what_they_lack,
    two_facilitators_issuing_at_once_make_each_invoice_once_without_gaps,
    invoices_are_for_the_networks_facilitators_only,
    hostile_invoice_input_gets_a_4xx_and_changes_nothing,
    a_malformed_organisation_id_is_explained_in_the_readers_language,
    the_issuers_finance_department_sees_every_document_across_its_networks,
);

fn term() -> i32 {
    chrono::Datelike::year(&chrono::Utc::now())
}

/// Creates an organisation through the API and returns its id.
async fn org(api: &Browser, body: Value) -> Uuid {
    let r = api.json(Method::POST, "/api/v1/organisations", body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    Uuid::parse_str(r.json()["id"].as_str().expect("id")).expect("uuid")
}

async fn danish_region(api: &Browser) -> Uuid {
    org(
        api,
        json!({"name": "Region Testland", "kind": "region", "country": "DK", "registrationNumber": "44591219", "gln": "5798000123458",
               "street": "Regionsgården 1", "postcode": "7100", "city": "Testby", "vatNumber": "DK44591219"}),
    )
    .await
}

/// A person holding a seat for `org` in the term, with a buyer's reference.
async fn seat(app: &TestApp, network: Uuid, email: &str, name: &str, org: Option<Uuid>, reference: Option<&str>) -> Uuid {
    let user = app.create_user(email, name, false).await;
    app.add_seat(network, user, org, reference).await;
    app.set_role(network, user, "member").await;
    user
}

async fn price(api: &Browser, slug: &str, body: Value) {
    let r = api.json(Method::PUT, &format!("/api/v1/networks/{slug}/price-schedule"), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

async fn issuer(api: &Browser, slug: &str, body: Value) {
    let r = api.json(Method::PUT, &format!("/api/v1/networks/{slug}/invoice-issuer"), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

async fn issue(api: &Browser, slug: &str) -> Value {
    let r = api.json(Method::POST, &format!("/api/v1/networks/{slug}/invoices"), json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()
}

/// Fetches a document's UBL, checks that it is served as XML, and keeps it for the validator.
async fn ubl(app: &TestApp, api: &Browser, id: &str, label: &str) -> String {
    let r = api.get(&format!("/api/v1/invoices/{id}/ubl")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.content_type().starts_with("application/xml"), "{}", r.content_type());
    assert!(r.body.starts_with("<?xml"));
    if let Ok(dir) = std::env::var("SPIRA_UBL_OUT") {
        std::fs::create_dir_all(&dir).expect("SPIRA_UBL_OUT");
        let backend = if app.is_postgres() { "postgres" } else { "sqlite" };
        let path = std::path::Path::new(&dir).join(format!("{label}-{backend}-{id}.xml"));
        std::fs::write(&path, &r.body).expect("write UBL");
    }
    r.body
}

async fn three_colleagues_from_one_municipality_are_invoiced_11250_kroner(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@spredning.example", "Anne Facilitator").await;
    let network = app.create_network("spredning", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@spredning.example").await);
    let region = danish_region(&api).await;
    let aaby = org(
        &api,
        json!({"name": "Åby Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591227", "gln": "5798000234567",
               "street": "Rådhustorvet 1", "postcode": "8990", "city": "Åby", "vatNumber": "44591227"}),
    )
    .await;
    let aaby_json = api.get(&format!("/api/v1/organisations/{aaby}")).await.json();
    assert_eq!(aaby_json["vatNumber"], "DK44591227", "the VAT number is normalised");
    assert_eq!(aaby_json["electronicAddress"], "0088:5798000234567", "a Danish municipality receives by EAN/GLN");
    for (email, name) in
        [("louise@aaby.example", "Louise Brandt"), ("rasmus@aaby.example", "Rasmus Holt"), ("camilla@aaby.example", "Camilla Friis")]
    {
        seat(&app, network, email, name, Some(aaby), Some("ÅBY-4711 att. Lene Bach")).await;
    }
    price(
        &api,
        "spredning",
        json!({"kind": "first_and_further", "firstSeatMinor": 400_000, "furtherSeatMinor": 250_000, "currency": "DKK"}),
    )
    .await;
    issuer(
        &api,
        "spredning",
        json!({"organisationId": region.to_string(), "paymentKind": "dk_account", "reg": "1551", "account": "0003456789"}),
    )
    .await;

    // The overview shows the draft before anything is issued.
    let overview = fac.clone().with_lang("da").get("/networks/spredning/invoices").await;
    assert_eq!(overview.status, StatusCode::OK, "{}", overview.body);
    assert!(overview.body.contains("Åby Kommune") && overview.body.contains("11.250,00 DKK"), "{}", overview.body);
    assert!(overview.body.contains("Udsted én faktura"));

    let drafts = api.get("/api/v1/networks/spredning/invoice-drafts").await.json();
    assert_eq!(drafts["refusal"], Value::Null, "{drafts}");
    assert_eq!(drafts["drafts"][0]["grossMinor"], 1_125_000);
    assert_eq!(drafts["drafts"][0]["people"], json!(["Louise Brandt", "Rasmus Holt", "Camilla Friis"]));
    let r = issue(&api, "spredning").await;
    assert_eq!(r["issued"].as_array().map(Vec::len), Some(1), "{r}");
    assert_eq!(r["waiting"], json!([]));
    assert_eq!(api.get("/api/v1/networks/spredning/invoice-drafts").await.json()["drafts"], json!([]), "nothing left to invoice");
    let id = r["issued"][0]["id"].as_str().expect("id").to_string();
    let inv = api.get(&format!("/api/v1/invoices/{id}")).await.json();
    assert_eq!(inv["number"], 1);
    assert_eq!(
        (inv["netMinor"].as_i64(), inv["vatMinor"].as_i64(), inv["grossMinor"].as_i64()),
        (Some(900_000), Some(225_000), Some(1_125_000))
    );
    let lines: Vec<i64> = inv["lines"].as_array().expect("lines").iter().filter_map(|l| l["netMinor"].as_i64()).collect();
    assert_eq!(lines, vec![400_000, 250_000, 250_000]);
    assert_eq!(inv["lines"][0]["person"], "Louise Brandt");
    assert_eq!(inv["buyerReference"], "ÅBY-4711 att. Lene Bach");

    let xml = ubl(&app, &api, &id, "dk-municipality-gln").await;
    assert!(xml.contains("<cbc:EndpointID schemeID=\"0088\">5798000234567</cbc:EndpointID>"));
    assert!(xml.contains("<cbc:CompanyID schemeID=\"0184\">DK44591219</cbc:CompanyID>"), "the seller's CVR (DK-R-014)");
    assert!(xml.contains("<cbc:PayableAmount currencyID=\"DKK\">11250.00</cbc:PayableAmount>"));
    assert!(xml.contains("<cbc:BuyerReference>ÅBY-4711 att. Lene Bach</cbc:BuyerReference>"));

    // Readable in all three languages, and printable.
    for (lang, amount, title) in
        [("da", "11.250,00 DKK", "Faktura 1"), ("sv", "11\u{a0}250,00 DKK", "Faktura 1"), ("en", "11,250.00 DKK", "Invoice 1")]
    {
        let page = fac.clone().with_lang(lang).get(&format!("/networks/spredning/invoices/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(amount) && page.body.contains(title), "{lang}: {}", page.body);
        assert!(page.body.contains("Rådhustorvet 1") && page.body.contains("Camilla Friis"));
    }

    // A price change after issue leaves the invoice as it was.
    price(&api, "spredning", json!({"kind": "flat", "firstSeatMinor": 100, "currency": "DKK"})).await;
    assert_eq!(api.get(&format!("/api/v1/invoices/{id}")).await.json()["grossMinor"], 1_125_000);
    assert_eq!(ubl(&app, &api, &id, "dk-after-price-change").await, xml, "the issued document is frozen");
    price(
        &api,
        "spredning",
        json!({"kind": "first_and_further", "firstSeatMinor": 400_000, "furtherSeatMinor": 250_000, "currency": "DKK"}),
    )
    .await;

    // Paid once; a second time is a conflict.
    let r = api.json(Method::POST, &format!("/api/v1/invoices/{id}/paid"), json!({})).await;
    assert_eq!((r.status, r.json()["state"].clone()), (StatusCode::OK, json!("paid")));
    let r = api.json(Method::POST, &format!("/api/v1/invoices/{id}/paid"), json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("already_paid")));

    // A colleague joins mid-term: a supplementary invoice at the further-seat price.
    seat(&app, network, "sofie@aaby.example", "Sofie Lund", Some(aaby), None).await;
    let r = issue(&api, "spredning").await;
    let supp = r["issued"][0]["id"].as_str().expect("supplementary").to_string();
    let s = api.get(&format!("/api/v1/invoices/{supp}")).await.json();
    assert_eq!((s["number"].as_i64(), s["grossMinor"].as_i64()), (Some(2), Some(312_500)), "{s}");
    assert_eq!(s["buyerReference"], "ÅBY-4711 att. Lene Bach", "the organisation's reference carries over");
    ubl(&app, &api, &supp, "dk-supplementary").await;
    assert_eq!(issue(&api, "spredning").await["issued"], json!([]), "nothing is invoiced twice");
    let r = fac.post_form(&format!("/networks/spredning/invoices/{supp}/paid"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "marked paid from the invoice page");
    assert_eq!(api.get(&format!("/api/v1/invoices/{supp}")).await.json()["state"], "paid");
    seat(&app, network, "late@aaby.example", "Lars Sen", Some(aaby), Some("ÅBY-4711 att. Lene Bach")).await;
    let late = api.get("/api/v1/networks/spredning/invoice-drafts").await.json();
    assert_eq!(late["drafts"][0]["supplementary"], true, "{late}");
    let r = api.json(Method::POST, "/api/v1/networks/spredning/invoices", json!({})).await;
    let late_id = r.json()["issued"][0]["id"].as_str().expect("late").to_string();
    assert_eq!(api.get(&format!("/api/v1/invoices/{late_id}")).await.json()["number"], 3);
    ubl(&app, &api, &late_id, "dk-supplementary-late").await;

    // The member list shows each member's invoice.
    let csv = fac.clone().with_lang("da").get("/networks/spredning/members.csv").await;
    assert!(csv.body.contains("Faktura 2: Betalt") && csv.body.contains("Faktura 3: Udstedt, ikke betalt"), "{}", csv.body);
    let people = fac.get("/networks/spredning/people").await;
    assert!(people.body.contains("Invoice 1: Paid") && people.body.contains("Invoice 3: Issued, not paid"), "{}", people.body);

    // Crediting: a credit note with positive amounts that refers to the invoice; once only.
    let r = fac.post_form(&format!("/networks/spredning/invoices/{id}/credit"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = api.get("/api/v1/networks/spredning/invoices").await.json();
    let cn = list.as_array().expect("list").iter().find(|d| d["kind"] == "credit_note").expect("credit note").clone();
    assert_eq!((cn["number"].as_i64(), cn["grossMinor"].as_i64()), (Some(4), Some(1_125_000)), "the series is shared and gapless");
    assert_eq!(cn["creditsId"], json!(id));
    assert_eq!(api.get(&format!("/api/v1/invoices/{id}")).await.json()["state"], "credited");
    let cn_id = cn["id"].as_str().expect("id").to_string();
    let cn_xml = ubl(&app, &api, &cn_id, "dk-credit-note").await;
    assert!(cn_xml.contains("<CreditNote") && cn_xml.contains("<cbc:ID>1</cbc:ID>"), "refers to invoice 1");
    assert!(!cn_xml.contains(">-"), "no negative amounts (DK-R-016)");
    let r = api.json(Method::POST, &format!("/api/v1/invoices/{id}/credit"), json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("already_credited")));
    let r = api.json(Method::POST, &format!("/api/v1/invoices/{cn_id}/credit"), json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("not_an_invoice")));
    let page = fac.clone().with_lang("sv").get(&format!("/networks/spredning/invoices/{cn_id}")).await;
    assert!(page.body.contains("Kreditfaktura 4"), "{}", page.body);

    // The credited seats can be invoiced again, at the prices they had.
    let r = issue(&api, "spredning").await;
    let again = api.get(&format!("/api/v1/invoices/{}", r["issued"][0]["id"].as_str().expect("id"))).await.json();
    assert_eq!((again["number"].as_i64(), again["grossMinor"].as_i64()), (Some(5), Some(1_125_000)), "{again}");

    // The finance department's CSV.
    let csv = fac.clone().with_lang("da").get("/networks/spredning/invoices.csv").await;
    assert!(csv.content_type().starts_with("text/csv"));
    assert!(csv.body.starts_with('\u{feff}'));
    assert!(csv.body.contains("Kreditnota;") && csv.body.contains(";11250,00;"), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), 6, "a header and five documents");
}

async fn a_swedish_region_invoices_a_swedish_region_in_sek(app: TestApp) {
    let (_, fac_id) = app.signed_in("fac@norrsund.example", "Ingrid").await;
    let network = app.create_network("norrsund", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@norrsund.example").await);
    let seller = org(
        &api,
        json!({"name": "Region Norrsund", "kind": "region", "country": "SE", "registrationNumber": "232199-0513",
               "street": "Storgatan 10", "postcode": "871 30", "city": "Norrby", "vatNumber": "SE232199051301"}),
    )
    .await;
    let buyer = org(
        &api,
        json!({"name": "Region Västerfjäll", "kind": "region", "country": "SE", "registrationNumber": "2321001006",
               "street": "Box 100", "postcode": "901 85", "city": "Fjällby"}),
    )
    .await;
    seat(&app, network, "a@vasterfjall.example", "Åsa Öberg", Some(buyer), Some("Er referens: 7001")).await;
    seat(&app, network, "b@vasterfjall.example", "Björn Ek", Some(buyer), None).await;
    price(&api, "norrsund", json!({"kind": "flat", "firstSeatMinor": 600_000, "currency": "SEK"})).await;
    issuer(
        &api,
        "norrsund",
        json!({"organisationId": seller.to_string(), "paymentKind": "bankgiro", "giro": "5050-1055", "fskatt": true, "paymentDays": 20}),
    )
    .await;
    let got = api.get("/api/v1/networks/norrsund/invoice-issuer").await.json();
    assert_eq!((got["giro"].as_str(), got["paymentDays"].as_i64(), got["fskatt"].as_bool()), (Some("50501055"), Some(20), Some(true)));
    let r = issue(&api, "norrsund").await;
    let id = r["issued"][0]["id"].as_str().expect("id").to_string();
    let inv = api.get(&format!("/api/v1/invoices/{id}")).await.json();
    assert_eq!((inv["currency"].as_str(), inv["grossMinor"].as_i64()), (Some("SEK"), Some(1_500_000)));
    assert_eq!(inv["buyerElectronicAddress"], "0007:2321001006", "a Swedish region without GLN receives by organisation number");
    let xml = ubl(&app, &api, &id, "se-region-orgnr").await;
    assert!(xml.contains("<cbc:CompanyID>Godkänd för F-skatt</cbc:CompanyID>"), "SE-R-005");
    assert!(xml.contains("<cbc:ID>SE:BANKGIRO</cbc:ID>"));
    assert!(xml.contains("<cbc:CompanyID schemeID=\"0007\">2321990513</cbc:CompanyID>"), "Luhn-valid orgnr (SE-R-013)");
}

async fn an_exempt_network_invoices_without_vat_by_fi_card(app: TestApp) {
    let (_, fac_id) = app.signed_in("fac@fritaget.example", "Fac").await;
    let network = app.create_network("fritaget", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@fritaget.example").await);
    let region = danish_region(&api).await;
    let buyer = org(
        &api,
        json!({"name": "Bæklund Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591235",
               "street": "Torvet 2", "postcode": "6000", "city": "Bæklund"}),
    )
    .await;
    seat(&app, network, "x@baeklund.example", "Xenia Holm", Some(buyer), Some("Innovation")).await;
    price(
        &api,
        "fritaget",
        json!({"kind": "flat", "firstSeatMinor": 333_333, "currency": "DKK", "vatExemptionReason": "Momsfritaget efter momslovens § 13"}),
    )
    .await;
    issuer(&api, "fritaget", json!({"organisationId": region.to_string(), "paymentKind": "fik", "creditor": "87654321"})).await;
    let r = issue(&api, "fritaget").await;
    let id = r["issued"][0]["id"].as_str().expect("id").to_string();
    let inv = api.get(&format!("/api/v1/invoices/{id}")).await.json();
    assert_eq!((inv["vatMinor"].as_i64(), inv["grossMinor"].as_i64()), (Some(0), Some(333_333)));
    assert_eq!(inv["buyerElectronicAddress"], "0184:DK44591235", "without GLN: the CVR");
    let xml = ubl(&app, &api, &id, "dk-exempt-fik").await;
    assert!(xml.contains("<cbc:TaxExemptionReason>Momsfritaget efter momslovens § 13</cbc:TaxExemptionReason>"));
    assert!(xml.contains("<cbc:PaymentMeansCode>93</cbc:PaymentMeansCode>") && xml.contains("<cbc:PaymentID>71#"), "FI card 71");
}

async fn organisations_that_cannot_be_invoiced_are_named_with_what_they_lack(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@mangler.example", "Fac").await;
    let network = app.create_network("mangler", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@mangler.example").await);

    // No price schedule, then free: nothing to invoice.
    let r = api.json(Method::POST, "/api/v1/networks/mangler/invoices", json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("no_price_schedule")));
    price(&api, "mangler", json!({"kind": "free", "currency": "DKK"})).await;
    let r = api.json(Method::POST, "/api/v1/networks/mangler/invoices", json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("free_network")));
    price(&api, "mangler", json!({"kind": "flat", "firstSeatMinor": 100_001, "currency": "DKK"})).await;
    let r = api.json(Method::POST, "/api/v1/networks/mangler/invoices", json!({})).await;
    assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::CONFLICT, json!("no_issuer")));

    // An issuer without a VAT number cannot issue; the page says so in Danish, with a 409.
    let bare = org(
        &api,
        json!({"name": "Sekretariatet", "kind": "other", "country": "DK", "registrationNumber": "44591219", "street": "Vej 1", "postcode": "7100", "city": "By"}),
    )
    .await;
    issuer(&api, "mangler", json!({"organisationId": bare.to_string(), "paymentKind": "iban", "iban": "DK50 0040 0440 1162 43"})).await;
    let complete = org(
        &api,
        json!({"name": "Klar Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591227", "street": "Torvet 1", "postcode": "8990", "city": "Klarby"}),
    )
    .await;
    seat(&app, network, "k@klar.example", "Kim Klar", Some(complete), Some("K-1")).await;
    let page = fac.clone().with_lang("da").post_form("/networks/mangler/invoices/issue", &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("momsnummer") && page.body.contains("ikke komplette"), "{}", page.body);
    let r = api.json(Method::POST, "/api/v1/networks/mangler/invoices", json!({})).await;
    assert_eq!(r.json()["error"]["code"], "issuer_incomplete");
    assert_eq!(api.get("/api/v1/networks/mangler/invoices").await.json(), json!([]), "nothing issued, no number used");

    // Bad issuer details are refused field by field; a Danish issuer cannot take bankgiro.
    let r = api
        .json(
            Method::PUT,
            "/api/v1/networks/mangler/invoice-issuer",
            json!({"organisationId": bare.to_string(), "paymentKind": "iban", "iban": "DK50 0040 0440 1162 44", "bic": "X"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        r.json()["error"]["fields"].as_array().expect("fields").iter().filter_map(|f| f["field"].as_str().map(String::from)).collect();
    assert!(fields.contains(&"iban".to_string()) && fields.contains(&"bic".to_string()), "{fields:?}");
    let r = api
        .json(
            Method::PUT,
            "/api/v1/networks/mangler/invoice-issuer",
            json!({"organisationId": bare.to_string(), "paymentKind": "bankgiro", "giro": "5050-1055"}),
        )
        .await;
    assert_eq!(r.json()["error"]["fields"][0]["code"], "payment_for_country");
    let r = fac
        .post_form("/networks/mangler/invoices/issuer", &[("organisation_id", "not-a-uuid"), ("payment_kind", "iban"), ("iban", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(r##"href="#organisation_id""##) && r.body.contains(r##"href="#iban""##));
    let bare_s = bare.to_string();
    let r = fac
        .post_form(
            "/networks/mangler/invoices/issuer",
            &[
                ("organisation_id", &bare_s),
                ("payment_kind", "iban"),
                ("iban", "dk50 0040 0440 1162 43"),
                ("bic", "DABADKKK"),
                ("payment_days", "14"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = fac.get("/networks/mangler/invoices/issuer").await;
    assert!(
        form.body.contains(r#"value="DK5000400440116243""#) && form.body.contains(r#"value="DABADKKK""#),
        "the form shows what was saved"
    );
    assert_eq!(api.get("/api/v1/networks/mangler/invoice-issuer").await.json()["paymentDays"], 14);

    // Complete the issuer; now the buyers' own gaps are named.
    let r = api.json(Method::PUT, &format!("/api/v1/organisations/{bare}"), json!({"name": "Sekretariatet", "kind": "other", "country": "DK", "registrationNumber": "44591219", "street": "Vej 1", "postcode": "7100", "city": "By", "vatNumber": "DK44591219"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let nowhere = org(&api, json!({"name": "Adresseløs Kommune", "kind": "municipality", "country": "DK"})).await;
    seat(&app, network, "a@nowhere.example", "Ada Adresseløs", Some(nowhere), Some("A-1")).await;
    let noref = org(
        &api,
        json!({"name": "Uden Reference Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591235", "street": "Gade 3", "postcode": "6000", "city": "Ref"}),
    )
    .await;
    seat(&app, network, "u@noref.example", "Ulla Uden", Some(noref), None).await;
    seat(&app, network, "p@ingen.example", "Per Pladsløs", None, None).await;
    let r = issue(&api, "mangler").await;
    assert_eq!(r["issued"].as_array().map(Vec::len), Some(1), "{r}");
    assert_eq!(r["issued"][0]["buyer"], "Klar Kommune");
    let waiting = r["waiting"].as_array().expect("waiting");
    let lacks = |name: &str| waiting.iter().find(|w| w["name"] == name).map(|w| w["lacks"].clone());
    assert_eq!(lacks("Adresseløs Kommune"), Some(json!(["postal_address", "electronic_address"])));
    assert_eq!(lacks("Uden Reference Kommune"), Some(json!(["buyer_reference"])));
    assert_eq!(lacks("Per Pladsløs"), Some(json!(["organisation"])));
    let id = r["issued"][0]["id"].as_str().expect("id").to_string();
    let klar = api.get(&format!("/api/v1/invoices/{id}")).await.json();
    assert_eq!(
        (klar["netMinor"].as_i64(), klar["vatMinor"].as_i64(), klar["grossMinor"].as_i64()),
        (Some(100_001), Some(25_000), Some(125_001)),
        "1.000,01 + 25 % = 250,0025 kr. VAT, rounded to the øre"
    );
    ubl(&app, &api, &id, "dk-iban").await;

    // The facilitator fills in the missing reference on the overview; an empty one is refused.
    let page = fac.clone().with_lang("sv").get("/networks/mangler/invoices").await;
    assert!(
        page.body.contains("Adresseløs Kommune")
            && page.body.contains("postadress")
            && page.body.contains("Er referens för Uden Reference Kommune"),
        "{}",
        page.body
    );
    let r =
        fac.post_form("/networks/mangler/invoices/reference", &[("organisation_id", &noref.to_string()), ("buyer_reference", "  ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = fac
        .post_form("/networks/mangler/invoices/reference", &[("organisation_id", &noref.to_string()), ("buyer_reference", "UR-2026")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = fac.post_form("/networks/mangler/invoices/issue", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("notice=issued"));
    let list = api.get("/api/v1/networks/mangler/invoices").await.json();
    let numbers: Vec<i64> = list.as_array().expect("list").iter().filter_map(|d| d["number"].as_i64()).collect();
    assert_eq!(numbers, vec![1, 2]);
    assert_eq!(list[1]["buyerReference"], "UR-2026");
    ubl(&app, &api, list[1]["id"].as_str().expect("id"), "dk-reference-filled-in").await;
}

async fn two_facilitators_issuing_at_once_make_each_invoice_once_without_gaps(app: TestApp) {
    let (_, a_id) = app.signed_in("a@samtidig.example", "A").await;
    let network = app.create_network("samtidig", a_id).await;
    let b_id = app.create_user("b@samtidig.example", "B", false).await;
    app.set_role(network, b_id, "facilitator").await;
    let a = app.browser().with_token(&app.api_token("a@samtidig.example").await);
    let b = app.browser().with_token(&app.api_token("b@samtidig.example").await);
    let region = danish_region(&a).await;
    let cvrs = ["44591227", "44591235", "44591243", "44591251", "44591278"];
    for (i, cvr) in cvrs.iter().enumerate() {
        let o = org(
            &a,
            json!({"name": format!("Kommune {i}"), "kind": "municipality", "country": "DK", "registrationNumber": cvr,
                   "street": "Torvet 1", "postcode": "8000", "city": "By"}),
        )
        .await;
        seat(&app, network, &format!("p{i}@samtidig.example"), &format!("Person {i}"), Some(o), Some("R")).await;
    }
    price(&a, "samtidig", json!({"kind": "flat", "firstSeatMinor": 100_000, "currency": "DKK", "vatBasisPoints": 2500})).await;
    issuer(&a, "samtidig", json!({"organisationId": region.to_string(), "paymentKind": "dk_account", "reg": "1551", "account": "12345"}))
        .await;
    let (ra, rb) = tokio::join!(
        a.json(Method::POST, "/api/v1/networks/samtidig/invoices", json!({})),
        b.json(Method::POST, "/api/v1/networks/samtidig/invoices", json!({}))
    );
    assert_eq!((ra.status, rb.status), (StatusCode::OK, StatusCode::OK), "{} {}", ra.body, rb.body);
    let issued = ra.json()["issued"].as_array().map(Vec::len).unwrap_or(0) + rb.json()["issued"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(issued, 5, "each organisation once between the two: {} {}", ra.body, rb.body);
    let list = a.get("/api/v1/networks/samtidig/invoices").await.json();
    let mut numbers: Vec<i64> = list.as_array().expect("list").iter().filter_map(|d| d["number"].as_i64()).collect();
    numbers.sort();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    let mut buyers: Vec<String> = list.as_array().expect("list").iter().filter_map(|d| d["buyer"].as_str().map(String::from)).collect();
    buyers.sort();
    buyers.dedup();
    assert_eq!(buyers.len(), 5);

    // Two credits of the same invoice at once: one credit note, and the next number.
    let first = list[0]["id"].as_str().expect("id").to_string();
    let path = format!("/api/v1/invoices/{first}/credit");
    let (ca, cb) = tokio::join!(a.json(Method::POST, &path, json!({})), b.json(Method::POST, &path, json!({})));
    let mut statuses = [ca.status, cb.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT], "{} {}", ca.body, cb.body);
    let cn = if ca.status == StatusCode::OK { ca.json() } else { cb.json() };
    assert_eq!(cn["number"], 6);

    // A second network issued by the same organisation continues the same series.
    let second = app.create_network("samme-udsteder", a_id).await;
    let o = org(&a, json!({"name": "Kommune X", "kind": "municipality", "country": "DK", "registrationNumber": "44591286", "street": "T 1", "postcode": "8000", "city": "By"})).await;
    seat(&app, second, "x@samme.example", "Xavier", Some(o), Some("X")).await;
    price(&a, "samme-udsteder", json!({"kind": "flat", "firstSeatMinor": 100_000, "currency": "DKK"})).await;
    issuer(
        &a,
        "samme-udsteder",
        json!({"organisationId": region.to_string(), "paymentKind": "dk_account", "reg": "1551", "account": "12345"}),
    )
    .await;
    assert_eq!(issue(&a, "samme-udsteder").await["issued"][0]["number"], 7, "gapless per issuer, not per network");
    ubl(&app, &a, &first, "dk-concurrent").await;
    ubl(&app, &a, cn["id"].as_str().expect("id"), "dk-concurrent-credit").await;
}

async fn invoices_are_for_the_networks_facilitators_only(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@lukket.example", "Fac").await;
    let network = app.create_network("lukket", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@lukket.example").await);
    let region = danish_region(&api).await;
    let buyer = org(
        &api,
        json!({"name": "Lukket Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591227", "street": "Torvet 1", "postcode": "8000", "city": "By"}),
    )
    .await;
    seat(&app, network, "m@lukket.example", "Mette Medlem", Some(buyer), Some("L-1")).await;
    price(&api, "lukket", json!({"kind": "flat", "firstSeatMinor": 100_000, "currency": "DKK"})).await;
    issuer(&api, "lukket", json!({"organisationId": region.to_string(), "paymentKind": "dk_account", "reg": "1551", "account": "12345"}))
        .await;
    let id = issue(&api, "lukket").await["issued"][0]["id"].as_str().expect("id").to_string();
    ubl(&app, &api, &id, "dk-access").await;

    // A member of the network, a facilitator of another network and a stranger see nothing.
    let (_, other_fac) = app.signed_in("fac@andet.example", "Other").await;
    app.create_network("andet", other_fac).await;
    let member_browser = app.browser();
    member_browser.post_form("/signin", &[("email", "m@lukket.example"), ("password", crate::support::PASSWORD), ("next", "/")]).await;
    let (stranger, _) = app.signed_in("s@ude.example", "Stranger").await;
    for who in ["m@lukket.example", "fac@andet.example", "s@ude.example"] {
        let t = app.browser().with_token(&app.api_token(who).await);
        for path in [format!("/api/v1/invoices/{id}"), format!("/api/v1/invoices/{id}/ubl"), "/api/v1/networks/lukket/invoices".to_string()]
        {
            assert_eq!(t.get(&path).await.status, StatusCode::FORBIDDEN, "{who} {path}");
        }
        let r = t.json(Method::POST, &format!("/api/v1/invoices/{id}/credit"), json!({})).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}");
        let r = t.json(Method::POST, "/api/v1/networks/lukket/invoices", json!({})).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}");
    }
    for b in [&member_browser, &stranger] {
        assert_eq!(b.get("/networks/lukket/invoices").await.status, StatusCode::FORBIDDEN);
        assert_eq!(b.get(&format!("/networks/lukket/invoices/{id}")).await.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(app.browser().get(&format!("/api/v1/invoices/{id}")).await.status, StatusCode::UNAUTHORIZED);
    // The other network's facilitator reaching for this invoice through their own network: 404.
    let (other, _) = (app.browser(), ());
    other.post_form("/signin", &[("email", "fac@andet.example"), ("password", crate::support::PASSWORD), ("next", "/")]).await;
    assert_eq!(other.get(&format!("/networks/andet/invoices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&format!("/networks/andet/invoices/{id}/ubl")).await.status, StatusCode::NOT_FOUND);
    // Malformed ids and terms are answered, not crashed on.
    assert_eq!(fac.get("/networks/lukket/invoices/not-a-uuid").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(fac.get("/networks/lukket/invoices?term=abc").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(api.get(&format!("/api/v1/invoices/{}", Uuid::now_v7())).await.status, StatusCode::NOT_FOUND);
}

async fn hostile_invoice_input_gets_a_4xx_and_changes_nothing(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@fjendsk.example", "Fac").await;
    let network = app.create_network("fjendsk", fac_id).await;
    let api = app.browser().with_token(&app.api_token("fac@fjendsk.example").await);
    let region = danish_region(&api).await;
    let buyer = org(&api, json!({"name": "Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591227", "street": "T 1", "postcode": "8000", "city": "By"})).await;
    seat(&app, network, "h@fjendsk.example", "Hanne", Some(buyer), None).await;
    let csrf = fac.csrf().await;
    let region_s = region.to_string();
    let cases: Vec<(&str, &str, Vec<u8>, Refusal)> = vec![
        (
            "/networks/fjendsk/invoices/issuer",
            "application/x-www-form-urlencoded",
            [format!("csrf={csrf}&organisation_id={region_s}&payment_kind=iban&iban=").as_bytes(), &[0xff, 0xfe], b"DK50"].concat(),
            Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[("iban", "IBAN: The IBAN is not valid: check the letters and digits.")]),
        ),
        (
            "/networks/fjendsk/invoices/issuer",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&organisation_id={region_s}&payment_kind=fik&creditor=12345678&payment_days=99999999999999999999")
                .into_bytes(),
            Refusal::Form(
                StatusCode::UNPROCESSABLE_ENTITY,
                &[("payment_days", "Days to the due date: The number is outside the allowed range.")],
            ),
        ),
        (
            "/networks/fjendsk/invoices/issuer",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&organisation_id={region_s}&payment_kind=dk_account&reg=1%002&account=x").into_bytes(),
            Refusal::Form(
                StatusCode::UNPROCESSABLE_ENTITY,
                &[
                    ("reg", "Registration number: Check the number: it has the wrong number of digits or contains letters."),
                    ("account", "Account number: Check the number: it has the wrong number of digits or contains letters."),
                ],
            ),
        ),
        (
            "/networks/fjendsk/invoices/reference",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&organisation_id={buyer}&buyer_reference={}", "å".repeat(101)).into_bytes(),
            Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, &[("buyer_reference", "Reference for the invoice: The text is too long.")]),
        ),
        (
            "/networks/fjendsk/invoices/reference",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&organisation_id=%27%3B%20DROP%20TABLE%20invoices&buyer_reference=x").into_bytes(),
            Refusal::Page(
                StatusCode::BAD_REQUEST,
                "The reference to the organisation is not valid. Go back to the overview and try again.",
            ),
        ),
        (
            "/networks/fjendsk/invoices/issue?term=99999999999",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}").into_bytes(),
            Refusal::Page(StatusCode::BAD_REQUEST, "The request could not be used."),
        ),
        (
            "/networks/fjendsk/invoices/issue",
            "application/x-www-form-urlencoded",
            b"csrf=wrong".to_vec(),
            Refusal::Page(StatusCode::FORBIDDEN, "The form had expired. Go back, reload the page and try again."),
        ),
    ];
    for (path, ct, body, refusal) in cases {
        let r = fac.post_raw(path, ct, body).await;
        r.assert_refused(refusal, path);
        assert!(r.body.contains("<html lang="), "{path}: an error page in the reader's language");
    }
    let unreadable = Refusal::Api(
        StatusCode::UNPROCESSABLE_ENTITY,
        "malformed_input",
        "What you sent could not be read. Check the format and try again.",
    );
    for (body, refusal) in [
        (json!({"organisationId": region_s, "paymentKind": "iban", "iban": "DK5000400440116243", "extra": 1}), unreadable),
        (json!({"organisationId": region_s, "paymentKind": "iban", "paymentDays": -1}), unreadable),
        (json!({"organisationId": 7, "paymentKind": "iban"}), unreadable),
        (
            json!({"organisationId": Uuid::now_v7().to_string(), "paymentKind": "iban", "iban": "DK5000400440116243"}),
            Refusal::Api(StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", "Some fields need to be corrected."),
        ),
    ] {
        let r = api.json(Method::PUT, "/api/v1/networks/fjendsk/invoice-issuer", body.clone()).await;
        r.assert_refused(refusal, &body.to_string());
    }
    let r = api
        .json(Method::PUT, &format!("/api/v1/networks/fjendsk/buyer-references/{}", Uuid::now_v7()), json!({"buyerReference": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "an organisation without seats in the term");
    let r = api
        .json(Method::PUT, &format!("/api/v1/networks/fjendsk/buyer-references/{buyer}"), json!({"buyerReference": "Ref 参考 مرجع"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "references in any script: {}", r.body);
    assert_eq!(api.get("/api/v1/networks/fjendsk/invoice-issuer").await.status, StatusCode::NOT_FOUND, "no issuer was half-saved");
    assert_eq!(api.get("/api/v1/networks/fjendsk/invoices").await.json(), json!([]));
}

async fn a_malformed_organisation_id_is_explained_in_the_readers_language(app: TestApp) {
    let (fac, fac_id) = app.signed_in("fac@uklar.example", "Fac").await;
    app.create_network("uklar", fac_id).await;
    let r = fac
        .clone()
        .with_lang("da")
        .post_form("/networks/uklar/invoices/reference", &[("organisation_id", "ikke-et-id"), ("buyer_reference", "R-1")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(!r.body.contains("error-bad_id"), "a message, not its id: {}", r.body);
    assert!(r.body.contains("Henvisningen til organisationen er ugyldig"), "{}", r.body);
}

/// One seat held for `buyer` in the network `slug` (priced 1.000 kr.), invoiced by `issuer_org`.
async fn issued_network(app: &TestApp, api: &Browser, slug: &str, network: Uuid, issuer_org: Uuid, buyer: Uuid, person: &str) {
    seat(app, network, &format!("{slug}@buyer.example"), person, Some(buyer), Some("REF-1")).await;
    price(api, slug, json!({"kind": "flat", "firstSeatMinor": 100_000, "currency": "DKK"})).await;
    issuer(api, slug, json!({"organisationId": issuer_org.to_string(), "paymentKind": "dk_account", "reg": "1551", "account": "12345"}))
        .await;
    assert_eq!(issue(api, slug).await["issued"].as_array().map(Vec::len), Some(1));
}

async fn the_issuers_finance_department_sees_every_document_across_its_networks(app: TestApp) {
    let (fac_a, a_id) = app.signed_in("a@udsteder.example", "Anna A").await;
    let network_a = app.create_network("udsteder-a", a_id).await;
    let (_, b_id) = app.signed_in("b@udsteder.example", "Bo B").await;
    let network_b = app.create_network("udsteder-b", b_id).await;
    let (fac_c, c_id) = app.signed_in("c@udsteder.example", "Carl C").await;
    let network_c = app.create_network("udsteder-c", c_id).await;
    let api_a = app.browser().with_token(&app.api_token("a@udsteder.example").await);
    let region = danish_region(&api_a).await;
    let buyer = org(
        &api_a,
        json!({"name": "Køber Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591227", "street": "Torvet 1", "postcode": "8000", "city": "By"}),
    )
    .await;
    let other_buyer = org(
        &api_a,
        json!({"name": "Anden Kommune", "kind": "municipality", "country": "DK", "registrationNumber": "44591235", "street": "Torvet 2", "postcode": "8000", "city": "By"}),
    )
    .await;
    let other_issuer = org(
        &api_a,
        json!({"name": "Sekretariatet", "kind": "other", "country": "DK", "registrationNumber": "44591243", "street": "Vej 1", "postcode": "7100", "city": "By", "vatNumber": "DK44591243"}),
    )
    .await;
    // Network A (Anna's) and network B (Bo's) are both issued by the region; C by another issuer.
    issued_network(&app, &api_a, "udsteder-a", network_a, region, buyer, "Person A").await;
    let api_b = app.browser().with_token(&app.api_token("b@udsteder.example").await);
    issued_network(&app, &api_b, "udsteder-b", network_b, region, other_buyer, "Person B").await;
    let api_c = app.browser().with_token(&app.api_token("c@udsteder.example").await);
    issued_network(&app, &api_c, "udsteder-c", network_c, other_issuer, buyer, "Person C").await;
    // A credit note in B belongs to the region's series too.
    let b_docs = api_b.get("/api/v1/networks/udsteder-b/invoices").await.json();
    let b_invoice = b_docs[0]["id"].as_str().expect("id").to_string();
    let r = api_b.json(Method::POST, &format!("/api/v1/invoices/{b_invoice}/credit"), json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    // Anna, who facilitates A only, sees the region's documents of A and B, by number.
    let page = fac_a.clone().with_lang("da").get(&format!("/organisations/{region}/invoices")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Fakturaer udstedt af Region Testland"), "{}", page.body);
    assert!(page.body.contains("Netværk udsteder-a") && page.body.contains("Netværk udsteder-b"), "{}", page.body);
    assert!(page.body.contains("Køber Kommune") && page.body.contains("Anden Kommune") && page.body.contains("Kreditnota"));
    assert!(!page.body.contains("udsteder-c"), "another issuer's network is not in the list");
    let overview = fac_a.clone().with_lang("da").get("/networks/udsteder-a/invoices").await;
    assert!(overview.body.contains(&format!("href=\"/organisations/{region}/invoices\"")), "linked from the issuer box: {}", overview.body);

    let list = api_a.get(&format!("/api/v1/organisations/{region}/invoices")).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    let list = list.json();
    let rows = list.as_array().expect("list");
    let numbers: Vec<i64> = rows.iter().filter_map(|d| d["number"].as_i64()).collect();
    assert_eq!(numbers, vec![1, 2, 3], "one series across networks, in order: {list}");
    let networks: Vec<&str> = rows.iter().filter_map(|d| d["network"].as_str()).collect();
    assert_eq!(networks, vec!["udsteder-a", "udsteder-b", "udsteder-b"]);
    assert_eq!(rows[2]["kind"], "credit_note");
    assert_eq!((rows[0]["grossMinor"].as_i64(), rows[0]["currency"].as_str()), (Some(125_000), Some("DKK")));

    let csv = fac_a.clone().with_lang("da").get(&format!("/organisations/{region}/invoices.csv")).await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.body);
    assert!(csv.content_type().starts_with("text/csv") && csv.body.starts_with('\u{feff}'));
    assert_eq!(csv.body.lines().count(), 4, "a header and three documents: {}", csv.body);
    assert!(csv.body.contains("Netværk udsteder-b;Anden Kommune") && csv.body.contains(";1250,00;DKK;"), "{}", csv.body);

    // A period without documents, and periods that cannot be used.
    let past = api_a.get(&format!("/api/v1/organisations/{region}/invoices?from=2000-01-01&to=2000-12-31")).await;
    assert_eq!(past.json(), json!([]));
    let year = term();
    let whole = api_a.get(&format!("/api/v1/organisations/{region}/invoices?from={year}-01-01&to={year}-12-31")).await;
    assert_eq!(whole.json().as_array().map(Vec::len), Some(3));
    for q in ["from=2026-12-31&to=2026-01-01", "from=ikke-en-dato", "to=2026-02-30"] {
        let r = api_a.get(&format!("/api/v1/organisations/{region}/invoices?{q}")).await;
        assert_eq!((r.status, r.json()["error"]["code"].clone()), (StatusCode::BAD_REQUEST, json!("bad_period")), "{q}");
    }
    let r = fac_a.clone().with_lang("da").get(&format!("/organisations/{region}/invoices?from=x")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Perioden kan ikke bruges"), "{}", r.body);

    // Carl facilitates a network issued by someone else; a member and an outsider see nothing.
    assert_eq!(fac_c.get(&format!("/organisations/{region}/invoices")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api_c.get(&format!("/api/v1/organisations/{region}/invoices")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(fac_c.get(&format!("/organisations/{region}/invoices.csv")).await.status, StatusCode::FORBIDDEN);
    let member = app.browser();
    member.post_form("/signin", &[("email", "udsteder-a@buyer.example"), ("password", crate::support::PASSWORD), ("next", "/")]).await;
    assert_eq!(member.get(&format!("/organisations/{region}/invoices")).await.status, StatusCode::FORBIDDEN);
    let member_api = app.browser().with_token(&app.api_token("udsteder-a@buyer.example").await);
    assert_eq!(member_api.get(&format!("/api/v1/organisations/{region}/invoices")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.browser().get(&format!("/api/v1/organisations/{region}/invoices")).await.status, StatusCode::UNAUTHORIZED);
    let anonymous = app.browser().get(&format!("/organisations/{region}/invoices")).await;
    assert!(anonymous.status.is_redirection() && anonymous.location().starts_with("/signin"), "{}", anonymous.status);
    // Carl sees his own issuer's list; a platform admin sees any.
    assert_eq!(api_c.get(&format!("/api/v1/organisations/{other_issuer}/invoices")).await.json().as_array().map(Vec::len), Some(1));
    app.create_user("admin@udsteder.example", "Admin", true).await;
    let admin = app.browser().with_token(&app.api_token("admin@udsteder.example").await);
    assert_eq!(admin.get(&format!("/api/v1/organisations/{region}/invoices")).await.json().as_array().map(Vec::len), Some(3));
    assert_eq!(admin.get(&format!("/api/v1/organisations/{}/invoices", Uuid::now_v7())).await.status, StatusCode::NOT_FOUND);
}
