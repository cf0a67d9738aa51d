/*
 * Neo4j embedded launcher
 * =======================
 * Runs Neo4j Community from the Maven Central jars with only the Bolt connector, so the project needs no
 * Docker image and no tarball: scripts/neo4j/server.ts spawns this class and waits for its READY line.
 *
 * Usage: java [jvm flags] -cp <classes>:<jars> Launcher --data-dir DIR --port N
 *            [--host 127.0.0.1] [--page-cache 256m] [--exit-on-stdin-eof]
 * Environment: NEO4J_PASSWORD (optional). Set: auth is enabled and the `neo4j` user gets that password.
 * Unset or empty: auth is disabled. It is read here, never taken as an argument, so it shows in no process list.
 *
 * stdout carries exactly one line, `NEO4J READY bolt://HOST:PORT`, once Bolt accepts sessions; everything else
 * (Neo4j's user log, errors) goes to stderr. SIGTERM/SIGINT shut the DBMS down cleanly through a shutdown hook.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {
    private static final String ORIGIN = "scripts/neo4j/Launcher: ";
    private static final long AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private Launcher() {}

    private static final class Options {
        Path dataDir;
        String host = "127.0.0.1";
        int port = -1;
        String pageCache = "256m";
        boolean exitOnStdinEof;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(ORIGIN + e.getMessage());
            System.exit(2);
            return;
        }

        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before build(): a SIGTERM that lands while the DBMS is still starting must still close the
        // store, otherwise the next start on this data dir pays for recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = running.getAndSet(null);
            if (dbms != null) {
                System.err.println(ORIGIN + "shutting down");
                try {
                    dbms.shutdown();
                } catch (RuntimeException e) {
                    System.err.println(ORIGIN + "shutdown failed: " + e);
                }
            }
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        try {
            start(options, running);
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            // Last, so the tail the supervisor quotes in its error names the cause rather than stack frames.
            System.err.println(ORIGIN + "Neo4j failed to start: " + messages(t));
            // halt() would skip the hook; exit() runs it, which closes whatever part of the DBMS did start.
            System.exit(1);
            return;
        }

        System.out.println("NEO4J READY bolt://" + options.host + ":" + options.port);
        System.out.flush();

        if (options.exitOnStdinEof) {
            // The supervisor keeps our stdin open; EOF means it died without stopping us. Exiting then keeps a
            // crashed test run from leaving a JVM holding the port and the store lock.
            Thread watcher = new Thread(() -> {
                waitForEof(System.in);
                System.err.println(ORIGIN + "stdin closed, the supervisor is gone");
                System.exit(0);
            }, "neo4j-launcher-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void start(Options o, AtomicReference<DatabaseManagementService> running) throws IOException {
        Files.createDirectories(o.dataDir);
        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(o.dataDir)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(o.host, o.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(o.host, o.port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(o.pageCache))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // No network here but loopback: the usage reporter would only retry and log failures.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Preallocating transaction logs writes 256 MiB per database up front: slow and wasteful for
                // throw-away test stores, and no gain at this project's write volume.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Netty's default 5 s "quiet period", waited twice, made every clean stop take ~10 s doing nothing.
                // Internal setting, but the version is pinned, and a rename would fail the compile, not the run.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        running.set(dbms);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            throw new IllegalStateException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' not available after " + AVAILABLE_TIMEOUT_MS + " ms");
        }
        if (auth) {
            setPassword(dbms, password);
        }
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password),
                    result -> null,
                    Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            // A restart on the same data dir with the same password: Neo4j refuses to "change" a password to
            // itself, which here only means there is nothing to do. Any other refusal (too short…) is fatal.
            if (!String.valueOf(messages(e)).contains("Old password and new password cannot be the same")) {
                throw new IllegalStateException("could not set the password of user 'neo4j': " + messages(e), e);
            }
        }
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            String message = c.getMessage() != null ? c.getMessage() : c.getClass().getName();
            // Wrapping exceptions often repeat their cause's message verbatim; once is enough.
            if (all.indexOf(message) >= 0) continue;
            if (all.length() > 0) all.append(" <- ");
            all.append(message);
        }
        return all.toString();
    }

    private static void waitForEof(InputStream in) {
        byte[] sink = new byte[256];
        try {
            while (in.read(sink) != -1) {
                // The supervisor never writes; anything it does is ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe is the same news as EOF.
        }
    }

    private static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data-dir" -> o.dataDir = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--host" -> o.host = value(args, ++i, arg);
                case "--port" -> o.port = port(value(args, ++i, arg));
                case "--page-cache" -> {
                    o.pageCache = value(args, ++i, arg);
                    try {
                        ByteUnit.parse(o.pageCache);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--page-cache: not a size: " + o.pageCache);
                    }
                }
                case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (o.dataDir == null) throw new IllegalArgumentException("--data-dir is required");
        if (o.port < 1) throw new IllegalArgumentException("--port is required (1-65535)");
        return o;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
        return args[i];
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port: not a port number: " + text);
        }
    }
}
