package health.commenttriage.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Decides, before Quarkus reads its configuration, where the datasource comes from: an external
 * PostgreSQL, the embedded one, or nowhere (the service refuses to start). Reads environment
 * variables and system properties only, because Quarkus' own configuration does not exist yet.
 */
public record DatabasePlan(Kind kind, Path dataDirectory, String refusal) {

    public enum Kind {
        EXTERNAL, EMBEDDED, REFUSE
    }

    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_ENV = "TRIAGE_EMBEDDED_DB";
    static final String DATA_DIR_ENV = "TRIAGE_DATA_DIR";
    static final String PROD_DATA_DIR = "./data/pg";
    static final String DEV_DATA_DIR = "target/dev-pg";

    public static final String REFUSAL = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL "
            + "(with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD) to use your PostgreSQL, "
            + "or TRIAGE_EMBEDDED_DB=true to run the embedded PostgreSQL with its data in TRIAGE_DATA_DIR "
            + "(default " + PROD_DATA_DIR + ").";

    /**
     * @param production true for the packaged application (the {@code prod} profile), false for dev mode
     */
    public static DatabasePlan decide(Map<String, String> env, Properties systemProperties, boolean production) {
        if (!isBlank(setting(env, systemProperties, JDBC_URL_ENV, JDBC_URL_PROPERTY))) {
            return new DatabasePlan(Kind.EXTERNAL, null, null);
        }
        String embedded = setting(env, systemProperties, EMBEDDED_ENV, "triage.embedded-db");
        String dataDir = setting(env, systemProperties, DATA_DIR_ENV, "triage.data-dir");
        if (production) {
            // never write patients' messages into a database nobody chose
            if (!"true".equalsIgnoreCase(trim(embedded))) {
                return new DatabasePlan(Kind.REFUSE, null, REFUSAL);
            }
            return new DatabasePlan(Kind.EMBEDDED, Path.of(isBlank(dataDir) ? PROD_DATA_DIR : dataDir.trim()), null);
        }
        if ("false".equalsIgnoreCase(trim(embedded))) {
            return new DatabasePlan(Kind.REFUSE, null, REFUSAL);
        }
        return new DatabasePlan(Kind.EMBEDDED, Path.of(isBlank(dataDir) ? DEV_DATA_DIR : dataDir.trim()), null);
    }

    private static String setting(Map<String, String> env, Properties systemProperties, String envName,
            String propertyName) {
        String fromProperty = systemProperties.getProperty(propertyName);
        return fromProperty != null ? fromProperty : env.get(envName);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
