package org.partnercities.kg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.partnercities.kg.api.EntityIds;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Parameters must be percent-encoded UTF-8. Tomcat fails on anything else only when a parameter is
 * first read, and what reads it then answers 500 (Fuseki) or a bare 400; here the request is refused
 * up front with a problem naming the parameter.
 */
final class ParameterEncodingFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<String> bad = invalidParameter(request.getQueryString());
        if (bad.isPresent()) {
            Problems.send(response, 400, "Bad parameter", "Parameter '" + bad.get()
                    + "' is not percent-encoded UTF-8 (each %XX must be two hex digits, together valid UTF-8)",
                    Map.of("parameter", bad.get()));
            return;
        }
        try {
            // Reads a form body too (Tomcat reads only POSTed forms): its failures are the client's, not ours.
            request.getParameterMap();
        } catch (IllegalStateException e) {
            Problems.send(response, 400, "Bad request", "The parameters cannot be read (a form body must be "
                    + "percent-encoded UTF-8, as the URL): " + EntityIds.shorten(String.valueOf(e.getMessage())), Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter of the query string that does not decode, if any. */
    static Optional<String> invalidParameter(String queryString) {
        if (queryString == null)
            return Optional.empty();
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decode(rawName);
            if (name.isEmpty())
                return Optional.of(EntityIds.shorten(rawName));
            if (equals >= 0 && decode(pair.substring(equals + 1)).isEmpty())
                return Optional.of(EntityIds.shorten(name.get()));
        }
        return Optional.empty();
    }

    /** Strict application/x-www-form-urlencoded decoding: empty if an escape is broken or the bytes are not UTF-8. */
    static Optional<String> decode(String encoded) {
        StringBuilder decoded = new StringBuilder(encoded.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? hex(encoded.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hex(encoded.charAt(i + 2));
                if (low < 0)
                    return Optional.empty();
                escaped.write(high * 16 + low);
                i += 2;
                continue;
            }
            // A run of escapes ends: its bytes must be UTF-8 on their own.
            if (escaped.size() > 0 && !appendUtf8(escaped, decoded))
                return Optional.empty();
            decoded.append(c == '+' ? ' ' : c);
        }
        return escaped.size() > 0 && !appendUtf8(escaped, decoded) ? Optional.empty() : Optional.of(decoded.toString());
    }

    private static boolean appendUtf8(ByteArrayOutputStream bytes, StringBuilder to) {
        try {
            to.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())));
            bytes.reset();
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
