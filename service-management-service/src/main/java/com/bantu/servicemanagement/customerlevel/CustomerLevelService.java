package com.bantu.servicemanagement.customerlevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer level names by code, from the local read-only copy. */
@Service
public class CustomerLevelService {

    private final CustomerLevelRepository levels;

    public CustomerLevelService(CustomerLevelRepository levels) {
        this.levels = levels;
    }

    /** {@code {code: level}} for the codes that are level codes (free-text levels are simply absent). */
    @Transactional(readOnly = true)
    public Map<String, CustomerLevel> byCodes(List<String> codes) {
        List<String> wanted = codes.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, CustomerLevel> out = new HashMap<>();
        if (!wanted.isEmpty()) {
            levels.findByCodeIn(wanted).forEach(l -> out.put(l.getCode(), l));
        }
        return out;
    }
}
