package health.commenttriage.ingest;

import health.commenttriage.message.NewMessage;
import java.util.List;

/**
 * What one delivery holds: the platform account it was sent to, and the inbound messages in it.
 * A delivery with no messages (a read receipt, our own echo) is stored and marked IGNORED.
 */
public record ParsedDelivery(String accountPlatform, String accountId, List<NewMessage> messages) {
}
