package org.partnercities.kg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** Reads request bodies, never more than {@code kg.limits.max-body-size}, whatever the client declared. */
@Component
public class RequestBodies {

    private final LimitProperties limits;

    public RequestBodies(LimitProperties limits) {
        this.limits = limits;
    }

    /** The whole body; {@link BodyTooLargeException} if it is over the limit. */
    public byte[] read(HttpServletRequest request) {
        long max = limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max)
            throw new BodyTooLargeException(limits.maxBodySize());
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max)
                throw new BodyTooLargeException(limits.maxBodySize());
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
