package org.partnercities.kg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a report, checked before anything reads it: UTF-8, not empty, not binary, not
 * too long, written in Russian. HTML or XML markup is replaced by spaces of the same length (so
 * that offsets into the text still hold for the file) and reported as a warning.
 *
 * @param text     the text that offsets refer to
 * @param warnings what was done to the input, for the review page
 */
public record ReportText(String name, String text, List<String> warnings) {

    /** Reports longer than this (in characters) are refused: a news report is a few pages. */
    public static final int MAX_CHARACTERS = 200_000;

    private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>|<!--.*?-->|&[a-zA-Z]+;|&#\\d+;",
            Pattern.DOTALL);

    /** Checks and decodes {@code bytes}; {@code name} says where they came from, for messages. */
    public static ReportText read(String name, byte[] bytes) {
        if (bytes.length == 0)
            throw new IngestException(name + ": the file is empty");
        if (bytes.length > MAX_CHARACTERS * 4L)
            throw new IngestException(name + ": " + bytes.length + " bytes is too long for a report (at most "
                    + MAX_CHARACTERS + " characters); split it into its articles");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(name + ": not UTF-8 text (an invalid byte sequence at character "
                    + firstBadCharacter(bytes) + "); save the report as UTF-8 plain text");
        }
        if (text.startsWith("\uFEFF"))
            text = " " + text.substring(1);
        int control = firstControl(text);
        if (control >= 0)
            throw new IngestException(name + ": not a text file (control character U+"
                    + String.format("%04X", (int) text.charAt(control)) + " at character " + control + ")");
        if (text.length() > MAX_CHARACTERS)
            throw new IngestException(name + ": " + text.length() + " characters is too long for a report (at most "
                    + MAX_CHARACTERS + "); split it into its articles");
        List<String> warnings = new ArrayList<>();
        Matcher tags = TAG.matcher(text);
        int markup = 0;
        StringBuilder plain = new StringBuilder(text);
        while (tags.find()) {
            markup++;
            for (int i = tags.start(); i < tags.end(); i++)
                plain.setCharAt(i, ' ');
        }
        if (markup > 0) {
            text = plain.toString();
            warnings.add("Markup removed: " + markup + " tags or entities were replaced by spaces; check the sentences");
        }
        if (text.isBlank())
            throw new IngestException(name + ": the file has no text" + (markup > 0 ? " besides markup" : ""));
        checkRussian(name, text);
        return new ReportText(name, text, List.copyOf(warnings));
    }

    private static void checkRussian(String name, String text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                    cyrillic++;
            }
        }
        if (letters < 20)
            throw new IngestException(name + ": too little text to be a report (" + letters + " letters)");
        if (cyrillic * 10 < letters * 6)
            throw new IngestException(name + ": the report is not in Russian (" + (100 * cyrillic / letters)
                    + "% of its letters are Cyrillic); only Russian reports can be ingested");
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                return i;
        }
        return -1;
    }

    private static int firstBadCharacter(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD');
    }
}
