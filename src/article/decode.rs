//! Bytes to text: rejects empty and binary files, decodes UTF-8 (with or without BOM) and
//! UTF-16 with a BOM. Bytes that are not UTF-8 are decoded with the character set their origin
//! declares (an HTTP `charset`) or they declare themselves (`<meta charset>`, the XML
//! declaration's `encoding`), else as Windows-1252 when they are clearly legacy single-byte text:
//! no valid UTF-8 multi-byte sequence anywhere, and every high byte a character Windows-1252
//! defines. Anything else that is not UTF-8 is an error with its offset.

use super::LoadError;
use std::borrow::Cow;
use std::path::Path;

/// How many leading bytes the binary sniffing looks at.
const SNIFF_BYTES: usize = 8192;

/// Signatures of common binary formats that could otherwise pass as text.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
];

/// How far into the bytes a document's own charset declaration is looked for.
const DECLARATION_BYTES: usize = 2048;

/// Decodes a file's bytes to text, or says why they are not an article's text. `charset` is the
/// character set the bytes' origin declares (an HTTP Content-Type), if any.
pub fn decode<'a>(
    path: &Path,
    bytes: &'a [u8],
    charset: Option<&str>,
) -> Result<Cow<'a, str>, LoadError> {
    if let Some(text) = decode_utf16_with_bom(bytes) {
        return non_empty(path, Cow::Owned(text));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Some(what) = binary_kind(bytes) {
        return Err(LoadError::Binary { path: path.into(), what: what.into() });
    }
    let declared = || charset.and_then(single_byte_or_cjk).or_else(|| declared_in(bytes));
    let text = match std::str::from_utf8(bytes).map_err(|e| (e, declared())) {
        Ok(text) => Cow::Borrowed(text),
        Err((_, Some(encoding))) => encoding.decode_without_bom_handling(bytes).0,
        Err((_, None)) if is_legacy_single_byte(bytes) => {
            encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0
        }
        Err((e, None)) => {
            let offset = e.valid_up_to();
            let line = 1 + bytes.iter().take(offset).filter(|&&b| b == b'\n').count();
            return Err(LoadError::Encoding { path: path.into(), offset, line });
        }
    };
    non_empty(path, text)
}

/// An encoding worth decoding with: any that encoding_rs knows except UTF-8 (the bytes are not
/// valid UTF-8 when this is asked) and UTF-16 (only trusted with a BOM).
fn single_byte_or_cjk(label: &str) -> Option<&'static encoding_rs::Encoding> {
    let encoding =
        encoding_rs::Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())?;
    let unicode = [encoding_rs::UTF_8, encoding_rs::UTF_16LE, encoding_rs::UTF_16BE];
    (!unicode.contains(&encoding)).then_some(encoding)
}

/// The charset a document declares near its top: `<meta charset="...">`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml ... encoding="..."?>`.
fn declared_in(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..DECLARATION_BYTES).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let value_after = |key: &str| -> Option<String> {
        let at = head.find(key)? + key.len();
        let rest = head[at..].trim_start_matches([' ', '"', '\'']);
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || "-_.:".contains(c)));
        Some(rest[..end.unwrap_or(rest.len())].to_string())
    };
    let xml = head.trim_start().starts_with("<?xml").then(|| value_after("encoding=")).flatten();
    xml.or_else(|| value_after("charset=")).and_then(|label| single_byte_or_cjk(&label))
}

fn non_empty<'a>(path: &Path, text: Cow<'a, str>) -> Result<Cow<'a, str>, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    Ok(text)
}

fn decode_utf16_with_bom(bytes: &[u8]) -> Option<String> {
    let encoding = match bytes {
        [0xff, 0xfe, ..] => encoding_rs::UTF_16LE,
        [0xfe, 0xff, ..] => encoding_rs::UTF_16BE,
        _ => return None,
    };
    Some(encoding.decode_with_bom_removal(bytes).0.into_owned())
}

/// Names the kind of binary data, or `None` when the bytes look like text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if head.contains(&0) {
        return Some("contains NUL bytes");
    }
    // Control bytes other than whitespace and ESC (escape sequences are stripped later).
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if controls * 10 > head.len() {
        return Some("mostly control bytes");
    }
    None
}

/// True when the bytes hold no valid UTF-8 multi-byte sequence, their high bytes are all
/// characters in Windows-1252, and they are at least three quarters ASCII: text saved in a legacy encoding.
fn is_legacy_single_byte(bytes: &[u8]) -> bool {
    let has_utf8_multibyte = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let undefined = bytes.iter().any(|&b| matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d));
    !has_utf8_multibyte && !undefined && high * 4 < bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> Result<String, LoadError> {
        decode(Path::new("f.txt"), bytes, None).map(|c| c.into_owned())
    }

    #[test]
    fn decodes_utf8_and_strips_bom() {
        assert_eq!(dec("\u{feff}Kyiv café".as_bytes()).ok().as_deref(), Some("Kyiv café"));
    }

    #[test]
    fn windows_1252_fallback_only_for_pure_legacy_text() {
        assert_eq!(dec(b"caf\xe9 \x93quoted\x94").ok().as_deref(), Some("café “quoted”"));
        // A UTF-8 file with one stray byte is corrupt UTF-8, not Windows-1252.
        let mixed = dec("café "
            .as_bytes()
            .iter()
            .chain(b"\xff ok")
            .copied()
            .collect::<Vec<_>>()
            .as_slice());
        assert!(matches!(mixed, Err(LoadError::Encoding { offset: 6, line: 1, .. })));
    }

    #[test]
    fn a_declared_charset_decodes_what_is_not_utf8() {
        // Latin-1 HTML with more accents than the Windows-1252 guess accepts.
        let html = b"<html><head><meta charset=\"iso-8859-1\"></head><body>\xe9\xe8\xe0\xe7</body>";
        assert!(dec(html).is_ok_and(|t| t.ends_with("<body>éèàç</body>")));
        let xml = b"<?xml version='1.0' encoding='KOI8-R'?><rss>\xf0\xd2\xc1\xd7\xc4\xc1</rss>";
        assert!(dec(xml).is_ok_and(|t| t.contains("Правда")));
        let origin = decode(Path::new("u"), b"\xe0\xe9\xe8", Some("windows-1251"));
        assert_eq!(origin.ok().as_deref(), Some("айи"));
        // Valid UTF-8 is read as UTF-8 whatever the declaration says.
        assert_eq!(
            dec("<meta charset=latin1>é".as_bytes()).ok().as_deref(),
            Some("<meta charset=latin1>é")
        );
    }

    #[test]
    fn decodes_utf16_with_bom() {
        assert_eq!(dec(b"\xff\xfeh\0i\0").ok().as_deref(), Some("hi"));
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert!(matches!(dec(b""), Err(LoadError::Empty { .. })));
        assert!(matches!(dec(b" \n\t\n"), Err(LoadError::Empty { .. })));
        assert!(matches!(dec(b"\x89PNG\r\n\x1a\n"), Err(LoadError::Binary { .. })));
        assert!(matches!(dec(b"abc\0def"), Err(LoadError::Binary { .. })));
        assert!(matches!(dec(&[1, 2, 3, 4, 5, 6, b'a']), Err(LoadError::Binary { .. })));
    }
}
