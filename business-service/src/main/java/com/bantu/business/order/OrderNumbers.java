package com.bantu.business.order;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code ORD-YYYYMMDD-XXXXXX}: the server-local date and six upper-case characters of a random UUID. Uniqueness is
 * the database's unique key; {@link OrderService} draws a new number and retries when an insert collides.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private volatile Supplier<String> suffixes = () -> UUID.randomUUID().toString().replace("-", "")
            .substring(0, 6).toUpperCase(Locale.ROOT);

    public String next() {
        return "ORD-" + DAY.format(LocalDate.now()) + "-" + suffixes.get();
    }

    /** Tests replace the random part to force a collision. */
    void useSuffixes(Supplier<String> source) {
        this.suffixes = source;
    }
}
