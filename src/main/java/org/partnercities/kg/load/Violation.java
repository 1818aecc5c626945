package org.partnercities.kg.load;

import java.util.List;

/**
 * One SHACL violation, located: the files that describe the focus node, the focus node, the
 * path, the constraint component and the shape's message.
 */
public record Violation(List<String> files, String focusNode, String path, String constraint, String message) {

    @Override
    public String toString() {
        return String.join(", ", files) + ": <" + focusNode + ">"
                + (path == null ? "" : " " + path)
                + ": " + message + " [" + constraint + "]";
    }
}
