package com.bantu.business.order;

import com.bantu.business.internal.StageCompletedV1;
import com.bantu.business.support.Params;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.common.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processing stages of an order. A stage moves pending → in_progress → completed, pending|in_progress → cancelled
 * (409 otherwise), stamping {@code started_at} / {@code completed_at} (progress 100 on completion). Stages move only
 * while the order is assigned or processing; the first stage started moves an assigned order to processing, and
 * when every stage that is not cancelled is completed the order is completed. Each completed stage publishes
 * {@code stage.completed} (finance makes milestone payments due).
 */
@Service
public class OrderStageService {

    private static final Map<String, Set<String>> NEXT = Map.of(
            "pending", Set.of("in_progress", "cancelled"),
            "in_progress", Set.of("completed", "cancelled"));

    public record StageRequest(@NotBlank @Size(max = 255) String stageName, @Size(max = 100) String stageCode,
                               @NotNull @Min(1) Integer stageOrder, @Size(max = 36) String assignedToUserId,
                               String notes) {
    }

    public record StageUpdate(@Size(max = 50) String status, @Min(0) @Max(100) Integer progressPercent, String notes,
                              @Size(max = 36) String assignedToUserId) {
    }

    public record StageResponse(String id, String orderId, String stageName, String stageCode, int stageOrder,
                                String status, LocalDateTime startedAt, LocalDateTime completedAt,
                                int progressPercent, String notes, String assignedToUserId, String createdBy,
                                String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {
        static StageResponse of(OrderStage s) {
            return new StageResponse(s.getId(), s.orderId, s.stageName, s.stageCode, s.stageOrder, s.status,
                    s.startedAt, s.completedAt, s.progressPercent, s.notes, s.assignedToUserId, s.createdBy,
                    s.updatedBy, s.getCreatedAt(), s.getUpdatedAt());
        }
    }

    private final OrderService orders;
    private final OrderRepository orderRows;
    private final OrderStageRepository stages;
    private final OrderEvents orderEvents;
    private final IntegrationEvents events;

    public OrderStageService(OrderService orders, OrderRepository orderRows, OrderStageRepository stages,
                             OrderEvents orderEvents, IntegrationEvents events) {
        this.orders = orders;
        this.orderRows = orderRows;
        this.stages = stages;
        this.orderEvents = orderEvents;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<StageResponse> list(String orderId) {
        orders.requireReadable(orderId);
        return stages.findByOrderIdOrderByStageOrderAscCreatedAtAsc(orderId).stream().map(StageResponse::of).toList();
    }

    @Transactional
    public StageResponse create(String orderId, StageRequest r) {
        Order o = orders.lockWritable(orderId);
        if (OrderStatus.isFinal(o.statusCode)) {
            throw new ConflictException("订单已完成或已取消，不能添加阶段");
        }
        OrderStage s = new OrderStage();
        s.orderId = orderId;
        s.stageName = r.stageName().trim();
        s.stageCode = r.stageCode();
        s.stageOrder = r.stageOrder();
        s.assignedToUserId = r.assignedToUserId();
        s.notes = r.notes();
        s.createdBy = CurrentUser.id();
        s.updatedBy = s.createdBy;
        stages.saveAndFlush(s);
        return StageResponse.of(s);
    }

    @Transactional
    public StageResponse update(String orderId, String stageId, StageUpdate r) {
        Order o = orders.lockWritable(orderId);
        OrderStage s = stages.findById(stageId).filter(x -> x.orderId.equals(orderId))
                .orElseThrow(() -> new NotFoundException("订单阶段不存在"));
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        if (r.status() != null && !r.status().equals(s.status)) {
            String to = Params.oneOf("status", r.status(), List.of("pending", "in_progress", "completed",
                    "cancelled"));
            if (!NEXT.getOrDefault(s.status, Set.of()).contains(to)) {
                throw new ConflictException("订单阶段状态不能从 " + s.status + " 变为 " + to);
            }
            String orderStatus = OrderStatus.normalize(o.statusCode);
            if (!OrderStatus.ASSIGNED.equals(orderStatus) && !OrderStatus.PROCESSING.equals(orderStatus)) {
                throw new ConflictException("只有已分配或处理中的订单可以推进阶段 (status " + orderStatus + ")");
            }
            s.status = to;
            if ("in_progress".equals(to)) {
                s.startedAt = now;
                if (OrderStatus.ASSIGNED.equals(orderStatus)) {
                    o.statusCode = OrderStatus.PROCESSING;
                    o.actualStartDate = LocalDate.now();
                }
            } else if ("completed".equals(to)) {
                s.completedAt = now;
                s.progressPercent = 100;
                events.publish(new StageCompletedV1(orderId, o.orderNumber, s.getId(), s.stageCode, s.stageName));
            }
        }
        if (r.progressPercent() != null && !"completed".equals(s.status)) {
            s.progressPercent = r.progressPercent();
        }
        if (r.notes() != null) {
            s.notes = r.notes();
        }
        if (r.assignedToUserId() != null) {
            s.assignedToUserId = r.assignedToUserId().isBlank() ? null : r.assignedToUserId();
        }
        s.updatedBy = CurrentUser.id();
        stages.saveAndFlush(s);
        orderRows.saveAndFlush(o);
        if ("completed".equals(s.status) || "cancelled".equals(s.status)) {
            completeOrderWhenDone(o, now);
        }
        return StageResponse.of(s);
    }

    private void completeOrderWhenDone(Order o, LocalDateTime now) {
        List<OrderStage> all = stages.findByOrderIdOrderByStageOrderAscCreatedAtAsc(o.getId());
        boolean anyCompleted = all.stream().anyMatch(x -> "completed".equals(x.status));
        boolean open = all.stream().anyMatch(x -> !"completed".equals(x.status) && !"cancelled".equals(x.status));
        if (anyCompleted && !open && OrderStatus.PROCESSING.equals(OrderStatus.normalize(o.statusCode))) {
            o.statusCode = OrderStatus.COMPLETED;
            o.actualCompletionDate = now.toLocalDate();
            o.updatedBy = CurrentUser.id();
            orderRows.saveAndFlush(o);
            orderEvents.completed(o);
        }
    }
}
