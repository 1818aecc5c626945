package org.partnercities.kg.api;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.vocab.PCK;

/**
 * Entity ids in the API are the IRI without the base: {@code school/ivanovo-56} for
 * {@code https://w3id.org/partner-cities-kg/id/school/ivanovo-56}. Full IRIs are accepted too.
 */
public final class EntityIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z-]*/[a-z0-9][a-z0-9-]*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private EntityIds() {}

    /** The IRI of an id given in {@code parameter}; 400 if it is not of the id form. */
    public static Node iri(String parameter, String id) {
        String value = id.strip();
        if (value.startsWith(PCK.ID))
            value = value.substring(PCK.ID.length());
        if (!ID.matcher(value).matches())
            throw new BadParameterException(parameter,
                    "must be an entity id of the form kind/slug, such as school/ivanovo-56 (was '" + shorten(id) + "')");
        return NodeFactory.createURI(PCK.ID + value);
    }

    /** As {@link #iri(String, String)}, also accepting a bare slug of the given kind: {@code ivanovo}. */
    public static Node iri(String parameter, String id, String kind) {
        String value = id.strip();
        return SLUG.matcher(value).matches() ? NodeFactory.createURI(PCK.ID + kind + "/" + value) : iri(parameter, id);
    }

    /** The id of an IRI of ours, or the IRI itself for anything else. */
    public static String id(String iri) {
        return iri.startsWith(PCK.ID) ? iri.substring(PCK.ID.length()) : iri;
    }

    /** A value as error messages quote it: at most 80 characters, never half a surrogate pair. */
    public static String shorten(String value) {
        if (value.length() <= 80)
            return value;
        int end = Character.isHighSurrogate(value.charAt(79)) ? 79 : 80;
        return value.substring(0, end) + "…";
    }
}
