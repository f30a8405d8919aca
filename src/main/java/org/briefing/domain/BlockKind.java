package org.briefing.domain;

/** What a block of an article is, as far as extraction cares. */
public enum BlockKind {

    /** The article's headline. */
    TITLE,

    /** A short line inside the article: a sub-heading, a standfirst, a label. */
    HEADING,

    /** Running text. */
    BODY,

    /** Text that is not part of the article: footers, comments, sidebars, captions, navigation. */
    BOILERPLATE

}
