package org.partnercities.kg.load;

import java.util.List;

/** A load was refused: the sources could not be read, or do not conform. The store is unchanged. */
public class LoadException extends RuntimeException {

    private final List<String> problems;

    public LoadException(String problem) {
        this(List.of(problem));
    }

    public LoadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public LoadException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per problem, each naming where it is. */
    public List<String> problems() {
        return problems;
    }
}
