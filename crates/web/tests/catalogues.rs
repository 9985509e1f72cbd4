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

/// The domain's field codes (`FieldErrors`, `Err("out_of_range")`): the enums' codes are found by
/// scanning, below.
#[test]
fn every_field_code_and_stored_value_has_a_message() {
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
        "not_an_amount",
        "out_of_range",
        "too_many_criteria",
        "invalid_slug",
        "slug_taken",
        "already_in_network",
        "parent_cycle",
        "region_of_other_country",
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

/// The text of `{ … }` starting at the brace at `open`, braces inside strings ignored.
fn braced(text: &str, open: usize) -> &str {
    let mut depth = 0;
    let mut in_str = false;
    let mut prev = ' ';
    for (i, c) in text[open..].char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '{' if !in_str => depth += 1,
            '}' if !in_str => {
                depth -= 1;
                if depth == 0 {
                    return &text[open..=open + i];
                }
            }
            _ => {}
        }
        prev = c;
    }
    &text[open..]
}

/// The source without comment lines and without its `#[cfg(test)] mod … { … }` blocks, so a doc
/// example or a test's enum is no code the application raises.
fn code_only(text: &str) -> String {
    let mut text: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    while let Some(i) = text.find("#[cfg(test)]")
        && let Some(m) = text[i..].find("mod ").map(|m| i + m)
        && let Some(open) = text[m..].find('{').map(|o| m + o)
    {
        let end = open + braced(&text, open).len();
        text.replace_range(i..end, "");
    }
    text
}

/// A snake_case string literal at the start of `s`, without its quotes.
fn literal(s: &str) -> Option<String> {
    let rest = s.strip_prefix('"')?;
    let id: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
    (!id.is_empty() && rest[id.len()..].starts_with('"')).then_some(id)
}

/// Every code an error enum declares, with where: each variant of a `failures! { … }` enum
/// (`Variant = Kind "code"`) and each arm of the web's `AppError::code` (`AppError::X => "code"`).
fn declared_codes(text: &str, file: &str) -> Vec<(String, String)> {
    let text = code_only(text);
    let mut out = Vec::new();
    for (i, _) in text.match_indices("failures! {") {
        let body = braced(&text, i + "failures! ".len());
        for (j, _) in body.match_indices(" = ") {
            let rest = &body[j + 3..];
            let kind: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
            if kind.starts_with(|c: char| c.is_ascii_uppercase())
                && let Some(code) = literal(rest[kind.len()..].trim_start())
            {
                out.push((code, file.to_string()));
            }
        }
    }
    if let Some(i) = text.find("pub fn code(&self) -> &'static str {")
        && text.contains("pub enum AppError")
    {
        let body = braced(&text, i + "pub fn code(&self) -> &'static str ".len());
        for (j, _) in body.match_indices("=> ") {
            if let Some(code) = literal(&body[j + 3..]) {
                out.push((code, file.to_string()));
            }
        }
    }
    out
}

/// The field codes the Rust sources raise: `e.add("field", "code")`, `FieldErrors::one("field",
/// "code")`, and an import line's `say("code")`.
fn field_codes(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for pat in [".add(\"", "::one(\""] {
        for (i, _) in text.match_indices(pat) {
            let rest = &text[i + pat.len() - 1..];
            let Some(field) = literal(rest) else { continue };
            let after = rest[field.len() + 2..].trim_start();
            if let Some(code) = after.strip_prefix(',').map(str::trim_start).and_then(literal) {
                out.insert(code);
            }
        }
    }
    for (i, _) in text.match_indices("say(\"") {
        out.extend(literal(&text[i + 4..]));
    }
    out
}

#[test]
fn the_scanners_find_declared_and_raised_codes_and_skip_comments_and_tests() {
    let text = r#"
        /// crate::failures! { enum Doc { A = Conflict "in_a_comment" } }
        crate::failures! {
            /// Doc = Conflict "in_a_doc_line",
            pub enum Probe {
                #[error("x = y")]
                Refused = Conflict "probe_refused",
                Data(Vec<String>) = ImportRefused "probe_data",
            }
            wraps { Other(crate::Other) }
        }
        pub enum AppError { X }
        impl AppError {
            pub fn code(&self) -> &'static str {
                match self {
                    AppError::Failed(e) => e.code(),
                    AppError::X => "web_x",
                }
            }
        }
        e.add("organisation_id", "invalid_choice"); FieldErrors::one("payment_kind", "payment_for_country"); say("duplicate_row");
        #[cfg(test)]
        mod tests { failures! { enum T { A = Conflict "in_a_test" } } }
        failures! { enum After { B = Conflict "after_the_tests" } }"#;
    let declared: Vec<String> = declared_codes(text, "f").into_iter().map(|(c, _)| c).collect();
    assert_eq!(declared, ["probe_refused", "probe_data", "after_the_tests", "web_x"]);
    let raised: Vec<String> = field_codes(text).into_iter().collect();
    assert_eq!(raised, ["duplicate_row", "invalid_choice", "payment_for_country"]);
}

/// Every code an error enum of the use cases or the web can answer with, found in the sources:
/// no list to keep. A variant added without a message in all three languages fails here.
#[test]
fn every_error_code_the_code_declares_or_raises_has_a_message_in_all_three_languages() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut declared: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut codes = BTreeSet::new();
    for src in [format!("{dir}/src"), format!("{dir}/../app/src")] {
        for file in walk(std::path::Path::new(&src)) {
            if file.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&file).unwrap_or_default();
                for (code, at) in declared_codes(&text, &file.display().to_string()) {
                    declared.entry(code).or_default().push(at);
                }
                codes.extend(field_codes(&code_only(&text)));
            }
        }
    }
    for seen in
        ["not_found", "internal", "email_taken", "already_member", "bad_period", "wrong_credentials", "invalid_token", "malformed_input"]
    {
        assert!(declared.contains_key(seen), "the scanner sees the enums: {seen} not in {:?}", declared.keys());
    }
    let twice: Vec<_> = declared.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(twice.is_empty(), "a code lives on one variant: {twice:?}");
    codes.extend(declared.into_keys());
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
