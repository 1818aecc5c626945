package org.partnercities.kg.api;

/** A request parameter that cannot be used: answered with 400 naming the parameter and the reason. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public BadParameterException(String parameter, String reason) {
        super("Parameter '" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
