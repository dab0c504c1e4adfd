package com.bantu.servicemanagement.support;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Explicit transaction boundaries for service methods that also need foundation's display names: the database work
 * runs in {@link #write} or {@link #read} and commits, then the names are resolved outside any transaction, so a
 * slow foundation never holds a transaction, its row locks or a pooled connection. (Spring's
 * {@link TransactionTemplate}; a runtime exception rolls back, as with {@code @Transactional}.)
 */
@Component
public class Tx {

    private final TransactionTemplate write;
    private final TransactionTemplate read;

    public Tx(PlatformTransactionManager transactions) {
        this.write = new TransactionTemplate(transactions);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    public <T> T write(Supplier<T> work) {
        return write.execute(status -> work.get());
    }

    public <T> T read(Supplier<T> work) {
        return read.execute(status -> work.get());
    }
}
