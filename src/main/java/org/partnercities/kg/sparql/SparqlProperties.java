package org.partnercities.kg.sparql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public SPARQL endpoint.
 *
 * @param maxRows the most results one query gets: a query without LIMIT, or with a larger one, is
 *                answered with this many rows at most (page with LIMIT and OFFSET)
 */
@ConfigurationProperties("kg.sparql")
public record SparqlProperties(@DefaultValue("10000") long maxRows) {
}
