package org.partnercities.kg.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxBodySize the largest request body accepted (a query, an update, an RDF upload);
 *                    larger ones are answered 413
 */
@ConfigurationProperties("kg.limits")
public record LimitProperties(@DefaultValue("32MB") DataSize maxBodySize) {
}
