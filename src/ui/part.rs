//! How a part of the page is made: one [`Part`] per file, which declares together its server view,
//! the [`Hook`]s the browser finds its elements by, its [`Look`] for a state (written by the server
//! into the first page and put on the adopted elements by the browser after each change) and the
//! reader's events it turns into an [`Action`]. `ui::PARTS` lists them; `App` renders, marks and
//! dispatches over that list.

use yew::prelude::*;
#[cfg(feature = "ssr")]
use yew::virtual_dom::{AttributeOrProperty, VNode, VTag};

use super::state::{Action, State};
use super::StoryRef;

/// Declares a [`Hook`]: `hook! {$ /// what it marks \n pub NAME, with_name: data-name }` makes
/// the constant `NAME` and the macro `with_name!`, which writes an element with the attribute in
/// `html!` markup: `with_name!(value => button [class="b" onclick={f}] { "children" })`. The name
/// is written once, in the declaration; markup that the browser renders uses the macro (which costs
/// nothing at run time), markup that only the server renders may use [`Hook::on`]. (The leading `$`
/// lets the macro define a macro.)
macro_rules! hook {
    ($d:tt $(#[$meta:meta])* $vis:vis $name:ident, $mac:ident: $first:ident $(- $rest:ident)*) => {
        $(#[$meta])*
        #[allow(dead_code)]
        $vis const $name: $crate::ui::part::Hook = $crate::ui::part::Hook::new(concat!(stringify!($first) $(, "-", stringify!($rest))*));
        #[allow(unused_macros)]
        macro_rules! $mac {
            ($d value:expr => $d tag:ident [$d($d attr:tt)*] $d($d children:tt)*) => {
                ::yew::html! { <$d tag $first$(-$rest)* = {$d value} $d($d attr)*>$d($d children)*</$d tag> }
            };
        }
        #[allow(unused_imports)]
        pub(crate) use $mac;
    };
}
pub(crate) use hook;

/// A `data-*` attribute by which the browser finds elements the server wrote. Each is a constant of
/// the part that owns it: markup sets it with [`Hook::on`], the browser finds elements with
/// [`Hook::all`] and [`Hook::is`] and reads it from an event with [`Hook::read`], so its name is
/// written once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hook(&'static str);

impl Hook {
    /// A hook named `name`, which must be a `data-*` attribute name (checked when compiled).
    pub const fn new(name: &'static str) -> Hook {
        let bytes = name.as_bytes();
        assert!(bytes.len() > 5 && bytes[0] == b'd' && bytes[1] == b'a' && bytes[2] == b't' && bytes[3] == b'a' && bytes[4] == b'-');
        Hook(name)
    }

    /// The attribute's name.
    pub const fn name(self) -> &'static str {
        self.0
    }

    /// The selector of every element that carries the hook.
    pub fn all(self) -> String {
        format!("[{}]", self.0)
    }

    /// The selector of the elements whose hook is `value` (an id or a key: letters, digits, `-`).
    pub fn is(self, value: &str) -> String {
        format!("[{}='{}']", self.0, value)
    }

    /// The element `node` with the hook set to `value`, in markup only the server renders (the
    /// browser's own markup uses the hook's macro, see [`hook!`]).
    #[cfg(feature = "ssr")]
    pub fn on(self, value: impl Into<AttrValue>, mut node: Html) -> Html {
        if let VNode::VTag(tag) = &mut node {
            set(std::rc::Rc::make_mut(tag), self.0, value.into());
        }
        node
    }

    /// The hook's value on the element an event happened in, or on its closest ancestor that has it.
    pub fn read(self, event: &web_sys::Event) -> Option<String> {
        crate::web::dom::clicked_data(event, self.0)
    }
}

#[cfg(feature = "ssr")]
/// Sets an attribute of an element. Its attributes become a map, where Yew 0.23 renders only
/// attribute values, not the static ones its macro writes (`Attributes::iter`): those are turned into
/// values first, so that none is lost.
pub(crate) fn set(tag: &mut VTag, name: &'static str, value: AttrValue) {
    let map = tag.attributes.get_mut_index_map();
    for attribute in map.values_mut() {
        if let AttributeOrProperty::Static(text) = attribute {
            *attribute = AttributeOrProperty::Attribute(AttrValue::Static(text));
        }
    }
    map.insert(AttrValue::Static(name), AttributeOrProperty::Attribute(value));
}

/// How an element looks for a state: classes on or off, attributes set (`Some`) or removed (`None`).
/// The server writes it into the element ([`Look::on`]); the browser puts it on the adopted one
/// (`web::dom::restyle`), touching only what differs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub classes: Vec<(&'static str, bool)>,
    pub attributes: Vec<(&'static str, Option<String>)>,
}

impl Look {
    pub fn class(mut self, class: &'static str, on: bool) -> Look {
        self.classes.push((class, on));
        self
    }

    pub fn attribute(mut self, name: &'static str, value: Option<String>) -> Look {
        self.attributes.push((name, value));
        self
    }

    /// `hidden` or not.
    pub fn hidden(self, hidden: bool) -> Look {
        self.attribute("hidden", hidden.then(String::new))
    }

    /// A toggle button, pressed or not (`aria-pressed`).
    pub fn pressed(self, pressed: bool) -> Look {
        self.attribute("aria-pressed", Some(pressed.to_string()))
    }

    /// A disclosure's button, open or not (`aria-expanded`).
    pub fn expanded(self, expanded: bool) -> Look {
        self.attribute("aria-expanded", Some(expanded.to_string()))
    }

    /// The element `node` with this look (the server's first page).
    #[cfg(feature = "ssr")]
    pub fn on(&self, mut node: Html) -> Html {
        let VNode::VTag(tag) = &mut node else { return node };
        let tag = std::rc::Rc::make_mut(tag);
        if !self.classes.is_empty() {
            let mut classes: Vec<String> = tag
                .attributes
                .iter()
                .find(|(name, _)| *name == "class")
                .map(|(_, value)| value.split_whitespace().map(str::to_owned).collect())
                .unwrap_or_default();
            for (class, on) in &self.classes {
                classes.retain(|c| c != class);
                if *on {
                    classes.push((*class).to_owned());
                }
            }
            set(tag, "class", classes.join(" ").into());
        }
        for (name, value) in &self.attributes {
            match value {
                Some(value) => set(tag, name, value.clone().into()),
                None => {
                    tag.attributes.get_mut_index_map().shift_remove(&AttrValue::Static(name));
                }
            }
        }
        node
    }
}

/// The looks of one item of a list of disclosures (the timeline's events, the places): its button,
/// the details it shows, and the list item that holds both.
pub struct Disclosure {
    pub button: Look,
    pub details: Look,
    pub item: Look,
}

impl Disclosure {
    pub fn new(open: bool) -> Disclosure {
        Disclosure {
            button: Look::default().expanded(open),
            details: Look::default().hidden(!open),
            item: Look::default().class("is-selected", open),
        }
    }
}

/// What a reader did inside a part, as the page's handlers hear it.
pub enum Input<'a> {
    Click(&'a MouseEvent),
    /// A form control's value changed.
    Change(&'a Event),
    /// Find-in-page revealed an element hidden until found (`beforematch`).
    Found(&'a Event),
}

/// What every part is given: the story and the page it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub story: StoryRef,
    /// The way from this page to the site's root, ending in `/`.
    pub base: AttrValue,
    /// The embed view: compact, inside a host's page.
    pub embed: bool,
}

/// Where the page's frame places a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Before the main content: the masthead, the table of contents.
    Head,
    /// The main content, after the actor map.
    Main,
    /// The page's foot.
    Foot,
    /// Inside the actor map, which places it itself.
    Map,
}

/// One part of the page: a frozen part, rendered by the server only and adopted by the browser,
/// which marks it for the state and hears its events.
pub struct Part {
    /// Its name among the page's frozen parts.
    pub name: &'static str,
    pub slot: Slot,
    /// Whether the embed view has it.
    pub in_embed: bool,
    /// The part as the server renders it, in its look for the state (the page's first).
    #[cfg(feature = "ssr")]
    pub view: fn(&Page, &State) -> Html,
    /// Puts the part's look for the state on its adopted elements (the browser, after a change).
    pub mark: fn(&State),
    /// What a reader's event inside the part asks the page to do, if it is one the part hears.
    pub on: fn(&Page, &State, &Input) -> Option<Action>,
    /// What the part does once, when the app has taken the page over.
    pub start: fn(&Page),
}

impl Part {
    /// A part that the state never changes, that hears no event and does nothing when the app starts:
    /// text the server renders, and the browser only adopts.
    pub const fn still(name: &'static str, slot: Slot, in_embed: bool, #[cfg(feature = "ssr")] view: fn(&Page, &State) -> Html) -> Part {
        Part {
            name,
            slot,
            in_embed,
            #[cfg(feature = "ssr")]
            view,
            mark: Part::unmarked,
            on: Part::deaf,
            start: Part::idle,
        }
    }

    /// For a part that the state does not change.
    pub fn unmarked(_: &State) {}

    /// For a part with nothing to do when the app starts.
    pub fn idle(_: &Page) {}

    /// For a part that hears no event.
    pub fn deaf(_: &Page, _: &State, _: &Input) -> Option<Action> {
        None
    }
}
