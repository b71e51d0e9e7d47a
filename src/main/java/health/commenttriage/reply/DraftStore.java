package health.commenttriage.reply;

import health.commenttriage.classify.Classification;
import health.commenttriage.classify.Label;
import health.commenttriage.classify.MessageClassifier;
import health.commenttriage.message.Message;
import health.commenttriage.practice.Practice;
import health.commenttriage.queue.TriageItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Keeps an item's drafts in step with what is known of it: drafted anew whenever a message joins the
 * item or is edited, from the item's labels and the newest message's language.
 */
@ApplicationScoped
public class DraftStore {

    private final ReplyDrafter drafter;

    public DraftStore(ReplyDrafter drafter) {
        this.drafter = drafter;
    }

    public List<ReplyDraft> draftsOf(long itemId) {
        return ReplyDraft.list("triageItemId = ?1 order by id", itemId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void redraft(TriageItem item, Message newest) {
        List<Label> labels = item.labels.stream().map(Label::valueOf).toList();
        Classification forItem = new Classification(labels.isEmpty() ? List.of(Label.OTHER) : labels,
                "P" + item.priority, newest.lang, item.selfHarm,
                // the newest message's evidence says whether rules or only the statistical layer saw an emergency
                MessageClassifier.stored(newest.classification).evidence(), List.of(), "item", false);
        Drafts drafts = drafter.draft(forItem, newest.text, item.channel, newest.platform,
                Practice.findById(item.practiceId));
        ReplyDraft.delete("triageItemId", item.id);
        for (Draft draft : drafts.drafts()) {
            ReplyDraft stored = new ReplyDraft();
            stored.triageItemId = item.id;
            stored.kind = draft.kind();
            stored.lang = draft.lang();
            stored.text = draft.text();
            stored.persist();
        }
        item.recommendHide = drafts.recommendHide();
    }
}
