//! Tables people open in a spreadsheet: CSV as each language's Excel reads it, and XLSX.
//! Used by the exports (users, audit log), the import templates and the import report.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use espace_api::Language;

use crate::error::AppError;

/// CSV in `lang`'s convention: `;` for French (Excel in French splits on it), `,` for English,
/// UTF-8 with a BOM so Excel does not read it as Windows-1252.
pub fn csv(lang: Language, rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>, AppError> {
    let delimiter = match lang {
        Language::Fr => b';',
        Language::En => b',',
    };
    let mut out = csv::WriterBuilder::new().delimiter(delimiter).from_writer(b"\xEF\xBB\xBF".to_vec());
    for row in rows {
        out.write_record(row.iter().map(|cell| neutralize(cell))).map_err(|e| AppError::Export(e.to_string()))?;
    }
    out.into_inner().map_err(|e| AppError::Export(e.to_string()))
}

/// A workbook with one sheet per `(name, rows)`; the first row of each is its header, in bold.
pub fn xlsx(sheets: &[(&str, Vec<Vec<String>>)]) -> Result<Vec<u8>, AppError> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| AppError::Export(e.to_string());
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).map_err(err)?;
        let mut widths: Vec<usize> = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r).map_err(|e| AppError::Export(e.to_string()))?;
            for (c, cell) in row.iter().enumerate() {
                let col = u16::try_from(c).map_err(|e| AppError::Export(e.to_string()))?;
                if r == 0 {
                    sheet.write_string_with_format(r, col, cell, &bold).map_err(err)?;
                } else {
                    // Strings, never formulas: a cell typed as "=…" stays text.
                    sheet.write_string(r, col, cell).map_err(err)?;
                }
                if widths.len() <= c {
                    widths.resize(c + 1, 0);
                }
                widths[c] = widths[c].max(cell.chars().count());
            }
        }
        for (c, width) in widths.iter().enumerate() {
            let col = u16::try_from(c).map_err(|e| AppError::Export(e.to_string()))?;
            #[allow(clippy::cast_precision_loss)] // column widths are small
            sheet.set_column_width(col, (*width).clamp(8, 50) as f64 + 2.0).map_err(err)?;
        }
    }
    book.save_to_buffer().map_err(err)
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading
/// apostrophe: names and e-mails are typed by people (OWASP "CSV injection").
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
}

/// The file as a download named `name` (without extension).
pub fn download(kind: Kind, name: &str, body: Vec<u8>) -> Response {
    let (content_type, extension) = match kind {
        Kind::Csv => ("text/csv; charset=utf-8", "csv"),
        Kind::Xlsx => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    };
    let disposition = format!("attachment; filename=\"{name}.{extension}\"");
    ([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response()
}

/// `2026-11-24 09:30:00` (UTC): what spreadsheets read as a date and time in every locale.
pub fn utc(unix: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(unix) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        Err(_) => unix.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_and_times_are_iso() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("Ada"), "Ada");
        assert_eq!(utc(0), "1970-01-01 00:00:00");
    }

    #[test]
    fn french_csv_uses_semicolons_and_a_bom() {
        let bytes = csv(Language::Fr, [vec!["Nom".to_owned(), "a;b".to_owned()]]).unwrap_or_default();
        assert_eq!(bytes, "\u{feff}Nom;\"a;b\"\n".as_bytes());
        let workbook = xlsx(&[("Sheet", vec![vec!["A".to_owned()], vec!["=1+1".to_owned()]])]).unwrap_or_default();
        assert!(workbook.starts_with(b"PK"));
    }
}
