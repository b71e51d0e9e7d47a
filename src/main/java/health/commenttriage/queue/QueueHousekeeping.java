package health.commenttriage.queue;

import health.commenttriage.events.ItemEvents;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Timed upkeep of the queue, on every replica (each job is safe to run on several at once). */
@ApplicationScoped
public class QueueHousekeeping {

    private final ItemWorkflow workflow;
    private final ItemEvents events;

    public QueueHousekeeping(ItemWorkflow workflow, ItemEvents events) {
        this.workflow = workflow;
        this.events = events;
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseExpiredClaims() {
        workflow.releaseExpiredClaims();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneEvents() {
        events.prune();
    }
}
