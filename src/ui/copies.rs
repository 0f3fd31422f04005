//! Text that the browser build does not carry, which a live part (the actor map's panel and live
//! region) shows by copying it from where a frozen part shows it: the frozen part marks the place
//! with [`Source::at`], the live part marks where a copy goes with `with_copy!` (the source's
//! children) or `with_clone!` (the source element itself), and [`fill`] copies after each render.


crate::ui::part::hook! {$
    /// Where a frozen part shows a source, by the source's key.
    pub SOURCE, with_source: data-source
}
crate::ui::part::hook! {$
    /// Where a copy of a source's children goes.
    pub COPY, with_copy: data-copy
}
crate::ui::part::hook! {$
    /// Where a copy of a source element itself goes.
    pub CLONE, with_clone: data-clone
}

/// A piece of text a frozen part shows, by what it is and whose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// An actor's kind, with its shape (the text view's badge).
    ActorKind(&'a str),
    /// An actor's description and background.
    ActorAbout(&'a str),
    /// A relation as an attributed sentence.
    Sentence(&'a str),
    /// A relation's kind, with its line.
    RelationKind(&'a str),
    /// A relation kind's line, as the text view draws it.
    LineSample(&'a str),
    /// A quote's words.
    QuoteText(&'a str),
    /// A quote's speaker and context.
    QuoteCaption(&'a str),
}

impl Source<'_> {
    /// Its name in the page: what [`Source::at`] marks and the copy macros (`with_copy!`,
    /// `with_clone!`) name.
    pub fn key(self) -> String {
        let (what, id) = match self {
            Source::ActorKind(id) => ("actor-kind", id),
            Source::ActorAbout(id) => ("actor-about", id),
            Source::Sentence(id) => ("sentence", id),
            Source::RelationKind(id) => ("relation-kind", id),
            Source::LineSample(id) => ("line-sample", id),
            Source::QuoteText(id) => ("quote-text", id),
            Source::QuoteCaption(id) => ("quote-caption", id),
        };
        format!("{what}:{id}")
    }

    /// The element `node` (in a frozen part), marked as where the page shows this source.
    #[cfg(feature = "ssr")]
    pub fn at(self, node: yew::Html) -> yew::Html {
        SOURCE.on(self.key(), node)
    }
}

/// Fills every copy inside the element with the id `root` from its source in the page.
pub fn fill(root: &str) {
    crate::web::dom::fill_copies(&super::ids::selector(root), [(COPY, false), (CLONE, true)], SOURCE);
}
