//! A spreadsheet file into rows: XLSX (and old XLS), or CSV as people's spreadsheets save it —
//! `;` or `,` (or tabs), UTF-8 with or without BOM, UTF-16, or Windows-1252 (Excel in French),
//! quoted fields, blank lines. Anything else is refused before any work, with its own code.
//!
//! Files come from any company's administrators, so reading one is bounded before and while
//! it runs: the zip's entries are unpacked once, counting bytes, before calamine sees them
//! (`MAX_UNPACKED_BYTES`); a sheet's declared size and every cell's place are checked against
//! `MAX_ROWS` and `MAX_COLUMNS`; cells stream in, and only those under a known header are kept.
//! The caller runs this on a blocking thread (`import::check_file`).

use std::io::{Cursor, Read};

use espace_api::import::{
    Column, ImportRow, MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES,
};
use espace_api::ErrorCode;

use crate::error::AppError;
use crate::import::columns;

fn refused(code: ErrorCode) -> AppError {
    AppError::Refused(code)
}

/// Rows a sheet may span: the header's and `MAX_ROWS` under it.
const MAX_SHEET_ROWS: u32 = MAX_ROWS as u32 + 1;
/// Most entries in an XLSX zip (a workbook has a dozen or so).
const MAX_ZIP_ENTRIES: usize = 1_000;

/// The rows under the header, with their row numbers in the file (the header's row is the
/// first non-blank one). Blank rows are left out.
pub fn rows(bytes: &[u8]) -> Result<Vec<ImportRow>, AppError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refused(ErrorCode::PayloadTooLarge));
    }
    const ZIP: &[u8] = b"PK\x03\x04";
    // Compound File Binary: old .xls, and every password-protected Office file.
    const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.starts_with(ZIP) {
        check_unpacked_size(bytes)?;
        let book = calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes))
            .map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        return xlsx_rows(book);
    }
    if bytes.starts_with(CFB) {
        return match calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(Cursor::new(bytes)) {
            Ok(book) => xls_rows(book),
            Err(_) => Err(refused(ErrorCode::ImportEncryptedFile)),
        };
    }
    csv_rows(&text(bytes)?)
}

/// Unpacks every entry of the zip once, counting what comes out (declared sizes can lie), and
/// refuses the file past `MAX_UNPACKED_BYTES` in all: a zip bomb stops here, before calamine
/// allocates anything.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), AppError> {
    let too_large = || refused(ErrorCode::ImportFileTooLarge);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(too_large());
    }
    let mut total: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index(index).map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        let declared = entry.size();
        if declared > MAX_UNPACKED_BYTES - total {
            return Err(too_large());
        }
        // One byte more than the budget left tells a lie from the truth without reading on.
        let read = std::io::copy(&mut entry.take(MAX_UNPACKED_BYTES - total + 1), &mut std::io::sink())
            .map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        total += read;
        if total > MAX_UNPACKED_BYTES || read > declared {
            return Err(too_large());
        }
    }
    Ok(())
}

/// Rows read cell by cell, in the sheet's order. The first row with anything in it is the
/// header; from then on only cells under a header Espace knows are kept.
#[derive(Default)]
struct Rows {
    /// The known column under each header cell, once the header is read.
    header: Option<Vec<Option<Column>>>,
    /// The row being read (0-based) and its cells so far.
    row: u32,
    cells: Vec<(usize, String)>,
    rows: Vec<ImportRow>,
    /// Characters kept so far: shared strings can repeat one long text in every cell.
    kept: u64,
}

