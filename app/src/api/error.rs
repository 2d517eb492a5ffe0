//! The error every server function returns: a stable code and a message already in the
//! user's language. Internal causes are logged on the server, never sent.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// `unauthorized`, `bad_credentials`, `too_many_requests`, `forbidden`, `not_found`,
    /// `network` (the server could not be reached), … (the codes of `AppError`).
    pub code: String,
    pub message: String,
}

impl ApiError {
    /// A check the browser made before sending (shown like the server's 422).
    pub fn validation(message: &str) -> Self {
        ApiError {
            code: "validation".into(),
            message: message.into(),
        }
    }

    pub fn is_unauthorized(&self) -> bool {
        self.code == "unauthorized"
    }

    pub fn is_network(&self) -> bool {
        self.code == "network"
    }
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        let code = match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => "network",
            _ => "server_fn",
        };
        ApiError {
            code: code.into(),
            message: value.to_string(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(feature = "ssr")]
impl ApiError {
    pub fn from_app(e: &crate::backend::AppError, lang: crate::domain::lang::Lang) -> Self {
        ApiError {
            code: e.code.into(),
            message: e.message(lang).into(),
        }
    }
}
