package org.partnercities.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code rapper} (raptor2-utils), an RDF parser no one here wrote: parses a file and says
 * how many statements it read. CI installs it (.ci/run); the tests that use it fail without it.
 */
public final class Rapper {

    private static final Pattern COUNT = Pattern.compile("Parsing returned (\\d+) (triples|statements)");

    private Rapper() {}

    /** The number of statements rapper reads from the file; fails the test on any parse error. */
    public static long count(Path file, String syntax) {
        try {
            Process process = new ProcessBuilder("rapper", "-i", syntax, "-c", file.toString(), "http://example.org/base/")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            assertThat(exit).as("rapper -i " + syntax + " " + file + ":\n" + output).isZero();
            assertThat(output).as("rapper output").doesNotContain("Error").doesNotContain("Warning");
            Matcher matcher = COUNT.matcher(output);
            assertThat(matcher.find()).as(output).isTrue();
            return Long.parseLong(matcher.group(1));
        } catch (IOException e) {
            throw new AssertionError("rapper (Debian package raptor2-utils) is needed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
