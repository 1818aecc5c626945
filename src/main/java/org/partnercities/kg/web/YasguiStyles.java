package org.partnercities.kg.web;

import java.util.List;

/**
 * The style sheets the result table of YASGUI (@zazuko/yasgui 4.6.2, its column resizer) writes into
 * {@code <style>} elements, as CSP hash sources. ContentSecurityPolicyTest recomputes them from the
 * library the build installs, so an upgrade that changes them fails there, not in a user's console.
 */
final class YasguiStyles {

    /** {@code .grip-resizable{table-layout:fixed;} …}, added when a table is drawn. */
    static final String TABLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";
    /** {@code *{cursor:col-resize!important}}, added while a column is being resized. */
    static final String DRAG = "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='";

    static final List<String> HASHES = List.of(TABLE, DRAG);

    private YasguiStyles() {}
}
