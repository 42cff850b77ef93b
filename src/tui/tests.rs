//! The reader driven whole, inside the crate: keys and clicks through the keymap into
//! `App::update`, then the state asserted or the screen drawn on a `TestBackend` and compared
//! with the insta snapshots in `tests/snapshots/` (their names kept from when these were
//! integration tests). The library tests use a small hand-made library and, for the refresh,
//! the loopback HTTP server of the integration tests.

#[path = "../../tests/support/http_server.rs"]
mod http_server;

mod docs;
mod habits;
mod habits_library;
mod help;
mod keys;
mod keys_articles;
mod library;
mod library_app;
mod library_motions;
mod library_screens;
mod screens;
mod search;
mod sizes;
mod themes;
mod worker;
mod wrap;
mod wrap_props;

/// `insta::assert_snapshot!` against `tests/snapshots/NAME.snap`.
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"),
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}
pub(crate) use snapshot;

/// A fixture file of the library tests with `{{BASE}}` replaced by the server's address.
fn fixture(name: &str, base: &str) -> String {
    let path = format!("{}/tests/fixtures/library/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("fixture exists").replace("{{BASE}}", base)
}
