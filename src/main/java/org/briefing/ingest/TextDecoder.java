package org.briefing.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns bytes into text: a byte-order mark decides; else strict UTF-8 if the bytes are valid
 * UTF-8; else ICU4J's charset detector, when it is confident enough. Binary content (NUL bytes,
 * many control characters) is refused.
 */
final class TextDecoder {

    private static final int MIN_CONFIDENCE = 30;

    String decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary content, not text");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        }
        catch (UnreadableInputException notUtf8) {
            return detected(bytes);
        }
    }

    private static String detected(byte[] bytes) throws UnreadableInputException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
            throw new UnreadableInputException("undecodable text: not UTF-8, and no charset could be detected");
        }
        return strict(bytes, 0, Charset.forName(match.getName()));
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new UnreadableInputException("undecodable text: invalid " + charset.name());
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 has NUL bytes by design
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
