package org.partnercities.kg;

import java.nio.file.Path;
import java.util.UUID;

import org.partnercities.kg.remote.StandaloneFuseki;

/** One standalone Fuseki server per test JVM, for the application's remote mode; stopped when the JVM exits. */
public final class RemoteStore {

    public static final String USER = "kg-app";

    private static final java.util.Map<String, RemoteStore> INSTANCES = new java.util.HashMap<>();

    private final StandaloneFuseki fuseki;
    private final Path stateDirectory;
    private final String password;

    private RemoteStore(StandaloneFuseki fuseki, Path stateDirectory, String password) {
        this.fuseki = fuseki;
        this.stateDirectory = stateDirectory;
        this.password = password;
    }

    /** The server shared by the read-only suites. */
    public static RemoteStore get() {
        return get("shared");
    }

    /** A server of its own for the suites called {@code name} (those that change data). */
    public static synchronized RemoteStore get(String name) {
        return INSTANCES.computeIfAbsent(name, n -> {
            String password = UUID.randomUUID().toString();
            StandaloneFuseki fuseki = StandaloneFuseki.start(TestStores.tempDirectory("kg-remote-fuseki-" + n), USER, password);
            Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
            return new RemoteStore(fuseki, TestStores.tempDirectory("kg-remote-state-" + n), password);
        });
    }

    /** Points the application at this server (remote mode). */
    public void configure(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("kg.store.mode", () -> "remote");
        registry.add("kg.store.directory", stateDirectory::toString);
        registry.add("kg.store.remote.url", fuseki::datasetUrl);
        registry.add("kg.store.remote.username", () -> USER);
        registry.add("kg.store.remote.password", () -> password);
    }

    /** Whether this test JVM runs the suites on a standalone Fuseki ({@code -Dkg.test.store=remote}). */
    public static boolean wanted() {
        return "remote".equals(System.getProperty("kg.test.store"));
    }

    public StandaloneFuseki fuseki() {
        return fuseki;
    }

    /** Where the application keeps the digest of what it loaded. */
    public Path stateDirectory() {
        return stateDirectory;
    }

    public String password() {
        return password;
    }
}
