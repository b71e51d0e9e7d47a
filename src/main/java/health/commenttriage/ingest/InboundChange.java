package health.commenttriage.ingest;

import health.commenttriage.message.NewMessage;

/**
 * One thing a platform told us about an inbound message, with the platform account it was sent to
 * (which decides the practice).
 *
 * @param accountPlatform the platform of the receiving account: facebook (pages, also for Messenger),
 *                        instagram, x or generic
 * @param message         the message as it is now; for a withdrawal only its platform and id matter
 */
public record InboundChange(Kind kind, String accountPlatform, String accountId, NewMessage message) {

    public enum Kind {
        /** a new comment, post, review or direct message */
        NEW,
        /** the writer edited it: the text changes, the earlier text is kept in history */
        EDITED,
        /** the writer removed the comment or unsent the message */
        WITHDRAWN
    }

    public static InboundChange created(String accountPlatform, String accountId, NewMessage message) {
        return new InboundChange(Kind.NEW, accountPlatform, accountId, message);
    }

    public static InboundChange edited(String accountPlatform, String accountId, NewMessage message) {
        return new InboundChange(Kind.EDITED, accountPlatform, accountId, message);
    }

    public static InboundChange withdrawn(String accountPlatform, String accountId, NewMessage message) {
        return new InboundChange(Kind.WITHDRAWN, accountPlatform, accountId, message);
    }
}
