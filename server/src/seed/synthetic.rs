use app::backend::{AppError, Db};

use super::Summary;

/// Creates a synthetic agency of `employees` people, deterministic for a given `seed`.
pub async fn run(_db: &Db, _employees: usize, _seed: u64) -> Result<Summary, AppError> {
    Err(AppError::internal())
}
