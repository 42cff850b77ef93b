//! The store on its own: deduplication (GUID, URL, text), read / starred state across reopening,
//! schema versions, ranked search, the entity index and the analysis cache, OPML round trip.

use newslens::analysis::EntityKind;
use newslens::library::index::{analysis, analyze_pending};
use newslens::library::mentions::{mentions, mentions_of_kind};
use newslens::library::search::search;
use newslens::library::store::{ListQuery, NewArticle};
use newslens::library::{opml, schema, Store};

fn article(guid: Option<&str>, url: Option<&str>, title: &str, text: &str, day: i64) -> NewArticle {
    NewArticle {
        guid: guid.map(str::to_string),
        url: url.map(str::to_string),
        title: title.to_string(),
        source: "Test".to_string(),
        published: Some(1_763_000_000 + day * 86_400),
        text: text.to_string(),
        teaser: false,
    }
}

fn long_text(topic: &str) -> String {
    format!("{topic}. ").repeat(40)
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("lib.db")).expect("open store");
    (dir, store)
}

#[test]
fn duplicates_by_guid_url_and_text_are_stored_once() {
    let (_dir, mut store) = temp_store();
    let (feed, _) = store.add_feed("http://127.0.0.1:9/feed", "Feed").expect("feed");
    let a = article(Some("g1"), Some("http://x/1"), "One", &long_text("Apples"), 1);
    let first =
        store.store_feed_items(feed, &Default::default(), std::slice::from_ref(&a)).expect("store");
    assert_eq!((first.new, first.existing), (1, 0));
    // Same GUID, edited text and link: the same item.
    let edited =
        NewArticle { text: long_text("Pears"), url: Some("http://x/1b".into()), ..a.clone() };
    // Same URL from a file import; same text under another URL.
    let same_url = article(None, Some("http://x/1"), "Copy", &long_text("Plums"), 2);
    let same_text = article(None, None, "Other title", &long_text("Apples"), 3);
    // Another GUID of the same feed at the same URL: the feed says it is another item.
    let sibling = article(Some("g2"), Some("http://x/1"), "Two", &long_text("Figs"), 4);
    let again =
        store.store_feed_items(feed, &Default::default(), &[edited, sibling]).expect("store");
    assert_eq!((again.new, again.existing), (1, 1));
    let loose = store.store_articles(&[same_url, same_text]).expect("store");
    assert_eq!((loose.new, loose.existing), (0, 2));
    assert_eq!(store.article_count().expect("count"), 2);
    // Another feed's item with its own GUID and link is its own article, whatever its text
    // (a text match alone never drops an item that has a GUID or a URL).
    let (other, _) = store.add_feed("http://127.0.0.1:9/other", "Other").expect("feed");
    let twin = article(Some("o1"), Some("http://z/1"), "One", &long_text("Apples"), 5);
    let upper = article(Some("o2"), Some("http://z/2"), "ONE", &long_text("APPLES"), 6);
    let kept = store.store_feed_items(other, &Default::default(), &[twin, upper]).expect("store");
    assert_eq!((kept.new, kept.existing), (2, 0));
    assert_eq!(store.article_count().expect("count"), 4);
}

#[test]
fn read_and_starred_state_survives_reopening_and_lists_are_newest_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nested/dir/lib.db");
    let ids: Vec<i64> = {
        let mut store = Store::open(&path).expect("open creates directories");
        let items: Vec<_> = (0..5)
            .map(|i| article(None, None, &format!("T{i}"), &long_text(&format!("Topic {i}")), i))
            .collect();
        store.store_articles(&items).expect("store");
        let rows = store.list_articles(&ListQuery::default()).expect("list");
        let titles: Vec<_> = rows.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["T4", "T3", "T2", "T1", "T0"]);
        assert!(store.set_read(rows[0].id, true).expect("mark read"));
        assert!(store.set_starred(rows[1].id, true).expect("star"));
        assert!(!store.set_read(9999, true).expect("no such article"));
        rows.iter().map(|r| r.id).collect()
    };
    let store = Store::open(&path).expect("reopen");
    let unread = store.list_articles(&ListQuery { unread_only: true, ..Default::default() });
    assert_eq!(unread.expect("list").len(), 4);
    let starred = store.list_articles(&ListQuery { starred_only: true, ..Default::default() });
    assert_eq!(starred.expect("list").iter().map(|r| r.id).collect::<Vec<_>>(), [ids[1]]);
    let a = store.article(ids[0]).expect("query").expect("article exists");
    assert_eq!(a.title, "T4");
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn schema_is_versioned_and_newer_databases_are_refused() {
    let (dir, store) = temp_store();
    let version: i64 =
        store.connection().pragma_query_value(None, "user_version", |r| r.get(0)).expect("pragma");
    assert_eq!(version, schema::current_version());
    let mode: String =
        store.connection().pragma_query_value(None, "journal_mode", |r| r.get(0)).expect("pragma");
    assert_eq!(mode, "wal");
    store.connection().pragma_update(None, "user_version", 999).expect("set version");
    drop(store);
    let err = Store::open(&dir.path().join("lib.db")).err().expect("refused");
    assert!(err.to_string().contains("newer"), "{err}");
}

