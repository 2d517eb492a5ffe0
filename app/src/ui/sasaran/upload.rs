//! Posting a chosen file to `POST /api/v1/strategic-goals/import` (a raw CSV/XLSX body, so
//! not a server function): the number of rows imported, or the refusal with its per-row
//! details.

/// The import endpoint of the JSON API (session cookie, same origin).
pub const IMPORT_URL: &str = "/api/v1/strategic-goals/import";

/// A problem of one cell of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub row: Option<u64>,
    pub field: String,
    pub message: String,
}

/// The refusal of an import: the message, the rows at fault; `network` when the server
/// could not be reached, `unauthorized` when the session has ended.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ImportError {
    pub code: String,
    pub message: String,
    pub rows: Vec<RowError>,
}

/// Reads the JSON answer of a refused import (`{"error": {code, message, details[]}}`).
pub fn parse_error(status: u16, body: &str) -> ImportError {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let e = &v["error"];
    let rows = e["details"]
        .as_array()
        .map(|d| {
            d.iter()
                .map(|x| RowError {
                    row: x["row"].as_u64(),
                    field: x["field"].as_str().unwrap_or_default().to_string(),
                    message: x["message"].as_str().unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    ImportError {
        code: e["code"].as_str().unwrap_or("server").to_string(),
        message: e["message"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| format!("HTTP {status}")),
        rows,
    }
}

fn network() -> ImportError {
    ImportError {
        code: "network".into(),
        ..Default::default()
    }
}

/// Sends the first file chosen in `input`; `lang` picks the language of the messages.
#[cfg(feature = "hydrate")]
pub async fn upload(
    input: leptos::web_sys::HtmlInputElement,
    lang: &str,
) -> Result<u64, ImportError> {
    use leptos::__reexports::wasm_bindgen_futures::JsFuture;
    use leptos::prelude::window;
    use leptos::wasm_bindgen::{JsCast, JsValue};
    use leptos::web_sys::js_sys::Reflect;
    use leptos::web_sys::{Headers, RequestCredentials, RequestInit, Response};

    let files = Reflect::get(&input, &JsValue::from_str("files")).map_err(|_| network())?;
    let file = Reflect::get_u32(&files, 0).map_err(|_| network())?;
    if file.is_undefined() || file.is_null() {
        return Err(ImportError {
            code: "no_file".into(),
            ..Default::default()
        });
    }
    let headers = Headers::new().map_err(|_| network())?;
    let _ = headers.append("Accept", "application/json");
    let _ = headers.append("Accept-Language", lang);
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&file);
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_headers(&headers);
    let answer = JsFuture::from(window().fetch_with_str_and_init(IMPORT_URL, &init))
        .await
        .map_err(|_| network())?;
    let res: Response = answer.dyn_into().map_err(|_| network())?;
    let body = match res.text() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    if res.ok() {
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        Ok(v["rows"].as_u64().unwrap_or(0))
    } else {
        Err(parse_error(res.status(), &body))
    }
}

/// On the server there is no file to send (the form only works in the browser).
#[cfg(not(feature = "hydrate"))]
pub async fn upload(
    _input: leptos::web_sys::HtmlInputElement,
    _lang: &str,
) -> Result<u64, ImportError> {
    Err(network())
}
