//! Sending a realisasi with its files to `POST /api/v1/indicators/{id}/realisasi` (multipart,
//! streamed on the server: not a server function, whose body is limited to 2 MB). An
//! XMLHttpRequest, because `fetch` reports no upload progress. The idempotency key makes a
//! retry after a lost answer (or a double tap) record once.

use crate::api::ApiError;
use crate::domain::dto::Realisasi;

/// The address of an IKI's entries on the JSON API.
pub fn url(iki_id: &str) -> String {
    format!(
        "/api/v1/indicators/{}/realisasi",
        crate::ui::common::url::encode(iki_id, false)
    )
}

/// Reads the API's answer: the entry (201, or 200 for a replayed key) or its refusal
/// (`{"error": {code, message}}`).
pub fn parse_answer(status: u16, body: &str) -> Result<Realisasi, ApiError> {
    if (200..300).contains(&status) {
        return serde_json::from_str(body).map_err(|_| ApiError {
            code: "server".into(),
            message: format!("HTTP {status}"),
        });
    }
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let e = &v["error"];
    Err(ApiError {
        code: e["code"].as_str().unwrap_or("server").to_string(),
        message: e["message"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| format!("HTTP {status}")),
    })
}

#[cfg(feature = "hydrate")]
fn network() -> ApiError {
    ApiError {
        code: "network".into(),
        message: String::new(),
    }
}

/// Sends the form; `progress` gets the share of the body sent (0–1) as it goes.
#[cfg(feature = "hydrate")]
pub async fn send(
    iki_id: &str,
    form: web_sys::FormData,
    key: &str,
    lang: &str,
    progress: impl Fn(f64) + 'static,
) -> Result<Realisasi, ApiError> {
    use leptos::__reexports::wasm_bindgen_futures::JsFuture;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::js_sys::Promise;
    use web_sys::{ProgressEvent, XmlHttpRequest};

    let xhr = XmlHttpRequest::new().map_err(|_| network())?;
    xhr.open_with_async("POST", &url(iki_id), true)
        .map_err(|_| network())?;
    for (k, v) in [
        ("Accept", "application/json"),
        ("Accept-Language", lang),
        ("Idempotency-Key", key),
    ] {
        xhr.set_request_header(k, v).map_err(|_| network())?;
    }
    let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            progress(e.loaded() / e.total());
        }
    });
    if let Ok(up) = xhr.upload() {
        up.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    let done = Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
        xhr.set_ontimeout(Some(&reject));
    });
    xhr.send_with_opt_form_data(Some(&form))
        .map_err(|_| network())?;
    let sent = JsFuture::from(done).await;
    drop(on_progress);
    sent.map_err(|_| network())?;
    let status = xhr.status().map_err(|_| network())?;
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    parse_answer(status, &body)
}

#[cfg(test)]
mod tests {
    use super::parse_answer;

    #[test]
    fn a_refusal_keeps_the_servers_code_and_message() {
        let e = parse_answer(
            415,
            r#"{"error":{"code":"unsupported_media_type","message":"Jenis berkas tidak didukung"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.code, "unsupported_media_type");
        assert_eq!(e.message, "Jenis berkas tidak didukung");
        assert_eq!(parse_answer(502, "<html>").unwrap_err().message, "HTTP 502");
    }
}
