package org.partnercities.kg.ingest;

import java.util.List;

/**
 * What accepting a draft would change in a source graph the store already has (re-ingesting an
 * accepted report): statements it would add and remove, after the draft is materialised the way a
 * load would.
 *
 * @param existed whether the store has this source already; if not, everything is new
 */
public record Changes(boolean existed, List<String> added, List<String> removed) {

    public static final Changes NEW_SOURCE = new Changes(false, List.of(), List.of());

    public boolean none() {
        return existed && added.isEmpty() && removed.isEmpty();
    }
}
