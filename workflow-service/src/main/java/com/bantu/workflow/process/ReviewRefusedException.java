package com.bantu.workflow.process;

import org.flowable.common.engine.api.FlowableException;

/**
 * Thrown inside the engine when a review would be assigned to or completed by someone who may not do it (the
 * order's own sales user, or the reviewer of the previous stage); the whole command rolls back. The services check
 * the same rules first and answer 403, so this is the engine-side guarantee behind them.
 */
public class ReviewRefusedException extends FlowableException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
