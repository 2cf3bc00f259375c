#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! The parsers that read what companies send, fed random and hostile input: SCIM filters and
//! spreadsheet files (CSV, and XLSX zips). Each answers (a value or a refusal), never panics,
//! never overflows its stack, and stays within its bounds. `PROPTEST_CASES` raises the number of
//! cases (`make bench-fuzz`).

use std::io::Write;

use espace_server::import::parse;
use espace_server::scim::filter::{self, Filter, MAX_DEPTH, MAX_LENGTH, MAX_TERMS};
use proptest::prelude::*;

/// `PROPTEST_CASES` when set (`make bench-fuzz`), else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn depth(f: &Filter) -> usize {
    match f {
        Filter::And(a, b) | Filter::Or(a, b) => 1 + depth(a).max(depth(b)),
        Filter::Not(a) => 1 + depth(a),
        Filter::Compare(..) | Filter::Present(_) => 1,
    }
}

fn terms(f: &Filter) -> usize {
    match f {
        Filter::And(a, b) | Filter::Or(a, b) => terms(a) + terms(b),
        Filter::Not(a) => terms(a),
        Filter::Compare(..) | Filter::Present(_) => 1,
    }
}

/// Filters made of the grammar's own pieces, in any order and nesting.
fn filter_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just(" and ".to_owned()),
        Just(" or ".to_owned()),
        Just("not ".to_owned()),
        Just("userName eq \"a\\\"b\"".to_owned()),
        Just("emails.value co \"@\"".to_owned()),
        Just("active eq true".to_owned()),
        Just("externalId pr".to_owned()),
        Just("id gt 12".to_owned()),
        Just("\"".to_owned()),
        "[a-zA-Z.:\" ()]{0,12}",
    ];
    prop::collection::vec(piece, 0..400).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(1024)))]

    #[test]
    fn scim_filters_answer_within_bounds(text in prop_oneof![filter_text(), any::<String>()]) {
        if let Ok(parsed) = filter::parse(&text) {
            prop_assert!(text.len() <= MAX_LENGTH);
            prop_assert!(terms(&parsed) <= MAX_TERMS);
            // Parentheses leave no node; each `and`/`or`/`not` adds one on top of the nesting.
            prop_assert!(depth(&parsed) <= MAX_TERMS + MAX_DEPTH + 1);
        }
    }

    #[test]
    fn nesting_of_any_depth_is_refused_past_the_limit(n in 0usize..5_000, not in any::<bool>()) {
        let text = if not {
            format!("{}id pr", "not ".repeat(n))
        } else {
            format!("{}id pr{}", "(".repeat(n), ")".repeat(n))
        };
        let parsed = filter::parse(&text);
        prop_assert_eq!(parsed.is_ok(), n <= MAX_DEPTH && text.len() <= MAX_LENGTH);
    }

    #[test]
    fn csv_files_answer(text in prop_oneof![
        any::<String>(),
        "[a-zA-Z@.;,\"\r\n\t ]{0,2000}",
        "[a-z@.;,\"\r\n]{0,200}".prop_map(|body| format!("Prénom;Nom;E-mail de connexion\r\n{body}")),
    ]) {
        if let Ok(rows) = parse::rows(text.as_bytes()) {
            prop_assert!(!rows.is_empty() && rows.len() <= espace_api::import::MAX_ROWS);
        }
    }

    #[test]
    fn arbitrary_bytes_answer(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = parse::rows(&bytes);
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&bytes);
        let _ = parse::rows(&zip);
    }

    #[test]
    fn workbooks_with_hostile_sheets_answer(
        sheet in prop_oneof![
            any::<String>(),
            "[<>/=\"a-zA-Z0-9 :]{0,400}",
            (0u32..2_000_000, 0u32..20_000).prop_map(|(row, col)| format!(
                "<worksheet><dimension ref=\"A1:{}{}\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Login e-mail</t></is></c></row><row r=\"{row}\"><c r=\"{}{row}\" t=\"inlineStr\"><is><t>a@b.fr</t></is></c></row></sheetData></worksheet>",
                column(col), row.max(1), column(col)
            )),
        ]
    ) {
        let _ = parse::rows(&workbook(&sheet));
    }
}

/// `A`, `B`, … `Z`, `AA`: a column's letters.
fn column(mut n: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + u8::try_from(n % 26).unwrap()));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// The smallest XLSX calamine opens, with `sheet` as its one worksheet's XML.
fn workbook(sheet: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    for (name, text) in files {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn the_smallest_workbook_reads() {
    let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Login e-mail</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>ada@acme.example</t></is></c></row></sheetData></worksheet>"#;
    let rows = parse::rows(&workbook(sheet)).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].email, "ada@acme.example");
    let beyond = sheet.replace("r=\"2\"><c r=\"A2\"", "r=\"10002\"><c r=\"A10002\"");
    assert!(parse::rows(&workbook(&beyond)).is_err());
    let at_limit = sheet.replace("r=\"2\"><c r=\"A2\"", "r=\"10001\"><c r=\"A10001\"");
    assert_eq!(parse::rows(&workbook(&at_limit)).unwrap()[0].line, 10_001);
}
