package org.partnercities.kg.sparql;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.partnercities.kg.web.RequestBodies;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The query of a SPARQL Protocol request, wherever it travels (the {@code query} parameter of a GET
 * or a form POST, or the body of an {@code application/sparql-query} POST), and the same request
 * with the query replaced.
 */
final class QueryRequest {

    static final String SPARQL_QUERY = "application/sparql-query";

    private final HttpServletRequest request;
    private final byte[] body;

    private QueryRequest(HttpServletRequest request, byte[] body) {
        this.request = request;
        this.body = body;
    }

    /** Reads the request's query; the body, if it is the query, is read here (at most {@code maxBytes}). */
    static QueryRequest of(HttpServletRequest request, RequestBodies bodies) {
        byte[] body = null;
        if ("POST".equals(request.getMethod()) && isSparqlQueryBody(request))
            body = bodies.read(request);
        return new QueryRequest(request, body);
    }

    /** The query text, if the request carries one. */
    Optional<String> query() {
        if (body != null)
            return Optional.of(new String(body, StandardCharsets.UTF_8));
        return Optional.ofNullable(request.getParameter("query"));
    }

    /** The request as it came (its body, if read, replayed). */
    HttpServletRequest original() {
        return body == null ? request : withBody(body);
    }

    /** The request with {@code query} in place of its query. */
    HttpServletRequest withQuery(String query) {
        if (body != null)
            return withBody(query.getBytes(StandardCharsets.UTF_8));
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return "query".equals(name) ? query : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
                map.put("query", new String[] {query});
                return Collections.unmodifiableMap(map);
            }

            @Override
            public String getQueryString() {
                // Rebuilt from the parameters, so that it agrees with them.
                return getParameterMap().entrySet().stream()
                        .flatMap(e -> java.util.Arrays.stream(e.getValue())
                                .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                        .collect(java.util.stream.Collectors.joining("&"));
            }
        };
    }

    private HttpServletRequest withBody(byte[] bytes) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                return new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        return in.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
            }

            @Override
            public int getContentLength() {
                return bytes.length;
            }

            @Override
            public long getContentLengthLong() {
                return bytes.length;
            }
        };
    }

    private static boolean isSparqlQueryBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(SPARQL_QUERY);
    }
}
