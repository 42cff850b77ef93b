//! The database schema as a list of versioned migrations, applied in order inside one
//! transaction each and recorded in `PRAGMA user_version`.

use rusqlite::{Connection, TransactionBehavior};

/// Migration `i` brings the schema from version `i` to `i + 1`. Append only: never edit one
/// that has shipped.
const MIGRATIONS: &[&str] = &[
    // 1: feeds, articles, cached analyses, entity index, search index.
    r#"
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL DEFAULT '',
        site_url      TEXT,
        etag          TEXT,
        last_modified TEXT,
        last_fetched  INTEGER,
        last_error    TEXT,
        added         INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id        INTEGER PRIMARY KEY,
        feed_id   INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
        guid      TEXT,
        url       TEXT,
        text_hash INTEGER NOT NULL,
        title     TEXT NOT NULL,
        source    TEXT NOT NULL,
        published INTEGER,
        added     INTEGER NOT NULL,
        -- Paragraphs joined by a blank line, as Article::text.
        text      TEXT NOT NULL,
        -- 0 complete, 1 teaser awaiting the linked page, 2 page fetched, 3 page fetch failed.
        full_text INTEGER NOT NULL DEFAULT 0,
        read      INTEGER NOT NULL DEFAULT 0,
        starred   INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX articles_by_guid ON articles(feed_id, guid) WHERE guid IS NOT NULL;
    CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_by_hash ON articles(text_hash);
    CREATE INDEX articles_by_date ON articles(published DESC, id DESC);
    CREATE INDEX articles_by_feed ON articles(feed_id, published DESC);
    CREATE INDEX articles_teasers ON articles(full_text) WHERE full_text = 1;
    CREATE INDEX articles_unread ON articles(feed_id) WHERE read = 0;

    CREATE TABLE analyses (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        -- The Analysis without its text (the article's text is the text), as postcard.
        data       BLOB NOT NULL
    );

    CREATE TABLE entities (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        norm TEXT NOT NULL,
        UNIQUE (norm, kind)
    );
    CREATE TABLE mentions (
        entity_id  INTEGER NOT NULL REFERENCES entities(id),
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        -- The article's publication time, copied here so that "newest first" reads one index.
        published  INTEGER,
        -- Byte ranges into the article text: "start-end start-end ...".
        offsets    TEXT NOT NULL,
        -- Byte range of the sentence of the first mention.
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        PRIMARY KEY (entity_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_by_article ON mentions(article_id);
    CREATE INDEX mentions_by_date ON mentions(entity_id, published DESC, article_id DESC);

    CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    "#,
    // 2: feeds keep the folder an OPML file filed them in, and a title the user chose.
    r#"
    ALTER TABLE feeds ADD COLUMN folder TEXT;
    ALTER TABLE feeds ADD COLUMN title_pinned INTEGER NOT NULL DEFAULT 0;
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the database up to [`current_version`], one migration per transaction. A database
/// from a newer build is refused rather than silently misread. Each step takes the write lock
/// first and reads the version under it, so two processes opening a new library at once do not
/// both create it.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found == current_version() {
        return Ok(());
    }
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > current_version() {
            return Err(MigrateError::TooNew { found, supported: current_version() });
        }
        let Some(sql) = MIGRATIONS.get(found.max(0) as usize) else { return Ok(()) };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", found.max(0) + 1)?;
        tx.commit()?;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("database schema version {found} is newer than this newslens supports ({supported})")]
    TooNew { found: i64, supported: i64 },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}
