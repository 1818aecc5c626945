package org.partnercities.kg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public SPARQL endpoint when the store is remote: the (guarded) query is passed to the
 * store's query endpoint and its answer streamed back as it is, with its media type. Only queries
 * pass: the store's update endpoint is never reachable from here.
 */
final class RemoteSparqlProxy implements Filter {

    private static final List<String> PROTOCOL_PARAMETERS = List.of("default-graph-uri", "named-graph-uri");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI queryEndpoint;
    private final Duration timeout;

    RemoteSparqlProxy(URI queryEndpoint, Duration timeout) {
        this.queryEndpoint = queryEndpoint;
        this.timeout = timeout;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String type = request.getContentType();
        String query = type != null && type.toLowerCase().startsWith(QueryRequest.SPARQL_QUERY)
                ? new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : request.getParameter("query");
        if (query == null || !("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "This endpoint answers SPARQL queries only: GET or POST with a 'query'");
            return;
        }
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + PROTOCOL_PARAMETERS.stream()
                .flatMap(name -> values(request, name).stream()
                        .map(value -> "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining());
        HttpRequest.Builder forward = HttpRequest.newBuilder(queryEndpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank())
            forward.header("Accept", accept);
        try {
            HttpResponse<InputStream> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.setStatus(answer.statusCode());
            answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
            try (InputStream body = answer.body()) {
                body.transferTo(response.getOutputStream());
            }
        } catch (HttpTimeoutException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query took longer than " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Interrupted");
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "The store did not answer: " + e.getMessage());
        }
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterMap().getOrDefault(name, new String[0]);
        return values == null ? List.of() : List.of(values);
    }

}
