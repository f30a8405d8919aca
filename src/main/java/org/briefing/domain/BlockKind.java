package org.briefing.domain;

/** What a block of an article is, as far as extraction cares. */
public enum BlockKind {

    /** The article's headline. */
    TITLE,

    /** A short line inside the article: a sub-heading, a standfirst, a label. */
    HEADING,

    /** Running text. */
    BODY,

    /**
     * The header row of a table: its column names between bars, {@code | Country | Deaths |}. A bar
     * inside a cell is written {@code ¦}.
     */
    TABLE_HEADER,

    /** A row of a table: its cells between bars, {@code | Nepal | 49 |}. A bar inside a cell is written {@code ¦}. */
    TABLE_ROW,

    /** Text that is not part of the article: footers, comments, sidebars, captions, navigation. */
    BOILERPLATE

}
