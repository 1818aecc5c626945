package org.partnercities.kg;

import java.nio.file.Path;
import java.util.UUID;

import org.partnercities.kg.remote.StandaloneFuseki;

/** One standalone Fuseki server per test JVM, for the application's remote mode; stopped when the JVM exits. */
public final class RemoteStore {

    public static final String USER = "kg-app";

    private static RemoteStore instance;

    private final StandaloneFuseki fuseki;
    private final Path stateDirectory;
    private final String password;

    private RemoteStore(StandaloneFuseki fuseki, Path stateDirectory, String password) {
        this.fuseki = fuseki;
        this.stateDirectory = stateDirectory;
        this.password = password;
    }

    public static synchronized RemoteStore get() {
        if (instance == null) {
            String password = UUID.randomUUID().toString();
            StandaloneFuseki fuseki = StandaloneFuseki.start(TestStores.tempDirectory("kg-remote-fuseki"), USER, password);
            instance = new RemoteStore(fuseki, TestStores.tempDirectory("kg-remote-state"), password);
            Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
        }
        return instance;
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
