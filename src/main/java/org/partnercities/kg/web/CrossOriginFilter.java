package org.partnercities.kg.web;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.partnercities.kg.api.EntityIds;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS, open for reading and closed for writing. Any origin may read the SPARQL endpoint (GET, and
 * POST of a query), the API, the entity IRIs, the ontology, the JSON-LD context, the dumps and the
 * VoID. A preflight for anything else (the update and graph store endpoints, PUT or DELETE anywhere,
 * headers such as Authorization) is refused with 403 and no {@code Access-Control-Allow-Origin}; a
 * write sent from a page of another origin is refused too, so that a browser holding credentials
 * for our write endpoints cannot be made to use them by another site.
 *
 * <p>A servlet filter rather than Spring MVC's CORS support: {@code /sparql} is answered by Fuseki's
 * filter before Spring MVC, so this filter is registered ahead of it.
 */
final class CrossOriginFilter implements Filter {

    static final List<String> READ_PREFIXES = List.of("/api/", "/id/", "/dumps/");
    static final Set<String> READ_PATHS = Set.of("/sparql", "/api", "/ontology", "/context.jsonld", "/.well-known/void");
    static final String QUERY_ENDPOINT = "/sparql";
    static final Set<String> WRITE_PATHS = Set.of("/update", "/data");
    static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");
    static final Set<String> ALLOWED_HEADERS = Set.of("accept", "accept-language", "content-type");
    /** Headers a cross-origin script may read besides the CORS-safelisted ones: the linked-data links. */
    static final String EXPOSED = "Link, Content-Location, Content-Disposition";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = RequestPaths.of(request);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String origin = request.getHeader("Origin");
        String requestedMethod = request.getHeader("Access-Control-Request-Method");

        if (method.equals("OPTIONS") && origin != null && requestedMethod != null) {
            preflight(path, requestedMethod.strip().toUpperCase(Locale.ROOT),
                    request.getHeader("Access-Control-Request-Headers"), response);
            return;
        }
        if (isWrite(method, path) && origin != null && !sameOrigin(origin, request)) {
            Problems.send(response, 403, "Cross-origin request refused",
                    method + " " + path + " from another origin (" + EntityIds.shorten(origin) + ") is not allowed: "
                            + "writes are same-origin only",
                    Map.of());
            return;
        }
        if (readable(method, path)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(request, response);
    }

    private static void preflight(String path, String method, String requestedHeaders, HttpServletResponse response)
            throws IOException {
        List<String> headers = requestedHeaders == null ? List.of() : Arrays.stream(requestedHeaders.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        List<String> refused = headers.stream().filter(h -> !ALLOWED_HEADERS.contains(h)).toList();
        if (!readable(method, path) || !refused.isEmpty()) {
            String why = !readable(method, path)
                    ? method + " " + path + " is not open to other origins (they may only read)"
                    : "request headers " + refused + " are not allowed (only Accept, Accept-Language, Content-Type)";
            Problems.send(response, 403, "Cross-origin request refused", why, Map.of());
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", path.equals(QUERY_ENDPOINT) ? "GET, HEAD, POST" : "GET, HEAD");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
        response.setHeader("Access-Control-Max-Age", "86400");
    }

    /** GET or HEAD of a public resource, or POST of a query to the SPARQL endpoint. */
    static boolean readable(String method, String path) {
        boolean publicPath = READ_PATHS.contains(path) || READ_PREFIXES.stream().anyMatch(path::startsWith);
        return publicPath && (method.equals("GET") || method.equals("HEAD"))
                || method.equals("POST") && path.equals(QUERY_ENDPOINT);
    }

    /** PUT, DELETE or PATCH anywhere, and anything but reading on the update and graph store endpoints. */
    static boolean isWrite(String method, String path) {
        boolean writePath = WRITE_PATHS.stream().anyMatch(w -> path.equals(w) || path.startsWith(w + "/"));
        return WRITE_METHODS.contains(method)
                || writePath && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** Whether the Origin names this server (as the request reached it, forwarded headers applied). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null)
                return false;
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page) or garbage: not us
        }
    }
}
