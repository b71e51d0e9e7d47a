package health.commenttriage.reply;

import java.util.List;

/**
 * The drafts for a message, and what staff should do besides replying.
 *
 * @param recommendHide the comment should be hidden: it discloses health details publicly, or is spam
 * @param noReply       no reply is needed (spam, or nothing to answer)
 */
public record Drafts(List<Draft> drafts, boolean recommendHide, boolean noReply) {
}