impl Rows {
    fn cell(&mut self, row: u32, col: usize, text: String) -> Result<(), AppError> {
        if row >= MAX_SHEET_ROWS {
            return Err(refused(ErrorCode::ImportTooManyRows));
        }
        if col >= MAX_COLUMNS || text.chars().count() > MAX_CELL_CHARS {
            return Err(refused(ErrorCode::ImportFileTooLarge));
        }
        if row != self.row {
            self.end_row()?;
            self.row = row;
        }
        if text.trim().is_empty() {
            return Ok(());
        }
        if let Some(header) = &self.header {
            if header.get(col).copied().flatten().is_none() {
                return Ok(());
            }
        }
        self.kept += text.len() as u64;
        if self.kept > MAX_UNPACKED_BYTES {
            return Err(refused(ErrorCode::ImportFileTooLarge));
        }
        self.cells.push((col, text));
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), AppError> {
        let mut cells = std::mem::take(&mut self.cells);
        if cells.is_empty() {
            return Ok(());
        }
        cells.sort_by_key(|(col, _)| *col);
        let Some(header) = &self.header else {
            let width = cells.last().map_or(0, |(col, _)| col + 1);
            let mut header = vec![None; width];
            for (col, text) in &cells {
                header[*col] = columns::of_header(text);
            }
            if header.iter().all(Option::is_none) {
                return Err(refused(ErrorCode::ImportNoColumns));
            }
            self.header = Some(header);
            return Ok(());
        };
        let mut row = ImportRow { line: self.row.saturating_add(1), ..ImportRow::default() };
        let mut seen = Vec::new();
        for (col, text) in cells {
            // A column named twice: the first one counts.
            if let Some(column) = header.get(col).copied().flatten().filter(|c| !seen.contains(c)) {
                seen.push(column);
                *row.cell_mut(column) = text.trim().to_owned();
            }
        }
        if row.is_blank() {
            return Ok(());
        }
        if self.rows.len() == MAX_ROWS {
            return Err(refused(ErrorCode::ImportTooManyRows));
        }
        self.rows.push(row);
        Ok(())
    }

    /// The rows under the header; `None` when nothing at all was read (an empty sheet).
    fn finish(mut self) -> Result<Option<Vec<ImportRow>>, AppError> {
        self.end_row()?;
        match self.header {
            None => Ok(None),
            Some(_) if self.rows.is_empty() => Err(refused(ErrorCode::ImportEmptyFile)),
            Some(_) => Ok(Some(self.rows)),
        }
    }
}

/// The first sheet that has anything in it, streamed cell by cell: its declared size is
/// checked first (calamine's own ranges would allocate all of it at once).
fn xlsx_rows<RS: std::io::Read + std::io::Seek>(mut book: calamine::Xlsx<RS>) -> Result<Vec<ImportRow>, AppError> {
    let unreadable = |_| refused(ErrorCode::ImportUnsupportedFile);
    for name in calamine::Reader::sheet_names(&book) {
        let mut cells = book.worksheet_cells_reader(&name).map_err(unreadable)?;
        let declared = cells.dimensions();
        if declared.end.0 >= MAX_SHEET_ROWS {
            return Err(refused(ErrorCode::ImportTooManyRows));
        }
        if usize::try_from(declared.end.1).map_or(true, |col| col >= MAX_COLUMNS) {
            return Err(refused(ErrorCode::ImportFileTooLarge));
        }
        let mut rows = Rows::default();
        while let Some(cell) = cells.next_cell().map_err(unreadable)? {
            let (row, col) = cell.get_position();
            let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
            rows.cell(row, usize::try_from(col).unwrap_or(usize::MAX), text)?;
        }
        if let Some(rows) = rows.finish()? {
            return Ok(rows);
        }
    }
    Err(refused(ErrorCode::ImportEmptyFile))
}

/// The first sheet of an old `.xls` that has anything in it (calamine reads these whole; their
/// format caps a sheet at 65,536 × 256 cells).
fn xls_rows<RS: std::io::Read + std::io::Seek>(mut book: calamine::Xls<RS>) -> Result<Vec<ImportRow>, AppError> {
    use calamine::Reader;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        let (top, left) = range.start().unwrap_or_default();
        let mut rows = Rows::default();
        // Positions relative to the range's first cell.
        for (row, col, value) in range.used_cells() {
            let row = u32::try_from(row).unwrap_or(u32::MAX).saturating_add(top);
            let col = col.saturating_add(usize::try_from(left).unwrap_or(usize::MAX));
            rows.cell(row, col, cell_text(value))?;
        }
        if let Some(rows) = rows.finish()? {
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

fn csv_rows(text: &str) -> Result<Vec<ImportRow>, AppError> {
    let separator = separator(text);
    let text = keep_blank_lines(text, separator);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut rows = Rows::default();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|_| refused(ErrorCode::ImportUnsupportedFile))?;
        let row = u32::try_from(index).unwrap_or(u32::MAX);
        for (col, field) in record.iter().enumerate() {
            rows.cell(row, col, field.to_owned())?;
        }
    }
    rows.finish()?.ok_or_else(|| refused(ErrorCode::ImportEmptyFile))
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
        let rows = csv_rows("Prénom;Nom\r\n\r\n\"x\n\ny\";c\r\ne;f").unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[1].line, rows[1].first_name.as_str(), rows[1].last_name.as_str()), (4, "e", "f"));
    }
}
