package health.commenttriage.ingest;

/**
 * A signed delivery whose content cannot be turned into messages. Retrying will not help, so the
 * delivery is kept as FAILED. The message names what is wrong, never the content itself.
 */
public class MalformedDeliveryException extends Exception {

    public MalformedDeliveryException(String reason) {
        super(reason);
    }
}