#[test]
fn search_ranks_title_matches_first_and_never_fails_on_odd_queries() {
    let (_dir, mut store) = temp_store();
    store
        .store_articles(&[
            article(
                None,
                None,
                "Harbour news",
                &(long_text("Boats") + "The glacier retreated."),
                1,
            ),
            article(None, None, "Glacier survey published", &long_text("Ice measurements"), 2),
            article(None, None, "Weather", &long_text("Rain all week"), 3),
        ])
        .expect("store");
    let hits = search(store.connection(), "glacier", 10).expect("search");
    let titles: Vec<_> = hits.iter().map(|h| h.article.title.as_str()).collect();
    assert_eq!(titles, ["Glacier survey published", "Harbour news"]);
    assert!(hits[0].snippet.contains("«Glacier»"), "{}", hits[0].snippet);
    for odd in ["\"", "a OR", "NEAR(", "-x", "*", "glac*"] {
        search(store.connection(), odd, 5).expect("no query is a syntax error");
    }
    assert_eq!(search(store.connection(), "glac*", 5).expect("prefix").len(), 2);
}

#[test]
fn mentions_list_every_article_naming_an_entity_newest_first() {
    let (_dir, mut store) = temp_store();
    let para = |s: &str| format!("{s} The agency published its figures on the same day.");
    store
        .store_articles(&[
            article(None, None, "Old", &para("Maria Kovalenko opened the terminal in Lviv."), 1),
            article(None, None, "New", &para("Trains were late, Maria Kovalenko said."), 5),
            article(None, None, "Other", &para("The museum opened on Sunday."), 9),
        ])
        .expect("store");
    let analysed = analyze_pending(&mut store, 2, &mut |_, _| {}).expect("analyse");
    assert_eq!(analysed, 3);
    assert_eq!(analyze_pending(&mut store, 2, &mut |_, _| {}).expect("again"), 0);
    // An analysis from another pipeline version is redone, the others are kept.
    store
        .connection()
        .execute("UPDATE analyses SET version = 0 WHERE article_id = 1", [])
        .expect("age");
    assert_eq!(analyze_pending(&mut store, 2, &mut |_, _| {}).expect("stale one"), 1);
    let hits = mentions(&store, "Kovalenko", 10).expect("mentions");
    let titles: Vec<_> = hits.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["New", "Old"]);
    assert!(hits.iter().all(|h| h.sentence.contains("Maria Kovalenko")));
    let first = &hits[0];
    let text = store.article(first.article_id).expect("query").expect("exists").text();
    assert_eq!(text.get(first.offsets[0].clone()), Some("Maria Kovalenko"));
    assert!(mentions(&store, "maria kovalenko", 10).expect("exact").len() == 2);
    assert!(mentions(&store, "Kovalenk", 10).expect("partial word").is_empty());
    let people = mentions_of_kind(&store, "Kovalenko", Some(EntityKind::Person), 10);
    assert_eq!(people.expect("by kind").len(), 2);
    let places = mentions_of_kind(&store, "Kovalenko", Some(EntityKind::Place), 10);
    assert!(places.expect("by kind").is_empty());
    // The cached analysis is the one the pipeline gives.
    let cached = analysis(&store, first.article_id).expect("query").expect("exists");
    assert_eq!(cached, newslens::analysis::analyze_text(text, cached.published));
}

