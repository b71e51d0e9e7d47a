package health.commenttriage.ingest;

/** Turns the raw body of one platform's delivery into normalised messages. */
public interface DeliveryParser {

    /** The {@code inbound_event.platform} this parser reads. */
    String platform();

    ParsedDelivery parse(InboundEvent delivery) throws MalformedDeliveryException;
}
