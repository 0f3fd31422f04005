//! The explainer's UI: a thin layer of Yew function components over the pure story model
//! (`story` crate), with every browser effect kept in [`web`].
//!
//! Rules that keep server rendering and hydration in step:
//! - Components render only from props, context and reducer state: never from the URL, the clock,
//!   storage or a HashMap's order. The same props give the same HTML natively and in the browser.
//! - Browser APIs are touched only in effects and event callbacks, through [`web`]; never while rendering.
//! - The URL fragment is applied after hydration, as an action on the reducer.
//! - Data text is always rendered as text; no HTML from data is ever injected.

pub mod bundled;
/// Share cards, for the native pre-renderer.
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod card;
pub mod page;
pub mod ui;
pub mod web;

pub use ui::app::{App, AppProps};
