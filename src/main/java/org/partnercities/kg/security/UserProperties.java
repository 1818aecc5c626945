package org.partnercities.kg.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people who may sign in (HTTP Basic). There is no default user: without configured users
 * nobody can change data. Give them by configuration or environment, e.g.
 * {@code KG_SECURITY_USERS_0_NAME=anna KG_SECURITY_USERS_0_PASSWORD='{bcrypt}$2a$…'
 * KG_SECURITY_USERS_0_ROLE=curator}.
 *
 * @param users the accounts
 */
@ConfigurationProperties("kg.security")
public record UserProperties(@DefaultValue List<User> users) {

    /** What a user may do. */
    public enum Role {
        /** Reads everything, including metrics; changes nothing. */
        READER,
        /** Also changes data: SPARQL Update and Graph Store Protocol writes. */
        CURATOR
    }

    /**
     * One account.
     *
     * @param name     user name
     * @param password the password, preferably encoded ({@code {bcrypt}…}); a password without an
     *                 {@code {id}} prefix is taken as plain text and hashed at start-up
     * @param role     reader or curator
     */
    public record User(String name, String password, @DefaultValue("reader") Role role) {}
}
