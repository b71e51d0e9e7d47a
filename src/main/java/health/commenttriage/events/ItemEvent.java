package health.commenttriage.events;

/** A change of an item, as browsers hear of it: ids only, never text. */
public record ItemEvent(long id, String type, long itemId, long practiceId) {

    public static final String CREATED = "item.created";
    public static final String UPDATED = "item.updated";
    public static final String CLAIMED = "item.claimed";
    public static final String RELEASED = "item.released";
    public static final String CLOSED = "item.closed";

    /** Reads the NOTIFY payload "event id,type,item id,practice id". */
    static ItemEvent parse(String payload) {
        String[] parts = payload.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an item event payload");
        }
        return new ItemEvent(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
    }

    /** The SSE data: a small JSON object. */
    String json() {
        return "{\"id\":" + id + ",\"type\":\"" + type + "\",\"itemId\":" + itemId + ",\"practiceId\":" + practiceId + "}";
    }
}
