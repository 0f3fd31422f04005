//! The browser edge: every call into browser APIs lives here, one concern per module, so components
//! stay renderable natively. Nothing here runs during rendering: only in effects and event callbacks.

pub mod clipboard;
pub mod dom;
pub mod embed;
pub mod location;
pub mod resize;
