package org.partnercities.kg.remote;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.PasswordAuthentication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/**
 * A real standalone Apache Jena Fuseki server (the {@code jena-fuseki-server} jar that the build copies
 * to {@code target/fuseki}) run as a child process with the deployable configuration
 * {@code deploy/fuseki/partner-cities-kg.ttl}, its database in a working directory of the caller's.
 * Reads are public; writes need the user and password given to {@link #start}.
 */
public final class StandaloneFuseki implements AutoCloseable {

    /** Fuseki main: the plain server, without the admin UI or Shiro (the jar's own main class adds those). */
    public static final String MAIN_CLASS = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    public static final Path SERVER_JAR = Path.of("target/fuseki/jena-fuseki-server.jar");
    /** Carries org.partnercities.kg.store.RussianTextAnalyzer, which the configuration names. */
    public static final Path CLASSES = Path.of("target/classes");
    public static final Path CONFIG = Path.of("deploy/fuseki/partner-cities-kg.ttl");
    public static final String DATASET = "kg";

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 40;

    private final Path workDir;
    private final String user;
    private final String password;
    private final int port;
    private final List<Path> classPath;
    private final Path config;
    private Process process;

    private StandaloneFuseki(Path workDir, String user, String password, int port, List<Path> classPath, Path config) {
        this.workDir = workDir;
        this.user = user;
        this.password = password;
        this.port = port;
        this.classPath = List.copyOf(classPath);
        this.config = config;
    }

    /**
     * Starts Fuseki on a free loopback port with {@code workDir} as its working directory (the database
     * goes to {@code workDir/databases/kg}, the log to {@code workDir/fuseki.log}) and returns once it answers.
     */
    public static StandaloneFuseki start(Path workDir, String user, String password) {
        requireFile(CLASSES.resolve("org/partnercities/kg/store/EntityTextProducer.class"), "compile the project first");
        return start(workDir, user, password, List.of(SERVER_JAR, CLASSES));
    }

    /** Starts Fuseki with this class path (the server jar first); for tests of a misconfigured deployment. */
    static StandaloneFuseki start(Path workDir, String user, String password, List<Path> classPath) {
        return start(workDir, user, password, classPath, CONFIG);
    }

    /** Starts Fuseki with this class path and a variant of the deployable configuration. */
    static StandaloneFuseki start(Path workDir, String user, String password, List<Path> classPath, Path config) {
        requireFile(SERVER_JAR, "run 'mvn process-test-resources' to copy the Fuseki server jar");
        requireFile(config, "the Fuseki configuration is missing");
        StandaloneFuseki fuseki = new StandaloneFuseki(workDir.toAbsolutePath(), user, password, freePort(), classPath, config);
        fuseki.writePasswordFile();
        // A test JVM that exits (or is stopped by SIGTERM) without close() must not leave a server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(fuseki::kill));
        fuseki.launch();
        return fuseki;
    }

    /** Starts the server again on the same working directory and port, e.g. after {@link #kill()}. */
    public void restart() {
        if (isAlive())
            stop();
        launch();
    }

    /** Ends the server at once (SIGKILL), as a crash would: nothing is flushed or closed. */
    public void kill() {
        if (process == null)
            return;
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Stops the server politely, forcibly if it has not gone after a few seconds. */
    public void stop() {
        if (process == null)
            return;
        process.destroy();
        if (!awaitExit(STOP_GRACE)) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logFile() {
        return workDir.resolve("fuseki.log");
    }

    public Path passwordFile() {
        return workDir.resolve("passwd.txt");
    }

    /** The database directory (TDB2 and Lucene), relative to the working directory in the configuration. */
    public Path databaseDir() {
        return workDir.resolve("databases").resolve(DATASET);
    }

    public String serverUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String datasetUrl() {
        return serverUrl() + "/" + DATASET;
    }

    /** SPARQL 1.1 Query, public. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** SPARQL 1.1 Update, authenticated. */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** Graph Store Protocol read-write, authenticated. */
    public String gspUrl() {
        return datasetUrl() + "/data";
    }

    /** Graph Store Protocol read-only, public. */
    public String gspReadUrl() {
        return datasetUrl() + "/get";
    }

    /** An HTTP client that answers the server's Basic challenge with this server's user and password. */
    public HttpClient authenticatedHttpClient() {
        return HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password.toCharArray());
            }
        }).build();
    }

    /** A connection that may read and write (query, update and the read-write GSP endpoint, with credentials). */
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().destination(datasetUrl()).queryEndpoint("sparql")
                .updateEndpoint("update").gspEndpoint("data").httpClient(authenticatedHttpClient()).build();
    }

    /** A connection without credentials: query, update and the read-only GSP endpoint. */
    public RDFConnection connectAnonymously() {
        return RDFConnectionRemote.newBuilder().destination(datasetUrl()).queryEndpoint("sparql")
                .updateEndpoint("update").gspEndpoint("get").httpClient(HttpClient.newHttpClient()).build();
    }

    /** The command line that starts the server (relative to the project directory for the paths it names). */
    public List<String> commandLine() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = classPath.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return List.of(javaBin, "-Xmx512m", "-cp", cp, MAIN_CLASS,
                "--localhost", "--port=" + port,
                "--config=" + config.toAbsolutePath(),
                "--auth=basic", "--passwd=" + passwordFile(),
                "--ping");
    }

    /** The last lines of the server's log, for failure messages. */
    public String logTail() {
        try {
            if (!Files.exists(logFile()))
                return "(no log)";
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void launch() {
        long logStart = logSize();
        try {
            process = new ProcessBuilder(commandLine()).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Fuseki in " + workDir, e);
        }
        awaitReady();
        failOnStartupErrors(logStart);
    }

    /**
     * Fuseki starts even when the configuration's analyser class cannot be loaded: it logs an ERROR and
     * indexes with Lucene's default analyser instead, which would silently break Russian search.
     */
    private void failOnStartupErrors(long logStart) {
        List<String> errors = logSince(logStart).lines().filter(line -> line.contains(" ERROR ")).distinct().limit(10).toList();
        if (!errors.isEmpty()) {
            kill();
            throw new IllegalStateException("Fuseki logged errors while starting in " + workDir + ":\n"
                    + String.join("\n", errors) + "\nSee " + logFile());
        }
    }

    private long logSize() {
        try {
            return Files.exists(logFile()) ? Files.size(logFile()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(logFile());
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(serverUrl() + "/$/ping")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive())
                throw new IllegalStateException("Fuseki exited with code " + process.exitValue()
                        + " while starting in " + workDir + "; log:\n" + logTail());
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return;
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("Interrupted while waiting for Fuseki", e);
            }
            sleep(Duration.ofMillis(200));
        }
        kill();
        throw new IllegalStateException("Fuseki did not answer " + ping.uri() + " within " + START_LIMIT.toSeconds()
                + " s; log:\n" + logTail());
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void writePasswordFile() {
        // Jetty's property format, "user: password[,role]": these characters would be misread.
        for (String part : new String[] {user, password})
            if (part.isEmpty() || part.chars().anyMatch(c -> c == ':' || c == ',' || Character.isWhitespace(c)))
                throw new IllegalArgumentException("User and password must be non-empty, without ':', ',' or spaces");
        try {
            Files.createDirectories(workDir);
            Files.writeString(passwordFile(), user + ": " + password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + passwordFile(), e);
        }
    }

    private static void requireFile(Path file, String hint) {
        if (!Files.isRegularFile(file))
            throw new IllegalStateException(file.toAbsolutePath() + " not found: " + hint);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
