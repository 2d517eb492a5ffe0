use app::backend::{AppError, Db};

use super::Summary;

/// Creates the demo Pemerintah Kota (see README). Placeholder until implemented.
pub async fn run(_db: &Db) -> Result<Summary, AppError> {
    Err(AppError::internal())
}
