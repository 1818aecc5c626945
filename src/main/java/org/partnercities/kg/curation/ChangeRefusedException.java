package org.partnercities.kg.curation;

/** A change that cannot be made as asked (answered 400); nothing was changed. */
public class ChangeRefusedException extends RuntimeException {

    public ChangeRefusedException(String message) {
        super(message);
    }
}
