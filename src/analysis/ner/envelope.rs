//! The file envelope every trained model of newslens uses (the entity model here, the
//! part-of-speech model in `pos`): a magic header naming the model, a checksum of the payload,
//! then the postcard payload. A damaged or foreign file is an error, never a bad model.

use super::hash::mix;

/// A fast checksum of the payload, so a damaged file is an error rather than a bad model.
pub(crate) fn checksum(bytes: &[u8]) -> u64 {
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder().iter().fold(bytes.len() as u64, |h, &b| mix(h ^ b as u64));
    chunks.fold(tail, |h, c| {
        mix(h.rotate_left(9) ^ u64::from_le_bytes(c.try_into().unwrap_or_default()))
    })
}

/// `magic`, the payload's checksum, then the payload.
pub(crate) fn seal(magic: &[u8], payload: Vec<u8>) -> Vec<u8> {
    let mut out = magic.to_vec();
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend(payload);
    out
}

/// Whether [`open`] verifies the payload's checksum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Integrity {
    /// A file read from disk: verify (a damaged file is an error).
    Verify,
    /// The bytes embedded in this executable: they are the program's own, checked by the
    /// tests (`embedded_models_pass_their_checksums`), and not hashed again at every start.
    Embedded,
}

/// The payload of a sealed file, or what is wrong with it; `what` names the model in the
/// message ("NER").
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    magic: &[u8],
    what: &str,
    integrity: Integrity,
) -> Result<&'a [u8], String> {
    let rest = bytes
        .strip_prefix(magic)
        .ok_or_else(|| format!("not a newslens {what} model (bad header)"))?;
    let (sum, payload) = rest.split_first_chunk::<8>().ok_or("truncated header")?;
    if integrity == Integrity::Verify && u64::from_le_bytes(*sum) != checksum(payload) {
        return Err("checksum mismatch (file damaged or truncated)".into());
    }
    Ok(payload)
}

/// Little-endian u64s, or `None` when the length is not a multiple of 8.
pub(crate) fn le_u64s(bytes: &[u8]) -> Option<Vec<u64>> {
    bytes.len().is_multiple_of(8).then(|| {
        bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect()
    })
}

/// Little-endian i16s (a trailing odd byte is ignored; callers check the length).
pub(crate) fn le_i16s(bytes: &[u8]) -> Vec<i16> {
    bytes.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect()
}

/// The bytes of `values` in little-endian order.
pub(crate) fn le_bytes<T: Copy, const N: usize>(values: &[T], to: fn(T) -> [u8; N]) -> Vec<u8> {
    values.iter().flat_map(|&v| to(v)).collect()
}

/// The errors of a model's file: reading it, and naming the file in what its parser found.
pub(crate) trait ModelFileError: Sized {
    fn io(file: String, source: std::io::Error) -> Self;
    /// The error with the file named (a corrupt model says which file).
    fn in_file(self, file: &str) -> Self;
}

/// Reads a model file and parses it with `parse`; every error names the file: every model's
/// `load`.
pub(crate) fn load<M, E: ModelFileError>(
    path: &std::path::Path,
    parse: impl FnOnce(&[u8]) -> Result<M, E>,
) -> Result<M, E> {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => parse(&bytes).map_err(|e| e.in_file(&file)),
        Err(e) => Err(E::io(file, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_models_pass_their_checksums() {
        let ner = crate::analysis::ner::EMBEDDED_MODEL;
        let pos = crate::analysis::pos::EMBEDDED_MODEL;
        assert!(crate::analysis::ner::NerModel::from_bytes(ner).is_ok());
        assert!(crate::analysis::pos::PosModel::from_bytes(pos).is_ok());
    }

    #[test]
    fn a_sealed_payload_opens_and_any_damage_is_named() {
        let sealed = seal(b"MAGIC", vec![1, 2, 3, 4, 5]);
        let v = Integrity::Verify;
        assert_eq!(open(&sealed, b"MAGIC", "test", v), Ok(&[1u8, 2, 3, 4, 5][..]));
        let err = open(&sealed, b"OTHER", "test", v).unwrap_err();
        assert!(err.contains("not a newslens test model"), "{err}");
        let mut damaged = sealed.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert!(open(&damaged, b"MAGIC", "test", v).unwrap_err().contains("checksum"));
        assert!(open(&damaged, b"MAGIC", "test", Integrity::Embedded).is_ok());
        assert!(open(&sealed[..8], b"MAGIC", "test", v).unwrap_err().contains("truncated"));
        assert_eq!(le_u64s(&[0; 7]), None);
        assert_eq!(le_u64s(&7u64.to_le_bytes()), Some(vec![7]));
        assert_eq!(le_i16s(&le_bytes(&[-2i16, 300], i16::to_le_bytes)), [-2, 300]);
    }
}
