package org.golive.budget.erp;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an export as UTF-8, with or without a byte order mark. Bytes that are not UTF-8 (typically a Windows-1252
 * export with an accented vendor name) refuse the file rather than turn into replacement characters in the budget.
 */
final class Utf8Text {

    private static final int BOM_LENGTH = 3;

    private Utf8Text() {
    }

    static String decode(byte[] bytes) {
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never yields more chars than bytes, so one buffer of that size takes the whole text.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new FileRefused(lineAt(bytes, in.position()),
                    "the file is not UTF-8 text: save the export as CSV UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The physical line of a byte offset; a lone CR counts as a line end, as the CSV reader counts it. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
