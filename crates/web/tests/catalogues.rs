//! The Danish and Swedish catalogues must say everything the English one says: the same
//! messages, attributes and variables. A gap would show a message id to a reader.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn vars_in(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                vars_in(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

/// Every `.ftl` file of the language's folder (one per feature, plus `main.ftl` for what the
/// pages share), as fluent-templates loads them; an id defined twice, in one file or two, fails.
fn shape(lang: &str) -> Shape {
    let dir = format!("{}/../../locales/{lang}", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = walk(std::path::Path::new(&dir)).into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
    files.sort();
    assert!(files.len() > 1, "{dir}: one catalogue per feature");
    let mut out = Shape::new();
    let mut defined_in = BTreeMap::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let res = parser::parse(text.as_str()).unwrap_or_else(|(_, errs)| panic!("{}: syntax errors {errs:?}", path.display()));
        for entry in &res.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in(v, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_string());
                    vars_in(&a.value, &mut vars);
                }
                if let Some(first) = defined_in.insert(m.id.name.to_string(), path.clone()) {
                    panic!("{lang}: {} defined twice, in {} and {}", m.id.name, first.display(), path.display());
                }
                out.insert(m.id.name.to_string(), (attrs, vars));
            }
        }
    }
    out
}

#[test]
fn danish_and_swedish_have_every_english_message_with_the_same_variables() {
    let en = shape("en");
    assert!(en.len() > 100, "the English catalogue is the reference and should be complete");
    for lang in ["da", "sv"] {
        let other = shape(lang);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has messages English lacks: {extra:?}");
        for (id, shape) in &en {
            assert_eq!(&other[id], shape, "{lang}: {id} differs in attributes or variables");
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en = shape("en");
    let src = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
    let templates = format!("{}/templates", env!("CARGO_MANIFEST_DIR"));
    // The use cases write documents and e-mails with messages too.
    let app = format!("{}/../app/src", env!("CARGO_MANIFEST_DIR"));
    let mut missing = BTreeSet::new();
    for dir in [src, templates, app] {
        for file in walk(std::path::Path::new(&dir)) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for pat in [".t(\"", ".ta(\"", ".tn(\"", "message(ctx, \""] {
                for (i, _) in text.match_indices(pat) {
                    let rest = &text[i + pat.len()..];
                    let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                    if !id.is_empty() && rest[id.len()..].starts_with('"') && !en.contains_key(&id) {
                        missing.insert(format!("{id} ({})", file.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "asked for but not in the catalogue: {missing:?}");
}

#[test]
fn every_error_code_has_a_message() {
    let en = shape("en");
    let codes = [
        "required",
        "too_long",
        "invalid_characters",
        "invalid_email",
        "password_too_short",
        "invalid_choice",
        "invalid_cvr",
        "invalid_se_org_number",
        "invalid_gln",
        "not_a_number",
        "out_of_range",
        "too_many_criteria",
        "invalid_slug",
        "slug_taken",
        "email_taken",
        "already_exists",
        "missing_reference",
        "already_in_network",
        "parent_cycle",
        "region_of_other_country",
        "last_facilitator",
        "wrong_credentials",
        "too_many_attempts",
        "too_many_links",
        "not_found",
        "forbidden",
        "sign_in_required",
        "invalid_token",
        "csrf_failed",
        "cross_site",
        "too_large",
        "unsupported_media_type",
        "bad_request",
        "method_not_allowed",
        "timeout",
        "malformed_input",
        "too_many_requests",
        "internal",
        "invalid_input",
        "no_price_schedule",
        "free_network",
        "no_issuer",
        "issuer_incomplete",
        "already_credited",
        "already_paid",
        "not_an_invoice",
        "invalid_vat_number",
        "invalid_account",
        "invalid_iban",
        "invalid_bic",
        "payment_for_country",
    ];
    for c in codes {
        assert!(en.contains_key(&format!("error-{c}")), "error-{c}");
    }
    for prefix in ["role-", "role-plural-"] {
        for r in spira_domain::accounts::NetworkRole::ALL {
            assert!(en.contains_key(&format!("{prefix}{}", r.as_str())));
        }
    }
    for s in spira_domain::admission::ApplicationState::ALL {
        assert!(en.contains_key(&format!("application-state-{}", s.as_str())));
    }
    for s in spira_domain::networks::NetworkStatus::ALL {
        assert!(en.contains_key(&format!("status-{}", s.as_str())));
    }
    for k in spira_domain::organisations::OrgKind::ALL {
        assert!(en.contains_key(&format!("kind-{}", k.as_str())));
    }
    for k in spira_domain::invoices::PAYMENT_KINDS {
        assert!(en.contains_key(&format!("payment-kind-{k}")));
    }
    for l in [
        "postal_address",
        "electronic_address",
        "registration_number",
        "vat_number",
        "buyer_reference",
        "organisation",
        "payment_for_country",
        "swedish_vat_rate",
    ] {
        assert!(en.contains_key(&format!("lacks-{l}")), "lacks-{l}");
    }
    for s in ["issued", "paid", "credited"] {
        assert!(en.contains_key(&format!("invoice-state-{s}")));
    }
    for c in spira_domain::organisations::Country::ALL {
        assert!(en.contains_key(&format!("country-{}", c.as_str())));
    }
}

/// The codes the Rust sources raise: `BadRequest("…")`, `Conflict("…")`, `TooManyRequests("…")`
/// and field codes (`e.add("field", "code")`, `FieldErrors::one("field", "code")`). A match arm
/// (`E::Conflict("email") =>`, a store error being translated) raises nothing and is skipped.
fn raised_codes(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> Option<String> {
        let id: String = s.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
        (!id.is_empty() && s[id.len()..].starts_with('"')).then_some(id)
    };
    let mut out = BTreeSet::new();
    for pat in ["BadRequest(\"", "Conflict(\"", "TooManyRequests(\""] {
        for (i, _) in text.match_indices(pat) {
            let rest = &text[i + pat.len()..];
            if let Some(id) = ident(rest)
                && !rest.get(id.len() + 2..).unwrap_or("").trim_start().starts_with("=>")
            {
                out.insert(id);
            }
        }
    }
    for pat in [".add(\"", "::one(\""] {
        for (i, _) in text.match_indices(pat) {
            let rest = &text[i + pat.len()..];
            let Some(field) = ident(rest) else { continue };
            let after = rest[field.len() + 1..].trim_start();
            if let Some(code) = after.strip_prefix(',').map(str::trim_start).and_then(|a| a.strip_prefix('"')).and_then(ident) {
                out.insert(code);
            }
        }
    }
    out
}

#[test]
fn the_scanner_finds_raised_codes_and_skips_match_arms() {
    let text = r#"Err(AppError::BadRequest("bad_id")); E::Conflict("email") => x, Error::TooManyRequests("slow");
        e.add("organisation_id", "invalid_choice"); FieldErrors::one("payment_kind", "payment_for_country"); Conflict(code)"#;
    let got: Vec<String> = raised_codes(text).into_iter().collect();
    assert_eq!(got, ["bad_id", "invalid_choice", "payment_for_country", "slow"]);
}

#[test]
fn every_error_code_the_code_raises_has_a_message_in_all_three_languages() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut codes = BTreeSet::new();
    for src in [format!("{dir}/src"), format!("{dir}/../app/src")] {
        for file in walk(std::path::Path::new(&src)) {
            if file.extension().is_some_and(|e| e == "rs") {
                codes.extend(raised_codes(&std::fs::read_to_string(&file).unwrap_or_default()));
            }
        }
    }
    assert!(codes.contains("bad_id") && codes.contains("bad_term"), "the scanner sees the sources: {codes:?}");
    for lang in ["da", "sv", "en"] {
        let catalogue = shape(lang);
        let missing: Vec<String> = codes.iter().map(|c| format!("error-{c}")).filter(|id| !catalogue.contains_key(id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
