package org.partnercities.kg.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response. Set before the request goes on, so that whatever answers
 * (Spring MVC, Fuseki, static files, errors) answers with them, and header writers further down
 * that only add missing headers leave ours alone.
 */
final class SecurityHeadersFilter implements Filter {

    /**
     * Only our own files: scripts, styles, fetches and fonts from this origin; images also as data: and
     * blob: URLs (Leaflet's and Swagger UI's inline icons, Cytoscape's PNG export). No inline scripts,
     * no plugins, no framing, forms only to us. The only inline styles allowed are the two constant
     * style sheets YASGUI's result table adds (its column resizer; at rest and while dragging), by hash.
     */
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' " + String.join(" ", YasguiStyles.HASHES),
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Swagger UI (springdoc's copy of it, under {@code /swagger-ui/}) sets styles inline as it draws; its
     * scripts are still only its own files. It shows nothing but our API's description.
     */
    static final String SWAGGER_UI_POLICY = POLICY.replaceFirst("style-src [^;]*", "style-src 'self' 'unsafe-inline'");

    /** Powerful browser features none of our pages uses. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on a response (also used by the error valve, which answers before any filter). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy",
                RequestPaths.of(request).startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Our own pages see where a visitor came from; other sites never see our URLs (which may hold a query).
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure())
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
}
