//! Queries whose rows come back packed into one JSON value: the database builds the array
//! (`json_group_array` on SQLite, `json_agg` on PostgreSQL) and only one text value travels
//! through sqlx's Any driver, which costs several µs for every row it decodes. Used where
//! one answer needs thousands of narrow rows (the cascade of a unit subtree).
//!
//! Floats travel as exact text (`printf('%!.17g')` on SQLite, whose JSON keeps only 15
//! digits; the shortest exact form on PostgreSQL) and are read with [`Num`].

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use sqlx::Row;

use crate::backend::authz::Sql;
use crate::backend::db::{Backend, Db};

/// One column of a packed query.
#[derive(Clone, Copy, Debug)]
pub enum Col<'a> {
    /// Text or integer, as JSON string or number (NULL as null).
    Plain(&'a str),
    /// A float, as exact text (NULL as null); read it with [`Num`].
    Float(&'a str),
}

/// `SELECT <the rows as one JSON array of arrays> <from>`, where `from` is the rest of the
/// query (`FROM … WHERE …`, no ORDER BY: the order of the rows is not kept).
pub fn select(backend: Backend, cols: &[Col], from: &str) -> String {
    let list: Vec<String> = cols
        .iter()
        .map(|c| match (c, backend) {
            (Col::Plain(e), _) => e.to_string(),
            (Col::Float(e), Backend::Sqlite) => {
                format!("CASE WHEN {e} IS NULL THEN NULL ELSE printf('%!.17g', {e}) END")
            }
            (Col::Float(e), Backend::Postgres) => format!("CAST({e} AS TEXT)"),
        })
        .collect();
    let list = list.join(", ");
    match backend {
        Backend::Sqlite => format!("SELECT json_group_array(json_array({list})) AS j {from}"),
        Backend::Postgres => format!(
            "SELECT CAST(COALESCE(json_agg(json_build_array({list})), CAST('[]' AS json)) AS TEXT) \
             AS j {from}"
        ),
    }
}

/// The values of `values` are compared in chunks of this many (`IN` lists of that many
/// parameters on SQLite; on PostgreSQL the whole list is one parameter, see [`in_list`]).
pub fn chunks<'v, T>(backend: Backend, values: &'v [T]) -> std::slice::Chunks<'v, T> {
    match backend {
        Backend::Sqlite => values.chunks(500),
        Backend::Postgres => values.chunks(values.len().max(1)),
    }
}

/// `IN (…)` over text values bound to `q` (a chunk from [`chunks`], not empty). SQLite gets one
/// parameter per value. PostgreSQL gets the list as one JSON array parameter: the statement
/// text is then the same whatever the length, so its prepared statement and plan are reused
/// instead of planning a new list of hundreds of constants (several ms each) on every call,
/// and a long list is one round trip instead of one per 500.
pub fn in_list(backend: Backend, q: &mut Sql, values: &[&str]) -> String {
    match backend {
        Backend::Sqlite => {
            let list: Vec<String> = values.iter().map(|v| q.bind(v)).collect();
            format!("IN ({})", list.join(", "))
        }
        Backend::Postgres => {
            let json = serde_json::to_string(values).expect("strings serialise");
            let p = q.bind(&json);
            format!("IN (SELECT value FROM json_array_elements_text(CAST({p} AS json)))")
        }
    }
}

/// Runs a query made by [`select`] with the bound text arguments and reads its rows, each a
/// tuple (struct) of the columns in order.
pub async fn fetch<T: DeserializeOwned>(db: &Db, q: &Sql, sql: &str) -> sqlx::Result<Vec<T>> {
    let row = q.query(sql).fetch_one(&db.pool).await?;
    let text: Option<String> = row.try_get("j")?;
    match text {
        None => Ok(vec![]),
        Some(t) => serde_json::from_str(&t).map_err(|e| sqlx::Error::Decode(Box::new(e))),
    }
}

/// A float read from its exact text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a float as text or number")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Num, E> {
                s.trim().parse().map(Num).map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Num, E> {
                Ok(Num(n))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Num, E> {
                Ok(Num(n as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Num, E> {
                Ok(Num(n as f64))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_read_from_text_and_numbers() {
        let v: Vec<(String, Option<Num>, Num)> =
            serde_json::from_str(r#"[["a", null, "0.10000000000000001"], ["b", "2.5", 3]]"#)
                .unwrap();
        assert_eq!(v[0].1, None);
        assert_eq!(v[0].2, Num(0.1));
        assert_eq!(v[1].1, Some(Num(2.5)));
        assert_eq!(v[1].2, Num(3.0));
    }

    #[test]
    fn select_per_backend() {
        let cols = [Col::Plain("r.id"), Col::Float("r.bobot")];
        let s = select(Backend::Sqlite, &cols, "FROM rhk r");
        assert!(s.starts_with("SELECT json_group_array(json_array(r.id, CASE WHEN r.bobot"));
        let p = select(Backend::Postgres, &cols, "FROM rhk r");
        assert!(p.contains("json_build_array(r.id, CAST(r.bobot AS TEXT))"));
    }

    #[test]
    fn in_lists_per_backend() {
        let ids = ["a", "b\"c"];
        let mut q = Sql::default();
        q.bind("inst");
        assert_eq!(in_list(Backend::Sqlite, &mut q, &ids), "IN ($2, $3)");
        let mut q = Sql::default();
        assert_eq!(
            in_list(Backend::Postgres, &mut q, &ids),
            "IN (SELECT value FROM json_array_elements_text(CAST($1 AS json)))"
        );
        assert_eq!(q.args, vec![r#"["a","b\"c"]"#.to_string()]);
        assert_eq!(chunks(Backend::Postgres, &[1; 1200]).count(), 1);
        assert_eq!(chunks(Backend::Sqlite, &[1; 1200]).count(), 3);
        assert_eq!(chunks::<u8>(Backend::Postgres, &[]).count(), 0);
    }
}
