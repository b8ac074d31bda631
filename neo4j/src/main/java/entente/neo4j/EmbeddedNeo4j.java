package entente.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in-process with Bolt on 127.0.0.1 only, for entente's local default.
 *
 * Configured by environment variables (the Node side passes them):
 *   NEO4J_DATA_DIR    database home (default .neo4j)
 *   NEO4J_BOLT_PORT   Bolt port; 0 picks a free one (default 7687)
 *   NEO4J_PAGECACHE   page cache in MiB (default 256)
 *   NEO4J_TX_TIMEOUT  default transaction timeout in seconds (default 60)
 *   NEO4J_TX_MEMORY   most heap one transaction may hold, in MiB (db.memory.transaction.max;
 *                     default 256); NEO4J_TX_MEMORY_TOTAL the most all of them together may hold
 *                     (db.memory.transaction.total.max; default 0: no limit)
 *
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections.
 * Stops cleanly on SIGTERM/SIGINT, and on its own when the process that started it dies.
 */
public final class EmbeddedNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    Path home = Path.of(env("NEO4J_DATA_DIR", ".neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    long pageCacheMiB = Long.parseLong(env("NEO4J_PAGECACHE", "256"));
    long txTimeoutSeconds = Long.parseLong(env("NEO4J_TX_TIMEOUT", "60"));
    long txMemoryMiB = Long.parseLong(env("NEO4J_TX_MEMORY", "256"));
    long txMemoryTotalMiB = Long.parseLong(env("NEO4J_TX_MEMORY_TOTAL", "0"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
        // Loopback only, so the local default runs without credentials.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        // A query that would fill the heap fails alone (MemoryLimitExceeded) instead of taking the
        // JVM down with an OutOfMemoryError; the caller answers 422 memory_limit.
        // Measured: without tracking switched on here, the caps below were not enforced.
        .setConfig(GraphDatabaseSettings.memory_tracking, true)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMiB * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotalMiB * 1024 * 1024)
        // LOAD CSV must not read the machine's files.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Bolt otherwise waits up to 10 s for idle connections at shutdown; Ctrl-C should be prompt.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    exitWhenParentDies();

    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bolt = db.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    System.out.println("NEO4J_READY bolt://" + HOST + ":" + bolt.getPort());
    System.out.flush();
  }

  /** A JVM orphaned by a killed parent would hold the port and the store lock forever. */
  private static void exitWhenParentDies() {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (parent.isEmpty()) {
      return;
    }
    Thread watcher = new Thread(() -> {
      while (parent.get().isAlive()) {
        try {
          TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
      System.exit(0);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
