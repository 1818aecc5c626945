package org.partnercities.kg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.TestStores;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A label with markup and a script, loaded into the store, comes out of every page as text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlEscapingTest {

    private static final Path DATA = copyDataWithHostileLabels();

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) {
        registry.add("kg.sources.data", DATA::toString);
        registry.add("kg.store.directory", () -> TestStores.tempDirectory("kg-hostile-store").toString());
    }

    @LocalServerPort
    int port;

    @Test
    void markupAndScriptsInTheDataAreEscapedOnPages() throws Exception {
        String person = page("/id/person/hostile");
        assertThat(person).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<iframe")
                .doesNotContain("<b>Злоумышленник</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Злоумышленник&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;iframe src=&quot;http://evil.example/&quot;&gt;&lt;/iframe&gt; и &amp;amp; амперсандом")
                .contains("Враждебный &lt;b&gt;источник&lt;/b&gt;");
        // The event the person spoke at lists them as a link whose text is escaped too.
        String event = page("/id/event/videoconference-2020-01-31");
        assertThat(event).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }

    private String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static Path copyDataWithHostileLabels() {
        try {
            Path dir = TestStores.tempDirectory("kg-hostile-data");
            try (Stream<Path> files = Files.list(TestStores.DATA)) {
                for (Path file : files.toList())
                    Files.copy(file, dir.resolve(file.getFileName()));
            }
            Files.copy(Path.of("src/test/resources/linkeddata/hostile-labels.trig"), dir.resolve("hostile-labels.trig"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
