package health.commenttriage.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void migrationsApplyOnTheEmptyTestDatabase() throws SQLException {
        assertThat(queryStrings("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .startsWith("1");
        assertThat(queryStrings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("practice", "channel_account", "inbound_event", "message", "message_revision",
                        "triage_item", "reply_draft", "audit_event");
    }

    @Test
    void theQueueHasAnIndexForOpenItemsByPriorityThenDueTime() throws SQLException {
        assertThat(queryStrings("SELECT indexdef FROM pg_indexes WHERE indexname = 'triage_item_open_queue_idx'"))
                .singleElement().asString()
                .contains("(priority, due_at, id)")
                .contains("'NEW'", "'CLAIMED'", "'ESCALATED'");
    }

    @Test
    void aDeliveryIsStoredOncePerPlatformAndDeliveryId() throws SQLException {
        String insert = "INSERT INTO inbound_event (platform, delivery_id, body) VALUES ('x', 'dup-delivery-1', 'a')";
        execute(insert);
        assertThatThrownBy(() -> execute(insert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("inbound_event_delivery_uq");
        // the same id on another platform is another delivery
        execute("INSERT INTO inbound_event (platform, delivery_id, body) VALUES ('generic', 'dup-delivery-1', 'a')");
    }

    @Test
    void aMessageIsStoredOncePerPlatformAndPlatformMessageId() throws SQLException {
        long practice = insertReturningId("INSERT INTO practice (slug, name) VALUES ('schema-test', 'P') RETURNING id");
        long event = insertReturningId(
                "INSERT INTO inbound_event (platform, delivery_id, body) VALUES ('meta', 'schema-msg', 'b') RETURNING id");
        String insert = "INSERT INTO message (practice_id, inbound_event_id, platform, channel, platform_message_id,"
                + " text, created_at) VALUES (" + practice + ", " + event + ", 'facebook', 'comment', 'c-1', 't', now())";
        execute(insert);
        assertThatThrownBy(() -> execute(insert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("message_platform_message_uq");
    }

    @Test
    void aChannelAccountBelongsToOnePractice() throws SQLException {
        long a = insertReturningId("INSERT INTO practice (slug, name) VALUES ('acct-a', 'A') RETURNING id");
        long b = insertReturningId("INSERT INTO practice (slug, name) VALUES ('acct-b', 'B') RETURNING id");
        execute("INSERT INTO channel_account (practice_id, platform, account_id) VALUES (" + a + ", 'x', '42')");
        assertThatThrownBy(() -> execute(
                "INSERT INTO channel_account (practice_id, platform, account_id) VALUES (" + b + ", 'x', '42')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("channel_account_platform_account_uq");
    }

    @Test
    void aConversationHasAtMostOneOpenItem() throws SQLException {
        long practice = insertReturningId("INSERT INTO practice (slug, name) VALUES ('conv', 'C') RETURNING id");
        String open = "INSERT INTO triage_item (practice_id, platform, channel, conversation_key, priority)"
                + " VALUES (" + practice + ", 'generic', 'dm', 'generic:conv-1', 3)";
        execute(open);
        assertThatThrownBy(() -> execute(open)).isInstanceOf(SQLException.class)
                .hasMessageContaining("triage_item_open_conversation_uq");
        execute("UPDATE triage_item SET status = 'SENT' WHERE conversation_key = 'generic:conv-1'");
        execute(open);
    }

    @Test
    void theAuditTrailIsAppendOnly() throws SQLException {
        execute("INSERT INTO audit_event (actor, action) VALUES ('test', 'schema.checked')");
        assertThatThrownBy(() -> execute("UPDATE audit_event SET actor = 'someone else'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void theEmbeddedTestServerIsPostgres17() throws SQLException {
        assertThat(queryStrings("SHOW server_version")).singleElement().asString().startsWith("17.");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long insertReturningId(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> queryStrings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
