package health.commenttriage.web;

import health.commenttriage.classify.Classification;
import health.commenttriage.classify.Classifier;
import health.commenttriage.practice.PracticeService;
import health.commenttriage.reply.Draft;
import health.commenttriage.reply.Drafts;
import health.commenttriage.reply.ReplyDrafter;
import health.commenttriage.user.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Try a message: paste a text, see its labels, the words that fired and the drafts. Nothing is stored. */
@Path("/try")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.STAFF)
public class TryPage {

    private static final int MAX_TEXT = 20_000;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance tryMessage();

        static native TemplateInstance tryResult(Classification classification, List<Highlights.Piece> pieces,
                List<Draft> drafts, boolean recommendHide, boolean noReply, String error);
    }

    private final Classifier classifier;
    private final ReplyDrafter drafter;
    private final PracticeService practices;

    public TryPage(Classifier classifier, ReplyDrafter drafter, PracticeService practices) {
        this.classifier = classifier;
        this.drafter = drafter;
        this.practices = practices;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.tryMessage();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance result(@FormParam("text") String text, @FormParam("channel") String channel,
            @FormParam("platform") String platform, @FormParam("lang") String lang) {
        if (text == null || text.isBlank()) {
            return Templates.tryResult(null, List.of(), List.of(), false, false, "Paste or type a message first.");
        }
        String message = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String kind = "dm".equals(channel) ? "dm" : "comment";
        String where = platform != null && PageGlobals.platforms.contains(platform) ? platform : "facebook";
        String language = "en".equals(lang) || "es".equals(lang) ? lang : null;
        Classification classification = classifier.classify(message, kind, language);
        Drafts drafts = drafter.draft(classification, message, kind, where, practices.mainPractice());
        return Templates.tryResult(classification, Highlights.pieces(message, Highlights.spans(classification)), drafts.drafts(),
                drafts.recommendHide(), drafts.noReply(), null);
    }
}
