package health.commenttriage.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabasePlanTest {

    private static final Properties NO_PROPERTIES = new Properties();

    @Test
    void aJdbcUrlMeansTheExternalDatabaseInEveryMode() {
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/triage",
                "TRIAGE_EMBEDDED_DB", "true");
        assertThat(DatabasePlan.decide(env, NO_PROPERTIES, true).kind()).isEqualTo(DatabasePlan.Kind.EXTERNAL);
        assertThat(DatabasePlan.decide(env, NO_PROPERTIES, false).kind()).isEqualTo(DatabasePlan.Kind.EXTERNAL);
    }

    @Test
    void theJarRefusesToStartWithoutADatabaseChoice() {
        DatabasePlan plan = DatabasePlan.decide(Map.of(), NO_PROPERTIES, true);
        assertThat(plan.kind()).isEqualTo(DatabasePlan.Kind.REFUSE);
        assertThat(plan.refusal()).contains("QUARKUS_DATASOURCE_JDBC_URL").contains("TRIAGE_EMBEDDED_DB=true")
                .doesNotContain("\n");
        assertThat(DatabasePlan.decide(Map.of("TRIAGE_EMBEDDED_DB", "yes"), NO_PROPERTIES, true).kind())
                .isEqualTo(DatabasePlan.Kind.REFUSE);
        assertThat(DatabasePlan.decide(Map.of("QUARKUS_DATASOURCE_JDBC_URL", " "), NO_PROPERTIES, true).kind())
                .isEqualTo(DatabasePlan.Kind.REFUSE);
    }

    @Test
    void theJarRunsEmbeddedOnlyWhenAskedWithItsDataDirectory() {
        assertThat(DatabasePlan.decide(Map.of("TRIAGE_EMBEDDED_DB", "true"), NO_PROPERTIES, true))
                .isEqualTo(new DatabasePlan(DatabasePlan.Kind.EMBEDDED, Path.of("./data/pg"), null));
        assertThat(DatabasePlan.decide(Map.of("TRIAGE_EMBEDDED_DB", "TRUE", "TRIAGE_DATA_DIR", "/var/lib/triage"),
                NO_PROPERTIES, true).dataDirectory()).isEqualTo(Path.of("/var/lib/triage"));
    }

    @Test
    void devModeIsEmbeddedByDefaultUnlessTurnedOff() {
        assertThat(DatabasePlan.decide(Map.of(), NO_PROPERTIES, false))
                .isEqualTo(new DatabasePlan(DatabasePlan.Kind.EMBEDDED, Path.of("target/dev-pg"), null));
        assertThat(DatabasePlan.decide(Map.of("TRIAGE_EMBEDDED_DB", "false"), NO_PROPERTIES, false).kind())
                .isEqualTo(DatabasePlan.Kind.REFUSE);
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://other/triage");
        assertThat(DatabasePlan.decide(Map.of(), properties, true).kind()).isEqualTo(DatabasePlan.Kind.EXTERNAL);
    }
}
