//! Errors of the SKP server functions for the client. `ApiError` carries only a code and a
//! message, so the field problems of a validation error are folded into the message.

use crate::api::ctx::Ctx;
use crate::api::ApiError;
use crate::backend::AppError;

/// `ctx.err(e)`, with the messages of `e.details` appended ("…: a; b") unless the message
/// already is the only detail's message.
pub fn fail(ctx: &Ctx, mut e: AppError) -> ApiError {
    let single = e.details.len() == 1 && e.details[0].message == e.message_id;
    if !e.details.is_empty() && !single {
        let id: Vec<&str> = e.details.iter().map(|d| d.message.as_str()).collect();
        let en: Vec<&str> = e
            .details
            .iter()
            .map(|d| d.message_en.as_deref().unwrap_or(&d.message))
            .collect();
        e.message_id = format!("{}: {}", e.message_id, id.join("; "));
        e.message_en = format!("{}: {}", e.message_en, en.join("; "));
    }
    ctx.err(e)
}
