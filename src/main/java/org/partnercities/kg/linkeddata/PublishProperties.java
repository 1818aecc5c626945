package org.partnercities.kg.linkeddata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the graph is published.
 *
 * @param base    the canonical base IRI of everything published; the server answers for
 *                {@code <base>id/…} and {@code <base>ontology} on its own paths {@code /id/…} and
 *                {@code /ontology}, so links work on any host
 * @param license the licence of the data
 */
@ConfigurationProperties("kg.publish")
public record PublishProperties(
        @DefaultValue("https://w3id.org/partner-cities-kg/") String base,
        @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String license) {

    /** The server path of a canonical IRI, or the IRI itself if it is not under the base. */
    public String localPath(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
