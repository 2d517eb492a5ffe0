//! Reads a CSV or XLSX file into a table of text cells with the row numbers a user sees
//! (the header is row 1 when it is the first line), and finds columns by name.

use std::collections::HashMap;
use std::io::Cursor;

use app::backend::error::FieldError;
use app::backend::AppError;
use calamine::{Data, Reader, Xlsx};

use super::Format;

#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub text: String,
    /// The spreadsheet stored a number (an 18-digit NIP cannot survive that).
    pub numeric: bool,
}

#[derive(Clone, Debug)]
pub struct Row {
    /// 1-based row (spreadsheet) or line (CSV) number of the row in the file.
    pub line: usize,
    pub cells: Vec<Cell>,
}

#[derive(Debug)]
pub struct Table {
    pub header_line: usize,
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
}

/// "Kode Induk" → "kode_induk": trimmed, lower-case, BOM dropped, spaces and '-' as '_'.
pub fn normalise_header(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

impl Table {
    /// The header is the first non-empty row. Missing required columns and repeated columns
    /// are errors of the header row.
    fn new(mut rows: Vec<Row>, required: &[&str]) -> Result<Table, Vec<FieldError>> {
        rows.retain(|r| r.cells.iter().any(|c| !c.text.trim().is_empty()));
        if rows.is_empty() {
            return Err(vec![FieldError {
                message_en: None,
                row: Some(1),
                field: String::new(),
                message: "Berkas kosong: baris judul kolom (header) tidak ditemukan".into(),
            }]);
        }
        let header = rows.remove(0);
        let mut columns = HashMap::new();
        let mut errors = vec![];
        for (i, c) in header.cells.iter().enumerate() {
            let name = normalise_header(&c.text);
            if name.is_empty() {
                continue;
            }
            if columns.insert(name.clone(), i).is_some() {
                errors.push(FieldError {
                    message_en: None,
                    row: Some(header.line),
                    field: name.clone(),
                    message: format!("Kolom '{name}' muncul lebih dari sekali"),
                });
            }
        }
        for r in required {
            if !columns.contains_key(*r) {
                errors.push(FieldError {
                    message_en: None,
                    row: Some(header.line),
                    field: r.to_string(),
                    message: format!("Kolom wajib '{r}' tidak ditemukan pada baris judul"),
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Table {
            header_line: header.line,
            columns,
            rows,
        })
    }

    /// The trimmed text of a column in a row ("" when the column or cell is absent).
    pub fn get<'r>(&self, row: &'r Row, column: &str) -> &'r str {
        self.cell(row, column).map(|c| c.text.trim()).unwrap_or("")
    }

    pub fn cell<'r>(&self, row: &'r Row, column: &str) -> Option<&'r Cell> {
        self.columns.get(column).and_then(|&i| row.cells.get(i))
    }
}

/// Reads the file; `Err(AppError)` for a file that cannot be read at all, or the header
/// errors as a validation error.
pub fn read(bytes: &[u8], format: Format, required: &[&str]) -> Result<Table, AppError> {
    let rows = match format {
        Format::Csv => read_csv(bytes)?,
        Format::Xlsx => read_xlsx(bytes)?,
    };
    Table::new(rows, required).map_err(AppError::validation)
}

/// `;`, `,` or tab, whichever appears most in the first line outside quotes (`,` on a tie).
fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut comma, mut semi, mut tab, mut quoted) = (0, 0, 0, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => comma += 1,
            ';' if !quoted => semi += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semi > comma && semi >= tab {
        b';'
    } else if tab > comma && tab > semi {
        b'\t'
    } else {
        b','
    }
}

