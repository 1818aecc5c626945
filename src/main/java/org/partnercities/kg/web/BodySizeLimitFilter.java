package org.partnercities.kg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before anything reads it, a request that declares a body over
 * {@code kg.limits.max-body-size} (413). Bodies sent without a length are held to the same limit
 * where they are read ({@link RequestBodies}).
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimitFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bodySizeLimit(LimitProperties limits) {
        long max = limits.maxBodySize().toBytes();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() <= max) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/problem+json");
                response.setHeader("Connection", "close");
                response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                        + "\"detail\":\"" + new BodyTooLargeException(limits.maxBodySize()).getMessage() + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
