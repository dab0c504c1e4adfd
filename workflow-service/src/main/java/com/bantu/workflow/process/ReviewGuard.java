package com.bantu.workflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on every order review ({@code assignment}, {@code complete}):
 * <ul>
 *   <li>assignment: refuses the order's own sales user and the reviewer of an earlier stage as assignee;</li>
 *   <li>complete: refuses the same people as the one completing (transient variable {@code actor_id}), then keeps
 *       the reviewer and comment as the instance's last decision and adds the reviewer to {@code reviewers}.</li>
 * </ul>
 * The service records the audit (who, outcome, comment as task-local variables) before completing.
 */
@Component("reviewGuard")
public class ReviewGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    refuse(task, task.getAssignee());
                }
            }
            case EVENTNAME_COMPLETE -> {
                Object actor = task.getTransientVariable(Vars.ACTOR_ID);
                String actorId = actor == null ? task.getAssignee() : actor.toString();
                refuse(task, actorId);
                Object comment = task.getTransientVariable(Vars.COMMENT);
                task.setVariable(Vars.LAST_ACTOR, actorId);
                task.setVariable(Vars.LAST_COMMENT, comment);
                List<String> reviewers = new ArrayList<>(reviewers(task));
                reviewers.add(actorId);
                task.setVariable(Vars.REVIEWERS, String.join(",", reviewers));
            }
            default -> {
            }
        }
    }

    /** Why {@code userId} may not review this task, or null when they may. */
    public static String refusal(String userId, Object salesUserId, Object reviewers) {
        if (userId == null) {
            return null;
        }
        if (Objects.equals(userId, salesUserId)) {
            return "the order's own sales user cannot review it";
        }
        if (reviewers != null && List.of(reviewers.toString().split(",")).contains(userId)) {
            return "a reviewer of an earlier stage cannot review this stage too";
        }
        return null;
    }

    private static void refuse(DelegateTask task, String userId) {
        String reason = refusal(userId, task.getVariable(Vars.SALES_USER_ID), task.getVariable(Vars.REVIEWERS));
        if (reason != null) {
            throw new ReviewRefusedException(reason);
        }
    }

    private static Collection<String> reviewers(DelegateTask task) {
        Object r = task.getVariable(Vars.REVIEWERS);
        return r == null || r.toString().isBlank() ? List.of() : List.of(r.toString().split(","));
    }

}
