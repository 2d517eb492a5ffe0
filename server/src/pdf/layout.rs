//! A small A4 layout on top of printpdf: a cursor that moves down the page, wrapped text,
//! bordered table rows that break to a new page, with the built-in Helvetica (no font files;
//! text is WinAnsi, so typographic characters are folded to ASCII first).

use printpdf::{
    BuiltinFont, IndirectFontRef, Line, Mm, PdfDocument, PdfDocumentReference, PdfLayerReference,
    Point,
};

pub const PAGE_W: f32 = 210.0;
pub const PAGE_H: f32 = 297.0;
pub const MARGIN: f32 = 15.0;
/// Millimetres per point.
const PT: f32 = 0.3528;
const PAD: f32 = 1.5;

/// Width of a character of Helvetica in em (close enough to wrap lines).
fn char_em(c: char) -> f32 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '|' | '!' | ':' | ';' | 'I' => 0.28,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '/' | '-' => 0.33,
        'm' | 'w' | 'M' | 'W' => 0.83,
        c if c.is_ascii_uppercase() => 0.68,
        c if c.is_ascii_digit() => 0.56,
        _ => 0.53,
    }
}

/// Folds what WinAnsi cannot show (or shows badly) to plain characters.
pub fn plain(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            '–' | '—' | '−' => '-',
            '·' | '•' => '-',
            '\n' | '\t' => ' ',
            // the paragraph break that `wrap` splits on
            '\u{2029}' => c,
            c if (c as u32) < 0x100 => c,
            _ => '?',
        })
        .collect()
}

/// Splits text into lines of at most `width` mm at `size` pt.
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let em = size * PT;
    let w = |s: &str| s.chars().map(char_em).sum::<f32>() * em;
    let mut lines = vec![];
    for para in plain(text).split('\u{2029}') {
        let mut line = String::new();
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if w(&candidate) <= width || line.is_empty() {
                line = candidate;
                // a single word longer than the cell is cut by characters
                while w(&line) > width && line.chars().count() > 1 {
                    let mut cut = String::new();
                    for c in line.chars() {
                        if w(&format!("{cut}{c}")) > width {
                            break;
                        }
                        cut.push(c);
                    }
                    let rest: String = line.chars().skip(cut.chars().count().max(1)).collect();
                    lines.push(cut);
                    line = rest;
                }
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
        }
        lines.push(line);
    }
    lines
}

pub struct Cell<'a> {
    pub text: &'a str,
    pub bold: bool,
}

pub fn cell(text: &str) -> Cell<'_> {
    Cell { text, bold: false }
}

pub fn head(text: &str) -> Cell<'_> {
    Cell { text, bold: true }
}

pub struct Doc {
    doc: PdfDocumentReference,
    layer: PdfLayerReference,
    regular: IndirectFontRef,
    bold: IndirectFontRef,
    /// Distance from the top of the page, mm.
    pub y: f32,
}

impl Doc {
    pub fn new(title: &str) -> Result<Doc, printpdf::Error> {
        let (doc, page, layer) = PdfDocument::new(plain(title), Mm(PAGE_W), Mm(PAGE_H), "isi");
        let layer = doc.get_page(page).get_layer(layer);
        let regular = doc.add_builtin_font(BuiltinFont::Helvetica)?;
        let bold = doc.add_builtin_font(BuiltinFont::HelveticaBold)?;
        layer.set_outline_thickness(0.4);
        Ok(Doc {
            doc,
            layer,
            regular,
            bold,
            y: MARGIN,
        })
    }

