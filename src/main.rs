//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    case_desk::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Case Desk runs in the browser: `make serve` builds it and serves it at http://127.0.0.1:8080/");
}
