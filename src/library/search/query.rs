//! A user's search words as an FTS5 query. Every word is quoted, so no input is a syntax error;
//! all words are required; `OR` between two words accepts either, `NOT` before a word excludes
//! it, and `AND` is what words already mean (none of the three is searched for, or highlighted,
//! as a word). A trailing `*` asks for a prefix: a short ASCII prefix is expanded through the
//! index's vocabulary to the few words it stands for, which keeps ranking and snippets fast
//! (FTS5 re-reads a prefix's whole list of documents for every snippet).

use rusqlite::{params, Connection};

/// Most index words a prefix is expanded to; beyond that FTS5's own prefix search is used.
const MAX_EXPANSION: usize = 32;

/// One word of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub word: String,
    pub prefix: bool,
}

/// A parsed query: groups that must all match (each group: words of which one must match), and
/// words that must not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Query {
    pub all_of: Vec<Vec<Term>>,
    pub none_of: Vec<Term>,
}

/// Reads the words, `OR`, `NOT` and `AND` (operators only in capitals, as FTS5 writes them).
pub(crate) fn parse(query: &str) -> Query {
    let mut q = Query::default();
    let (mut negate, mut or_next) = (false, false);
    for w in query.split_whitespace() {
        match w {
            "AND" => continue,
            "OR" => {
                or_next = !q.all_of.is_empty() && !negate;
                continue;
            }
            "NOT" => {
                negate = true;
                continue;
            }
            _ => {}
        }
        let Some(term) = term(w) else { continue };
        if negate {
            q.none_of.push(term);
        } else if or_next {
            if let Some(group) = q.all_of.last_mut() {
                group.push(term);
            }
        } else {
            q.all_of.push(vec![term]);
        }
        (negate, or_next) = (false, false);
    }
    q
}

fn term(w: &str) -> Option<Term> {
    let (word, prefix) = match w.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    let word: String = word.chars().filter(|c| !c.is_control()).collect();
    word.chars().any(char::is_alphanumeric).then_some(Term { word, prefix })
}

/// The FTS5 query for `q`; `None` when nothing is required. `conn` expands prefixes (pass
/// `None` to keep them as FTS5 prefixes).
pub(crate) fn to_fts(q: &Query, conn: Option<&Connection>) -> rusqlite::Result<Option<String>> {
    if q.all_of.is_empty() {
        return Ok(None);
    }
    let mut groups = Vec::new();
    for group in &q.all_of {
        let mut alternatives = Vec::new();
        for t in group {
            alternatives.push(fts_term(t, conn)?);
        }
        groups.push(format!("({})", alternatives.join(" OR ")));
    }
    let mut out = groups.join(" AND ");
    for t in &q.none_of {
        out.push_str(" NOT ");
        out.push_str(&fts_term(t, None)?);
    }
    Ok(Some(out))
}

fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

fn fts_term(t: &Term, conn: Option<&Connection>) -> rusqlite::Result<String> {
    if !t.prefix {
        return Ok(quoted(&t.word));
    }
    let as_prefix = format!("{}*", quoted(&t.word));
    let Some(conn) = conn else { return Ok(as_prefix) };
    // Only a one-token ASCII prefix is spelled in the index exactly as typed (lower-cased).
    if !t.word.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Ok(as_prefix);
    }
    let words = vocabulary(conn, &t.word.to_ascii_lowercase())?;
    Ok(match words.len() {
        1..=MAX_EXPANSION => {
            let alternatives: Vec<String> = words.iter().map(|w| quoted(w)).collect();
            format!("({})", alternatives.join(" OR "))
        }
        _ => as_prefix,
    })
}

/// Index words starting with `prefix` (at most one more than [`MAX_EXPANSION`]).
fn vocabulary(conn: &Connection, prefix: &str) -> rusqlite::Result<Vec<String>> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab \
         USING fts5vocab(main, articles_fts, 'row')",
    )?;
    let mut end = prefix.to_string();
    let last = end.pop().map_or('\u{0}', |c| char::from_u32(c as u32 + 1).unwrap_or(c));
    end.push(last);
    let mut stmt = conn.prepare_cached(
        "SELECT term FROM temp.articles_vocab WHERE term >= ?1 AND term < ?2 LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![prefix, end, MAX_EXPANSION as i64 + 1], |r| r.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(s: &str) -> Option<String> {
        to_fts(&parse(s), None).ok().flatten()
    }

    #[test]
    fn words_are_quoted_and_never_malformed() {
        assert_eq!(fts("kyiv talks").as_deref(), Some("(\"kyiv\") AND (\"talks\")"));
        assert_eq!(fts("zelen*").as_deref(), Some("(\"zelen\"*)"));
        assert_eq!(fts("a\"b OR").as_deref(), Some("(\"a\"\"b\")"));
        assert_eq!(fts(" - * \" "), None);
    }

    #[test]
    fn operators_are_operators_not_words() {
        assert_eq!(fts("a AND b").as_deref(), Some("(\"a\") AND (\"b\")"));
        assert_eq!(fts("a OR b c").as_deref(), Some("(\"a\" OR \"b\") AND (\"c\")"));
        assert_eq!(fts("a NOT b").as_deref(), Some("(\"a\") NOT \"b\""));
        assert_eq!(fts("NOT b"), None, "nothing required: nothing found");
        // Lower case is a word, as in FTS5.
        assert_eq!(
            fts("rock and roll").as_deref(),
            Some("(\"rock\") AND (\"and\") AND (\"roll\")")
        );
        assert_eq!(fts("OR AND NOT"), None);
    }
}