    fn new_page(&mut self) {
        let (page, layer) = self.doc.add_page(Mm(PAGE_W), Mm(PAGE_H), "isi");
        self.layer = self.doc.get_page(page).get_layer(layer);
        self.layer.set_outline_thickness(0.4);
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` mm still fit.
    pub fn need(&mut self, height: f32) {
        if self.y + height > PAGE_H - MARGIN {
            self.new_page();
        }
    }

    fn text_at(&self, s: &str, size: f32, x: f32, top: f32, bold: bool) {
        let font = if bold { &self.bold } else { &self.regular };
        // printpdf places the baseline; y runs up from the bottom of the page
        let baseline = PAGE_H - top - size * PT * 0.85;
        self.layer.use_text(s, size, Mm(x), Mm(baseline), font);
    }

    fn line(&self, x1: f32, y1: f32, x2: f32, y2: f32) {
        let p = |x: f32, y: f32| (Point::new(Mm(x), Mm(PAGE_H - y)), false);
        self.layer.add_line(Line {
            points: vec![p(x1, y1), p(x2, y2)],
            is_closed: false,
        });
    }

    /// A paragraph across the page (or centred), moving the cursor down.
    pub fn para(&mut self, text: &str, size: f32, bold: bool, centred: bool) {
        let width = PAGE_W - 2.0 * MARGIN;
        for l in wrap(text, size, width) {
            let lh = size * PT * 1.3;
            self.need(lh);
            let x = if centred {
                let w: f32 = l.chars().map(char_em).sum::<f32>() * size * PT;
                (PAGE_W - w) / 2.0
            } else {
                MARGIN
            };
            self.text_at(&l, size, x, self.y, bold);
            self.y += lh;
        }
    }

    /// One line at `x` mm from the left margin (a column of a signature block).
    pub fn text_col(&mut self, x: f32, text: &str, bold: bool) {
        let size = 9.0;
        self.text_at(&plain(text), size, MARGIN + x, self.y, bold);
        self.y += size * PT * 1.4;
    }

    /// A signature block at `x` mm from the left margin, from `top` down: a first line (a date,
    /// or empty), the role, room to sign, the name in bold and the NIP.
    pub fn signature(&mut self, top: f32, x: f32, first: &str, role: &str, who: (&str, &str)) {
        self.y = top;
        self.text_col(x, first, false);
        self.text_col(x, role, false);
        self.gap(18.0);
        self.text_col(x, who.0, true);
        self.text_col(x, &format!("NIP {}", who.1), false);
    }

    pub fn gap(&mut self, mm: f32) {
        self.y += mm;
    }

    /// One bordered table row; `widths` in mm add up to the table's width.
    pub fn row(&mut self, widths: &[f32], cells: &[Cell<'_>], size: f32) {
        let lh = size * PT * 1.25;
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| wrap(c.text, size, w - 2.0 * PAD))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f32 * lh + 2.0 * PAD;
        self.need(height);
        let (top, mut x) = (self.y, MARGIN);
        let right = MARGIN + widths.iter().sum::<f32>();
        self.line(MARGIN, top, right, top);
        self.line(MARGIN, top + height, right, top + height);
        for ((c, w), text) in cells.iter().zip(widths).zip(&wrapped) {
            self.line(x, top, x, top + height);
            for (i, l) in text.iter().enumerate() {
                self.text_at(l, size, x + PAD, top + PAD + i as f32 * lh, c.bold);
            }
            x += w;
        }
        self.line(right, top, right, top + height);
        self.y += height;
    }

    pub fn finish(self) -> Result<Vec<u8>, printpdf::Error> {
        self.doc.save_to_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_fits() {
        let text =
            "Tersalurnya bantuan pangan kepada keluarga penerima manfaat di seluruh kecamatan";
        let lines = wrap(text, 9.0, 40.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        let long = wrap("Supercalifragilisticexpialidocious", 9.0, 10.0);
        assert!(long.len() > 1);
        assert_eq!(long.concat(), "Supercalifragilisticexpialidocious");
        assert_eq!(wrap("", 9.0, 40.0), vec![String::new()]);
        assert_eq!(plain("“a” – b · c ✓"), "\"a\" - b - c ?");
        assert_eq!(wrap("satu\u{2029}dua", 9.0, 80.0), ["satu", "dua"]);
    }

    #[test]
    fn a_document_is_a_pdf() {
        let mut d = Doc::new("Uji").unwrap();
        d.para("SASARAN KINERJA PEGAWAI", 12.0, true, true);
        for i in 0..80 {
            d.row(
                &[20.0, 160.0],
                &[
                    cell(&i.to_string()),
                    cell("baris yang cukup panjang untuk dibungkus"),
                ],
                9.0,
            );
        }
        let bytes = d.finish().unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() > 1000);
    }
}
