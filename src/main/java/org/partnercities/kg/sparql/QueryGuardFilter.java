package org.partnercities.kg.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.partnercities.kg.web.BodyTooLargeException;
import org.partnercities.kg.web.RequestBodies;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the public SPARQL endpoint, whichever store answers it: a query that does not parse
 * is refused here with the parser's message and position, and a query that could return more than
 * {@code kg.sparql.max-rows} results is given that LIMIT (the answer says so in {@value #MAX_ROWS}).
 */
final class QueryGuardFilter extends OncePerRequestFilter {

    static final String MAX_ROWS = "KG-Max-Rows";

    private final long maxRows;
    private final RequestBodies bodies;

    QueryGuardFilter(long maxRows, RequestBodies bodies) {
        this.maxRows = maxRows;
        this.bodies = bodies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QueryRequest queryRequest;
        try {
            queryRequest = QueryRequest.of(request, bodies);
        } catch (BodyTooLargeException e) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            return;
        }
        Optional<String> text = queryRequest.query();
        if (text.isEmpty()) {
            chain.doFilter(queryRequest.original(), response);
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text.get(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getOutputStream().write(("Parse error: " + e.getMessage() + "\n\n" + text.get() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            chain.doFilter(queryRequest.original(), response);
            return;
        }
        query.setLimit(maxRows);
        response.setHeader(MAX_ROWS, Long.toString(maxRows));
        chain.doFilter(queryRequest.withQuery(query.serialize(Syntax.syntaxARQ)), response);
    }
}
