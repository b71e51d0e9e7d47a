package health.commenttriage.ingest;

import java.sql.SQLException;

/** An attempt at one delivery failed for a reason that may pass (the database, a bug); it is retried. */
public class DeliveryAttemptFailed extends RuntimeException {

    private final long deliveryId;

    public DeliveryAttemptFailed(long deliveryId, Throwable cause) {
        super("processing delivery " + deliveryId + " failed", cause);
        this.deliveryId = deliveryId;
    }

    public long deliveryId() {
        return deliveryId;
    }

    /**
     * What went wrong, safe to store and log: exception types and SQL states only, because database
     * messages can quote the row, and the row holds the message text.
     */
    public String safeReason() {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                reason.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return reason.toString();
    }
}
