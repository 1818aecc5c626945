package org.partnercities.kg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written by the filters and the error valve, which answer before
 * Spring MVC (and its exception handlers) is reached: same shape as the API's own problems.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** The problem as JSON: status, title, detail and any further members. */
    static byte[] json(int status, String title, String detail, Map<String, String> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        return JSON.writeValueAsBytes(problem);
    }

    /** Answers the request with the problem (nothing must have been written yet). */
    static void send(HttpServletResponse response, int status, String title, String detail, Map<String, String> more)
            throws IOException {
        byte[] body = json(status, title, detail, more);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
