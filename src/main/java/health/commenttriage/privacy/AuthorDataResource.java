package health.commenttriage.privacy;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.ProblemException;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageRevision;
import health.commenttriage.queue.TriageItem;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A person's data requests: everything stored about one platform author, as JSON, and its erasure.
 * Both are audited with a digest of the author id, so the trail shows that a request was served
 * without keeping who it was about.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/authors/{platform}/{authorId}")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorDataResource {


    public record Revision(String text, OffsetDateTime replacedAt) {
    }

    public record StoredMessage(long id, Long itemId, String platformMessageId, String channel, String authorName,
            String text, String permalink, String lang, List<String> labels, OffsetDateTime createdAt,
            OffsetDateTime receivedAt, String state, OffsetDateTime redactedAt, List<Revision> revisions) {
    }

    public record StoredItem(long id, String status, List<String> labels, String sentText, OffsetDateTime sentAt) {
    }

    public record Export(String platform, String authorId, List<StoredMessage> messages, List<StoredItem> items) {
    }

    public record Erased(String platform, int messages, int items, int deliveries) {
    }

    private final Redaction redaction;
    private final AuditTrail audit;
    private final StaffMember member;

    public AuthorDataResource(Redaction redaction, AuditTrail audit, StaffMember member) {
        this.redaction = redaction;
        this.audit = audit;
        this.member = member;
    }

    @GET
    @Transactional
    @Operation(summary = "Exports everything stored about one platform author (a data access request)")
    @APIResponse(responseCode = "200", description = "the author's messages, their revisions and the items they are in;"
            + " empty lists when nothing is stored")
    @APIResponse(responseCode = "400", description = "unknown platform or unusable author id")
    public Export export(@PathParam("platform") String platform, @PathParam("authorId") String authorId) {
        List<Message> messages = messagesOf(platform, authorId);
        List<StoredMessage> stored = messages.stream().map(m -> new StoredMessage(m.id, m.triageItemId,
                m.platformMessageId, m.channel, m.authorName, m.text, m.permalink, m.lang, m.labels, m.createdAt,
                m.receivedAt, m.state, m.redactedAt,
                MessageRevision.<MessageRevision>list("messageId = ?1 order by id", m.id).stream()
                        .map(r -> new Revision(r.text, r.replacedAt)).toList())).toList();
        List<StoredItem> items = messages.stream().map(m -> m.triageItemId).filter(id -> id != null).distinct()
                .map(id -> (TriageItem) TriageItem.findById(id))
                .map(i -> new StoredItem(i.id, i.status.name(), i.labels, i.sentText, i.sentAt)).toList();
        audit.record(member.name(), "author.exported", null, null, details(platform, authorId, messages.size()));
        return new Export(platform, authorId, stored, items);
    }

    @DELETE
    @Transactional
    @Operation(summary = "Erases everything stored about one platform author: text, names, drafts, raw deliveries"
            + " and the link to the author; labels and timings stay for the reports")
    @APIResponse(responseCode = "200", description = "what was erased, as counts")
    @APIResponse(responseCode = "400", description = "unknown platform or unusable author id")
    public Erased erase(@PathParam("platform") String platform, @PathParam("authorId") String authorId) {
        List<Long> ids = messagesOf(platform, authorId).stream().map(m -> m.id).toList();
        Redaction.Counts counts = redaction.redact(ids, true);
        Map<String, Object> details = details(platform, authorId, counts.messages());
        details.put("items", counts.items());
        details.put("deliveries", counts.deliveries());
        audit.record(member.name(), "author.erased", null, null, details);
        return new Erased(platform, counts.messages(), counts.items(), counts.deliveries());
    }

    private List<Message> messagesOf(String platform, String authorId) {
        if (!Message.PLATFORMS.contains(platform)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "platform must be one of " + Message.PLATFORMS);
        }
        if (authorId.isBlank() || authorId.length() > 200) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "authorId must have 1 to 200 characters");
        }
        List<Long> practices = member.practiceIds();
        return practices == null
                ? Message.list("platform = ?1 and authorId = ?2 order by id", platform, authorId)
                : Message.list("platform = ?1 and authorId = ?2 and practiceId in ?3 order by id", platform, authorId,
                        practices);
    }

    private static Map<String, Object> details(String platform, String authorId, int messages) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("platform", platform);
        details.put("authorIdSha256", sha256(authorId));
        details.put("messages", messages);
        return details;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
