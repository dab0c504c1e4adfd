package com.bantu.business.lead;

import com.bantu.common.error.ConflictException;
import java.util.List;

/**
 * Lead statuses in order: new, contacted, qualified, converted, lost. Staying is allowed; converted and lost are
 * final; lost is reachable from any non-final status; converted only from qualified; otherwise only forward (skips
 * allowed). The conversion endpoints convert from new, contacted or qualified.
 */
public final class LeadStatus {

    public static final String NEW = "new";
    public static final String CONVERTED = "converted";
    public static final String LOST = "lost";
    public static final List<String> ALL = List.of(NEW, "contacted", "qualified", CONVERTED, LOST);
    public static final List<String> ON_CREATE = List.of(NEW, "contacted", "qualified");

    private LeadStatus() {
    }

    public static boolean isFinal(String s) {
        return CONVERTED.equals(s) || LOST.equals(s);
    }

    /** 409 unless {@code from → to} is allowed. */
    public static void check(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        if (isFinal(from)) {
            throw new ConflictException("状态\"" + from + "\"是最终状态，不能转换");
        }
        if (LOST.equals(to)) {
            return;
        }
        if (CONVERTED.equals(to) && !"qualified".equals(from)) {
            throw new ConflictException("只有\"已确认\"(qualified)状态的线索才能转换为\"已转化\"");
        }
        if (ALL.indexOf(to) < ALL.indexOf(from)) {
            throw new ConflictException("不能从\"" + from + "\"转换到\"" + to + "\"。状态只能向下转化，不能往前转化。");
        }
    }
}
