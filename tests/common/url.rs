//! A PostgreSQL URL naming another database: the CLI tests and the state
//! machine tests each make databases of their own on the test server.

/// `url` naming the database `name` instead of its own.
pub fn with_dbname(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (authority, query) = match rest.split_once('?') {
        Some((a, q)) => (a, Some(q)),
        None => (rest, None),
    };
    let host = authority.split('/').next().unwrap();
    match query {
        Some(q) => format!("{scheme}://{host}/{name}?{q}"),
        None => format!("{scheme}://{host}/{name}"),
    }
}
