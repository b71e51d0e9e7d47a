package health.commenttriage.reply;

/** One suggested reply; staff edit and send it themselves. */
public record Draft(Kind kind, String lang, String text) {

    public enum Kind {
        /** a short reply under a public comment */
        PUBLIC_REPLY,
        /** the fuller follow-up sent privately to the writer of a comment (Meta private reply, X DM) */
        PRIVATE_REPLY,
        /** the reply to a direct message */
        DM_REPLY
    }
}