#[test]
fn opml_import_subscribes_once_and_export_round_trips() {
    let (_dir, store) = temp_store();
    let doc = r#"<?xml version="1.0"?><opml version="2.0"><body>
        <outline text="A" xmlUrl="http://127.0.0.1:9/a.xml"/>
        <outline text="B" xmlUrl="http://127.0.0.1:9/b.xml"/></body></opml>"#;
    for o in opml::parse(doc).expect("parse") {
        store.add_feed(&o.url, &o.title).expect("add");
    }
    let (_, is_new) = store.add_feed("http://127.0.0.1:9/a.xml", "A").expect("add again");
    assert!(!is_new);
    let exported = opml::export(&store.feeds().expect("feeds"));
    let urls: Vec<_> =
        opml::parse(&exported).expect("reparse").into_iter().map(|o| o.url).collect();
    assert_eq!(urls, ["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"]);
}

#[test]
fn feed_summaries_count_total_and_unread_articles() {
    let (_dir, mut store) = temp_store();
    let (a, _) = store.add_feed("http://127.0.0.1:9/a", "A").expect("feed");
    let (b, _) = store.add_feed("http://127.0.0.1:9/b", "B").expect("feed");
    let items = |tag: &str, n: usize| -> Vec<NewArticle> {
        (0..n)
            .map(|i| {
                let guid = format!("{tag}{i}");
                article(Some(&guid), None, &guid, &long_text(&guid), i as i64)
            })
            .collect()
    };
    store.store_feed_items(a, &Default::default(), &items("a", 3)).expect("store");
    store.store_feed_items(b, &Default::default(), &items("b", 2)).expect("store");
    let first = store.list_articles(&ListQuery { feed_id: Some(a), ..Default::default() });
    store.set_read(first.expect("list")[0].id, true).expect("mark read");
    let counts: Vec<_> = store
        .feed_summaries()
        .expect("summaries")
        .into_iter()
        .map(|s| (s.feed.title, s.total, s.unread))
        .collect();
    assert_eq!(counts, [("A".to_string(), 3, 2), ("B".to_string(), 2, 2)]);
}

#[test]
fn prefixes_operators_and_highlights() {
    let (_dir, mut store) = temp_store();
    let mut items = vec![
        article(None, None, "Rent", &(long_text("Rent rises") + " rent and more rent."), 1),
        article(None, None, "Rents", &long_text("Rents fall"), 2),
        article(None, None, "Rental", &long_text("Rental market"), 3),
        article(None, None, "München", &long_text("München und Umland"), 4),
        article(None, None, "Herring", &long_text("Herring quota cut and boats idle"), 5),
    ];
    // Forty words of one prefix: more than the expansion takes, FTS5's own prefix search then.
    items.extend((0..40).map(|i| {
        article(None, None, &format!("W{i}"), &long_text(&format!("wordy{i} story")), 10 + i)
    }));
    store.store_articles(&items).expect("store");
    let titles = |q: &str| -> Vec<String> {
        let mut t: Vec<String> = search(store.connection(), q, 100)
            .expect("search")
            .into_iter()
            .map(|h| h.article.title)
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles("rent*"), ["Rent", "Rental", "Rents"]);
    assert_eq!(titles("münch*"), ["München"]);
    assert_eq!(titles("wordy*").len(), 40);
    assert_eq!(titles("rent OR herring"), ["Herring", "Rent"]);
    assert_eq!(titles("rent* NOT rental"), ["Rent", "Rents"]);
    let hits = search(store.connection(), "herring AND quota", 5).expect("search");
    assert_eq!(hits.len(), 1);
    let snippet = &hits[0].snippet;
    assert!(snippet.contains("«Herring»") && snippet.contains("«quota»"), "{snippet}");
    assert!(!snippet.to_lowercase().contains("«and»"), "AND is an operator: {snippet}");
    let prefix = search(store.connection(), "rent*", 5).expect("search");
    assert!(prefix.iter().all(|h| h.snippet.contains('«')), "every hit has its match marked");
}
