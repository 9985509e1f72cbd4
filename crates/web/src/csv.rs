//! Spreadsheet downloads as Danish and Swedish spreadsheet programs open them: UTF-8 with a
//! byte-order mark, semicolons between fields, CRLF between lines, formulas neutralised.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// One CSV field: quoted when it holds the separator, a quote or a line break; a leading `=`,
/// `+`, `-` or `@` is neutralised so that a spreadsheet does not run it as a formula.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([';', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// A CSV text being written, starting with the byte-order mark.
pub struct Csv(String);

impl Default for Csv {
    fn default() -> Self {
        Csv(String::from("\u{feff}"))
    }
}

impl Csv {
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        self.0.push_str(&fields.iter().map(|f| field(f.as_ref())).collect::<Vec<_>>().join(";"));
        self.0.push_str("\r\n");
    }
    pub fn finish(self) -> String {
        self.0
    }
}

/// The text as a download named `filename`, never cached.
pub fn download(filename: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::field as csv_field;

    #[test]
    fn csv_fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(csv_field("Åby Kommune"), "Åby Kommune");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
    }
}
