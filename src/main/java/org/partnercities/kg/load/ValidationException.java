package org.partnercities.kg.load;

import java.util.List;

/** The sources do not conform to the SHACL shapes. The store is unchanged. */
public class ValidationException extends LoadException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
