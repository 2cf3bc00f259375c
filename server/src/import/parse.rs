//! A spreadsheet file into rows: XLSX (and old XLS), or CSV as people's spreadsheets save it —
//! `;` or `,` (or tabs), UTF-8 with or without BOM, UTF-16, or Windows-1252 (Excel in French),
//! quoted fields, blank lines. Anything else is refused before any work, with its own code.

use std::io::Cursor;

use espace_api::import::{Column, ImportRow, MAX_FILE_BYTES, MAX_ROWS};
use espace_api::ErrorCode;

use crate::error::AppError;
use crate::import::columns;

fn refused(code: ErrorCode) -> AppError {
    AppError::Refused(code)
}

/// The rows under the header, with their row numbers in the file (the header's row is the
/// first non-blank one). Blank rows are left out.
pub fn rows(bytes: &[u8]) -> Result<Vec<ImportRow>, AppError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refused(ErrorCode::PayloadTooLarge));
    }
    let table = table(bytes)?;
    let Some(header_at) = table.iter().position(|row| row.iter().any(|c| !c.trim().is_empty())) else {
        return Err(refused(ErrorCode::ImportEmptyFile));
    };
    let header: Vec<Option<Column>> = table[header_at].iter().map(|h| columns::of_header(h)).collect();
    if header.iter().all(Option::is_none) {
        return Err(refused(ErrorCode::ImportNoColumns));
    }
    let mut rows = Vec::new();
    for (index, cells) in table.iter().enumerate().skip(header_at + 1) {
        let mut row = ImportRow { line: u32::try_from(index + 1).unwrap_or(u32::MAX), ..ImportRow::default() };
        let mut seen = Vec::new();
        for (cell, column) in cells.iter().zip(&header) {
            // A column named twice: the first one counts.
            if let Some(column) = column.filter(|c| !seen.contains(c)) {
                seen.push(column);
                *row.cell_mut(column) = cell.trim().to_owned();
            }
        }
        if row.is_blank() {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(refused(ErrorCode::ImportTooManyRows));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(refused(ErrorCode::ImportEmptyFile));
    }
    Ok(rows)
}

/// Every row of the file's first sheet with something in it, as text.
fn table(bytes: &[u8]) -> Result<Vec<Vec<String>>, AppError> {
    const ZIP: &[u8] = b"PK\x03\x04";
    // Compound File Binary: old .xls, and every password-protected Office file.
    const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.starts_with(ZIP) {
        let book = calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes))
            .map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        return sheet(book);
    }
    if bytes.starts_with(CFB) {
        return match calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(Cursor::new(bytes)) {
            Ok(book) => sheet(book),
            Err(_) => Err(refused(ErrorCode::ImportEncryptedFile)),
        };
    }
    csv_table(&text(bytes)?)
}

/// The first sheet that has anything in it, with its rows and columns where the file has them.
fn sheet<RS, R>(mut book: R) -> Result<Vec<Vec<String>>, AppError>
where
    RS: std::io::Read + std::io::Seek,
    R: calamine::Reader<RS>,
{
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        let Some((first_row, first_col)) = range.start() else { continue };
        let pad_cols = usize::try_from(first_col).unwrap_or_default();
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); usize::try_from(first_row).unwrap_or_default()];
        for row in range.rows() {
            let mut cells = vec![String::new(); pad_cols];
            cells.extend(row.iter().map(cell_text));
            rows.push(cells);
        }
        if rows.iter().any(|r| r.iter().any(|c| !c.trim().is_empty())) {
            return Ok(rows);
        }
    }
    Err(refused(ErrorCode::ImportEmptyFile))
}

/// A cell as people read it: whole numbers without ".0", dates as `YYYY-MM-DD`.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        #[allow(clippy::cast_possible_truncation)] // checked: a whole number well within i64
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// Excel's serial date (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    #[allow(clippy::cast_possible_truncation)] // days since 1899 fit an i64 easily
    let unix = ((serial - 25_569.0) * 86_400.0).round() as i64;
    // The date part of the spreadsheets' `YYYY-MM-DD hh:mm:ss`.
    let day = crate::spreadsheet::utc(unix);
    day.split(' ').next().map_or_else(|| serial.to_string(), str::to_owned)
}

/// The file as text: UTF-8 (BOM or not), UTF-16 with its BOM, else Windows-1252 (what Excel
/// in French saves as "CSV"). Binary junk (NUL bytes, control characters) is refused.
fn text(bytes: &[u8]) -> Result<String, AppError> {
    let (encoding, bom) = encoding_rs::Encoding::for_bom(bytes).unwrap_or((encoding_rs::UTF_8, 0));
    let body = &bytes[bom..];
    let text = match std::str::from_utf8(body) {
        Ok(text) if encoding == encoding_rs::UTF_8 => text.to_owned(),
        _ if encoding != encoding_rs::UTF_8 => encoding.decode_without_bom_handling(body).0.into_owned(),
        _ => encoding_rs::WINDOWS_1252.decode_without_bom_handling(body).0.into_owned(),
    };
    let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n')).count();
    if text.contains('\0') || controls * 200 > text.chars().count().max(1) {
        return Err(refused(ErrorCode::ImportUnsupportedFile));
    }
    Ok(text)
}

/// The separator the header line uses most, outside quotes: `;`, `,` or a tab.
fn separator(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let mut counts = [(b';', 0), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in line.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in &mut counts {
                if *sep == c {
                    *n += 1;
                }
            }
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(sep, _)| *sep)
}

/// Blank lines made into empty records: the CSV reader skips blank lines, and each one is a row
/// that the rows below it are numbered after (as a spreadsheet shows them).
fn keep_blank_lines(text: &str, separator: u8) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut quoted = false;
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at_line_start && !quoted && (c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'))) {
            out.push(char::from(separator));
        }
        at_line_start = c == '\n' && !quoted;
        if c == '"' {
            quoted = !quoted;
        }
        out.push(c);
    }
    out
}

fn csv_table(text: &str) -> Result<Vec<Vec<String>>, AppError> {
    let separator = separator(text);
    let text = keep_blank_lines(text, separator);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        rows.push(record.iter().map(str::to_owned).collect());
        if rows.len() > MAX_ROWS + 1_000 {
            // Far past the limit (blank rows aside): no need to read further.
            return Err(refused(ErrorCode::ImportTooManyRows));
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_outside_quotes() {
        assert_eq!(separator("Prénom;Nom;\"a,b\""), b';');
        assert_eq!(separator("First name,Last name"), b',');
        assert_eq!(separator("a\tb\tc"), b'\t');
        assert_eq!(excel_date(45_000.0), "2023-03-15");
        assert_eq!(keep_blank_lines("a;b\r\n\r\n\"x\n\ny\";c\n\n", b';'), "a;b\r\n;\r\n\"x\n\ny\";c\n;\n");
        let table = csv_table("a;b\r\n\r\n\"x\n\ny\";c\r\ne;f").unwrap_or_default();
        assert_eq!(table.len(), 4);
        assert_eq!(table[3], ["e", "f"]);
    }
}
