package org.partnercities.kg;

import java.util.function.Supplier;

import org.partnercities.kg.api.BadParameterException;

/**
 * What parsing a value did: a result (possibly null), or a refusal with the project's bad-parameter
 * exception. Any other exception propagates: it is the failure the property tests look for.
 */
public record Outcome<T>(T value, BadParameterException refusal) {

    public static <T> Outcome<T> of(Supplier<T> parse) {
        try {
            return new Outcome<>(parse.get(), null);
        } catch (BadParameterException e) {
            return new Outcome<>(null, e);
        }
    }

    /** For parsers that answer nothing: a refusal or nothing. */
    public static Outcome<Void> ofCheck(Runnable check) {
        return of(() -> {
            check.run();
            return null;
        });
    }

    public boolean refused() {
        return refusal != null;
    }
}
