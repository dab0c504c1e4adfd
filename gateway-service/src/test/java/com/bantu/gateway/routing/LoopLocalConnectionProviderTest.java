package com.bantu.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionProvider;

/** One pool per Netty thread, one shared pool for other threads, all disposed together. */
class LoopLocalConnectionProviderTest {

    private final List<ConnectionProvider> created = new ArrayList<>();

    private LoopLocalConnectionProvider provider() {
        return new LoopLocalConnectionProvider("test", () -> {
            ConnectionProvider p = ConnectionProvider.builder("test-" + created.size()).maxConnections(2).build();
            synchronized (created) {
                created.add(p);
            }
            return p;
        });
    }

    private static ConnectionProvider onNettyThread(LoopLocalConnectionProvider provider, boolean twice)
            throws InterruptedException {
        AtomicReference<ConnectionProvider> seen = new AtomicReference<>();
        Thread t = new FastThreadLocalThread(() -> {
            ConnectionProvider first = provider.current();
            seen.set(twice && provider.current() != first ? null : first);
        });
        t.start();
        t.join();
        return seen.get();
    }

    @Test
    void eachNettyThreadGetsItsOwnPoolAndKeepsIt() throws Exception {
        LoopLocalConnectionProvider provider = provider();
        ConnectionProvider a = onNettyThread(provider, true);
        ConnectionProvider b = onNettyThread(provider, true);
        assertThat(a).as("same pool on every call from one thread").isNotNull();
        assertThat(b).isNotNull().isNotSameAs(a);
        assertThat(a).isNotSameAs(provider.current());
        provider.dispose();
    }

    @Test
    void otherThreadsShareTheFallbackPool() throws Exception {
        LoopLocalConnectionProvider provider = provider();
        AtomicReference<ConnectionProvider> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(provider.current()));
        t.start();
        t.join();
        assertThat(other.get()).isSameAs(provider.current());
        assertThat(provider.poolCount()).isEqualTo(1);
        provider.dispose();
    }

    @Test
    void aThreadsPoolIsDisposedWhenTheThreadEndsAndAllPoolsWithTheProvider() throws Exception {
        LoopLocalConnectionProvider provider = provider();
        ConnectionProvider ended = onNettyThread(provider, false);
        assertThat(ended.isDisposed()).as("FastThreadLocalThread removes its locals on exit").isTrue();
        assertThat(provider.poolCount()).isEqualTo(1);
        provider.dispose();
        assertThat(created).allMatch(ConnectionProvider::isDisposed);
        assertThat(provider.isDisposed()).isTrue();
        assertThat(provider.name()).isEqualTo("test");
        assertThat(provider.maxConnections()).isEqualTo(2);
    }
}
