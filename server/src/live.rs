//! Live dashboards (`GET /api/v1/dashboard/stream`): one shared feed per dashboard scope (an
//! instansi's unit and period). Every change to performance data writes an audit row in its own
//! transaction, so a feed looks at the instansi's newest audit entry every [`POLL`] (one index
//! lookup) and recomputes its figures once when there is a new one; every open stream of that
//! scope then gets the same JSON. A thousand people watching one dashboard cost one query
//! every half second and one recomputation per change, not a thousand.
//!
//! Authorisation happens when a stream opens (`backend::dasbor::authorize`): the figures of a
//! scope are the same for everyone allowed to see it, so sharing a feed leaks nothing. Several
//! app servers need nothing shared: each polls the database.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::backend::dasbor::{self, Scope};
use app::backend::Db;
use tokio::sync::watch;

/// How often a feed looks for a change (well inside the 2 s the dashboard promises).
pub const POLL: Duration = Duration::from_millis(500);

/// The open feeds by scope; a feed ends when its last stream closes.
#[derive(Clone, Default)]
pub struct Hub {
    feeds: Arc<Mutex<HashMap<Scope, watch::Receiver<Arc<String>>>>>,
}

/// The newest audit entry of the instansi.
async fn mark(db: &Db, inst: &str) -> Option<String> {
    sqlx::query_scalar::<_, Option<String>>("SELECT MAX(at) FROM audit_log WHERE instansi_id = $1")
        .bind(inst)
        .fetch_one(&db.pool)
        .await
        .ok()
        .flatten()
}

impl Hub {
    /// A receiver of the scope's figures as JSON (the current ones first), starting the feed
    /// if none is open.
    pub async fn subscribe(
        &self,
        db: &Db,
        scope: Scope,
    ) -> app::backend::AppResult<watch::Receiver<Arc<String>>> {
        if let Some(rx) = self.feeds.lock().expect("hub lock").get(&scope) {
            if rx.has_changed().is_ok() {
                return Ok(rx.clone());
            }
        }
        let since = mark(db, &scope.instansi_id).await;
        let first = dasbor::of_scope(db, &scope).await?;
        let json = Arc::new(serde_json::to_string(&first).unwrap_or_default());
        let (tx, rx) = watch::channel(json);
        {
            let mut feeds = self.feeds.lock().expect("hub lock");
            // another stream may have opened the same feed meanwhile: use that one
            if let Some(existing) = feeds.get(&scope) {
                if existing.has_changed().is_ok() {
                    return Ok(existing.clone());
                }
            }
            feeds.insert(scope.clone(), rx.clone());
        }
        tokio::spawn(run(self.clone(), db.clone(), scope, tx, since));
        Ok(rx)
    }
}

async fn run(
    hub: Hub,
    db: Db,
    scope: Scope,
    tx: watch::Sender<Arc<String>>,
    mut since: Option<String>,
) {
    loop {
        tokio::time::sleep(POLL).await;
        // the hub's own receiver counts as one; streams subscribe under the lock
        if tx.receiver_count() <= 1 {
            let mut feeds = hub.feeds.lock().expect("hub lock");
            if tx.receiver_count() <= 1 {
                feeds.remove(&scope);
                return;
            }
        }
        let now = mark(&db, &scope.instansi_id).await;
        if now == since {
            continue;
        }
        let Ok(d) = dasbor::of_scope(&db, &scope).await else {
            // the unit or period is gone: the streams end, clients reconnect and get the error
            break;
        };
        since = now;
        let json = serde_json::to_string(&d).unwrap_or_default();
        tx.send_if_modified(|cur| {
            if **cur == json {
                false
            } else {
                *cur = Arc::new(json);
                true
            }
        });
    }
    let mut feeds = hub.feeds.lock().expect("hub lock");
    if feeds
        .get(&scope)
        .is_some_and(|rx| rx.same_channel(&tx.subscribe()))
    {
        feeds.remove(&scope);
    }
}
