package org.briefing.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A TrueType font as PDFBox should see it: without its glyph-substitution table. PDFBox 3 applies
 * a font's Latin ligatures when it writes text, so "file" is drawn with the "ﬁ" glyph and the PDF's
 * text then reads "ﬁle": a search for "file" misses it, and copied text holds a ligature
 * character. Renaming the {@code GSUB} entry in the font's table directory hides the table from
 * PDFBox, which then writes one glyph per character; the subset embedded in the PDF never held the
 * table anyway. Fonts for scripts that need substitution to be readable (Arabic, Indic) should not
 * go through here; the template's fonts are for Latin, Cyrillic and Hangul, which do not.
 */
final class LigatureFreeFont {

    private static final int TABLE_RECORDS = 12;

    private static final int RECORD_SIZE = 16;

    private LigatureFreeFont() {
    }

    /** A copy of the font with its {@code GSUB} table hidden; other files are returned unchanged. */
    static byte[] of(byte[] font) {
        if (font.length < TABLE_RECORDS || !isTrueType(font)) {
            return font;
        }
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = TABLE_RECORDS + i * RECORD_SIZE;
            if (at + 4 <= copy.length && tag(copy, at).equals("GSUB")) {
                copy[at + 3] = 'C'; // "GSUC": unknown to PDFBox, and still in the directory's sort order
            }
        }
        return copy;
    }

    private static boolean isTrueType(byte[] font) {
        int version = ByteBuffer.wrap(font).getInt(0);
        return version == 0x00010000 || tag(font, 0).equals("true");
    }

    private static String tag(byte[] font, int at) {
        return new String(font, at, 4, StandardCharsets.ISO_8859_1);
    }
}
