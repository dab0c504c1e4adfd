package com.bantu.analytics.alert;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.security.CurrentUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with alerts: list the open ones, browse the history, acknowledge, resolve. */
@Service
public class AlertService {

    static final String NOT_FOUND = "预警不存在";

    private final AlertRepository alerts;

    public AlertService(AlertRepository alerts) {
        this.alerts = alerts;
    }

    /** ACTIVE alerts as the original (acknowledged ones leave the list), or every open one when asked. */
    @Transactional(readOnly = true)
    public AlertList active(boolean includeAcknowledged) {
        List<AlertStatus> statuses = includeAcknowledged
                ? List.of(AlertStatus.ACTIVE, AlertStatus.ACKNOWLEDGED) : List.of(AlertStatus.ACTIVE);
        List<AlertView> views = alerts.findByStatusInOrderByCreatedAtDesc(statuses).stream()
                .map(AlertView::of).toList();
        Map<AlertLevel, Long> byLevel = new EnumMap<>(AlertLevel.class);
        for (AlertLevel l : AlertLevel.values()) {
            byLevel.put(l, 0L);
        }
        views.forEach(v -> byLevel.merge(v.level(), 1L, Long::sum));
        return new AlertList(views, views.size(), byLevel);
    }

    @Transactional(readOnly = true)
    public ItemsPage<AlertView> history(String status, String level, String metric, Integer page, Integer size) {
        QueryParams checks = new QueryParams();
        AlertStatus s = checks.enumOf("status", status, AlertStatus.class);
        AlertLevel l = checks.enumOf("level", level, AlertLevel.class);
        PageQuery q = checks.page(page, size);
        checks.throwIfInvalid();
        Specification<Alert> spec = Specification.allOf(Specs.eq("status", s), Specs.eq("level", l),
                Specs.eq("metric", metric == null ? null : metric.trim().toLowerCase(Locale.ROOT)));
        var result = alerts.findAll(spec, q.toPageable(Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        return ItemsPage.of(result, q, AlertView::of);
    }

    /** ACTIVE → ACKNOWLEDGED with who and when; acknowledging twice changes nothing; a resolved alert is 409. */
    @Transactional
    public boolean acknowledge(String id) {
        Alert a = alerts.getOrThrow(id, NOT_FOUND);
        if (a.getStatus() == AlertStatus.RESOLVED) {
            throw new ConflictException("预警已解决");
        }
        a.acknowledge(CurrentUser.id());
        return true;
    }

    /**
     * Closes an open alert by hand (resolving twice changes nothing). If the metric is still above its
     * threshold, the next sample raises a new alert.
     */
    @Transactional
    public boolean resolve(String id) {
        Alert a = alerts.getOrThrow(id, NOT_FOUND);
        if (a.isOpen()) {
            a.resolve(CurrentUser.id(), "MANUAL");
            alerts.saveAndFlush(a);
        }
        return true;
    }
}
