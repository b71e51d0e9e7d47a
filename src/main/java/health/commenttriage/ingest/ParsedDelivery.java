package health.commenttriage.ingest;

import java.util.List;

/**
 * What one delivery holds: the changes to inbound messages in it, in order. A delivery with no changes
 * (a read receipt, our own echo, a page setting) is stored and marked IGNORED.
 */
public record ParsedDelivery(List<InboundChange> changes) {

    public static ParsedDelivery of(List<InboundChange> changes) {
        return new ParsedDelivery(List.copyOf(changes));
    }
}
