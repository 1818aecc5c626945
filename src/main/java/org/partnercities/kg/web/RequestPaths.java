package org.partnercities.kg.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes, as the filters compare it. */
final class RequestPaths {

    private RequestPaths() {}

    /** The path within the application as the container maps it: decoded and normalised, no path parameters. */
    static String of(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
