package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The strict decoding that guards every request's parameters: whatever a browser or HTTP client
 * encodes decodes back to what it encoded; what decodes agrees with the JDK's decoder; only broken
 * escapes or bytes that are not UTF-8 are refused, and the refusal names a parameter of the query.
 */
class ParameterEncodingPropertiesTest {

    static final int SAMPLES = 10_000;

    static void decoding(String raw) {
        Optional<String> decoded = ParameterEncodingFilter.decode(raw);
        if (decoded.isPresent())
            assertThat(decoded.get()).as(HostileStrings.show(raw)).isEqualTo(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        else
            assertThat(raw).as(HostileStrings.show(raw)).contains("%");
    }

    static void roundTrip(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        // The encoder writes an unpaired surrogate as '?': what comes back is what it meant to send.
        assertThat(ParameterEncodingFilter.decode(encoded)).as(HostileStrings.show(value))
                .contains(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        assertThat(ParameterEncodingFilter.invalidParameter("a=1&" + encoded + "=" + encoded)).isEmpty();
    }

    static void naming(String query) {
        Optional<String> bad = ParameterEncodingFilter.invalidParameter(query);
        bad.ifPresent(name -> assertThat(query).as(HostileStrings.show(query)).contains("%"));
    }

    @Test
    void whatIsEncodedDecodesBackAndOnlyBrokenEscapesAreRefused() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String value = HostileStrings.next(random, 5_000);
            HostileStrings.check(seed, () -> {
                roundTrip(value);
                decoding(value.replace(' ', '+'));
                naming(value);
            });
        }
    }

    @Test
    void brokenEscapesAndOtherEncodingsAreNamed() {
        assertThat(ParameterEncodingFilter.invalidParameter("q=%FF%FE")).contains("q");
        assertThat(ParameterEncodingFilter.invalidParameter("lang=en&from=%C0%AF")).contains("from");
        assertThat(ParameterEncodingFilter.invalidParameter("to=%ED%A0%80")).contains("to"); // a surrogate, CESU-8 style
        assertThat(ParameterEncodingFilter.invalidParameter("q=100%")).contains("q");
        assertThat(ParameterEncodingFilter.invalidParameter("q=%G1")).contains("q");
        assertThat(ParameterEncodingFilter.invalidParameter("q=%٣٣")).contains("q"); // digits, but not hex digits
        assertThat(ParameterEncodingFilter.invalidParameter("%FF=1")).contains("%FF");
        assertThat(ParameterEncodingFilter.invalidParameter("q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%BE&lang=ru")).isEmpty();
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"%", "%FF", "%C0%AF", "%ED%A0%80", "%F0%9F%98%80", "+", "&", "="})
    void fuzzDecoding(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        decoding(raw);
        naming(raw);
        roundTrip(HostileStrings.unescape(raw));
    }
}