fn read_csv(bytes: &[u8]) -> Result<Vec<Row>, AppError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return Err(AppError::bad_request(
                format!(
                    "Berkas CSV tidak berenkode UTF-8 (karakter tidak valid pada baris {line}). \
                     Simpan ulang berkas sebagai \"CSV UTF-8\" lalu unggah kembali"
                ),
                format!(
                    "The CSV file is not UTF-8 encoded (invalid character on line {line}). \
                     Save it again as \"CSV UTF-8\" and upload it again"
                ),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    // line numbers from byte offsets (the reader's own line count skips blank lines)
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let raw = text.as_bytes();
    let line_at = |byte: u64| {
        // a record's position is where the reader started, before any blank lines
        let mut b = byte as usize;
        while matches!(raw.get(b), Some(b'\r' | b'\n')) {
            b += 1;
        }
        newlines.partition_point(|&nl| nl < b) + 1
    };
    let mut rows = vec![];
    for rec in reader.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| line_at(p.byte())).unwrap_or(0);
            AppError::validation(vec![FieldError {
                message_en: None,
                row: Some(line),
                field: String::new(),
                message: format!("Format CSV tidak valid: {e}"),
            }])
        })?;
        let line = rec.position().map(|p| line_at(p.byte())).unwrap_or(0);
        rows.push(Row {
            line,
            cells: rec
                .iter()
                .map(|s| Cell {
                    text: s.to_string(),
                    numeric: false,
                })
                .collect(),
        });
    }
    Ok(rows)
}

fn cell_text(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::default(),
        Data::String(s) => Cell {
            text: s.clone(),
            numeric: false,
        },
        Data::Int(i) => Cell {
            text: i.to_string(),
            numeric: true,
        },
        Data::Float(f) => Cell {
            text: if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.0}")
            } else {
                f.to_string()
            },
            numeric: true,
        },
        other => Cell {
            text: other.to_string(),
            numeric: false,
        },
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Row>, AppError> {
    let unreadable = |e: String| {
        AppError::bad_request(
            format!("Berkas XLSX tidak dapat dibaca ({e}). Pastikan berkas berformat .xlsx"),
            format!("The XLSX file cannot be read ({e}). Make sure it is an .xlsx file"),
        )
    };
    let mut book: Xlsx<Cursor<&[u8]>> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
    let range = match book.worksheet_range_at(0) {
        Some(r) => r.map_err(|e| unreadable(e.to_string()))?,
        None => return Err(unreadable("tidak ada lembar kerja".into())),
    };
    let first_row = range.start().map(|(r, _)| r as usize).unwrap_or(0);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            line: first_row + i + 1,
            cells: cells.iter().map(cell_text).collect(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_delimiters() {
        assert_eq!(normalise_header("\u{feff} Kode Induk "), "kode_induk");
        assert_eq!(normalise_header("NIP-PPK"), "nip_ppk");
        assert_eq!(detect_delimiter("kode;nama;kode_induk\n"), b';');
        assert_eq!(detect_delimiter("kode,nama,kode_induk\n"), b',');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
    }

    #[test]
    fn csv_rows_keep_file_line_numbers() {
        let csv = "\u{feff}KODE; Nama ;kode_induk\nA;Satu;\n\nB;\"Dua; dan tiga\";A\n";
        let t = read(csv.as_bytes(), Format::Csv, &["kode", "nama"]).unwrap();
        assert_eq!(t.header_line, 1);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.get(&t.rows[1], "nama"), "Dua; dan tiga");
        assert_eq!(t.get(&t.rows[1], "kode_induk"), "A");
        assert_eq!(t.get(&t.rows[0], "tidak_ada"), "");
    }

    #[test]
    fn missing_columns_and_bad_encoding() {
        let e = read(b"kode,nama\n", Format::Csv, &["kode", "nama", "nip"]).unwrap_err();
        assert_eq!(e.details.len(), 1);
        assert_eq!(e.details[0].row, Some(1));
        assert_eq!(e.details[0].field, "nip");
        let latin1 = b"kode,nama\nA,Dinas Pendidikan\nB,Caf\xe9\n";
        let e = read(latin1, Format::Csv, &["kode"]).unwrap_err();
        assert!(e.message_id.contains("UTF-8") && e.message_id.contains("baris 3"));
        let e = read(b"", Format::Csv, &["kode"]).unwrap_err();
        assert_eq!(e.details[0].row, Some(1));
    }
}
