package org.partnercities.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/** The benchmark's HTTP client for the application: API GETs and SPARQL POSTs, timed. */
final class BenchHttp {

    /** What a timed request gave: its time in milliseconds (infinite when it timed out) and its body. */
    record Answer(double ms, String body) {
        boolean timedOut() {
            return Double.isInfinite(ms);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Duration timeout;

    BenchHttp(int port, Duration timeout) {
        this.base = "http://localhost:" + port;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** GET an API path; fails unless it answers 200. */
    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout.plusSeconds(10)).GET().build(), path);
    }

    /** POST a query to /sparql; fails unless it answers 200, or times out. */
    Answer sparql(String query) {
        return send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .timeout(timeout.plusSeconds(10))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), query);
    }

    /** The queries one after the other, as one question: the sum of their times. */
    Answer sparql(List<String> queries) {
        double total = 0;
        String last = "";
        for (String query : queries) {
            Answer answer = sparql(query);
            if (answer.timedOut())
                return answer;
            total += answer.ms();
            last = answer.body();
        }
        return new Answer(total, last);
    }

    /** GET a path and read the body through without keeping it: the number of bytes. */
    long drain(String path) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200)
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                return in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest request, String what) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() == 200)
                return new Answer(ms, response.body());
            // The store stops a query at its timeout; the endpoint then answers with an error.
            if (ms >= timeout.toMillis() * 0.95)
                return new Answer(Double.POSITIVE_INFINITY, "");
            throw new IllegalStateException("answered " + response.statusCode() + " to " + shorten(what) + ": " + shorten(response.body()));
        } catch (HttpTimeoutException e) {
            return new Answer(Double.POSITIVE_INFINITY, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
