package org.partnercities.kg.web;

import java.io.IOException;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before any filter sees the request (a request line or headers too
 * large, a path that does not decode), as problem details like the application's own, with the
 * security headers, instead of Tomcat's HTML page. Answers with a body already are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported())
            return;
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        try {
            byte[] body = Problems.json(status, title, detail(request, response, throwable, title), Map.of());
            SecurityHeadersFilter.apply(request, response);
            response.setContentType(Problems.MEDIA_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was committed meanwhile: nothing more to say.
        }
    }

    private static String detail(Request request, Response response, Throwable throwable, String title) {
        if (throwable != null && String.valueOf(throwable.getMessage()).contains("header is too large"))
            return "The request line and headers are longer than this server accepts (" + maxHeaderSize(request)
                    + " bytes): shorten the URL; a long SPARQL query can be sent as the body of a POST to /sparql";
        if (response.getStatus() == 400 && request.getRequestURI() != null && request.getDecodedRequestURI() == null)
            return "The path of the URL cannot be decoded: each %XX must be two hex digits, together valid UTF-8";
        if (response.getMessage() != null && !response.getMessage().isBlank())
            return response.getMessage();
        return throwable != null && throwable.getMessage() != null ? throwable.getMessage() : title;
    }

    private static String maxHeaderSize(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? Integer.toString(http.getMaxHttpRequestHeaderSize()) : "a few thousand";
    }
}
