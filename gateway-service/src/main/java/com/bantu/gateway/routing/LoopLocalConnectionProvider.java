package com.bantu.gateway.routing;

import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.TransportConfig;

/**
 * One Reactor Netty connection pool per event-loop thread instead of one shared pool.
 * <p>
 * The gateway handles a request on the event loop that owns the client's connection. With one shared pool the
 * downstream connection it leases usually belongs to another event loop, so every request hops between threads
 * twice (write the request there, hand the response back here), each hop a queued task and an eventfd wake-up. A
 * pool per event loop only ever holds connections that this loop opened (Reactor Netty co-locates a new connection
 * on the calling loop), so request and response stay on one thread. Measured with {@code bench/gateway-ab.sh}
 * (results in {@code bench/results/gateway-ab.md}).
 * <p>
 * Pools are created lazily, one per Netty thread that acquires (event loops; the few requests that continue on a
 * Lettuce thread after a Redis call get that thread's pool), each with the configured pool settings; other threads
 * share one fallback pool. A pool is disposed with its thread or with this provider. HTTP/1.1 only: HTTP/2 to the
 * services would need {@link #mutate()}, which this provider does not offer.
 */
final class LoopLocalConnectionProvider implements ConnectionProvider {

    private final String name;
    private final Supplier<ConnectionProvider> poolFactory;
    private final ConnectionProvider fallback;
    private final List<ConnectionProvider> pools = new CopyOnWriteArrayList<>();
    private final FastThreadLocal<ConnectionProvider> local = new FastThreadLocal<>() {
        @Override
        protected ConnectionProvider initialValue() {
            ConnectionProvider pool = poolFactory.get();
            pools.add(pool);
            return pool;
        }

        @Override
        protected void onRemoval(ConnectionProvider pool) {
            pools.remove(pool);
            pool.dispose();
        }
    };

    LoopLocalConnectionProvider(String name, Supplier<ConnectionProvider> poolFactory) {
        this.name = name;
        this.poolFactory = poolFactory;
        this.fallback = poolFactory.get();
        pools.add(fallback);
    }

    @Override
    public Mono<? extends Connection> acquire(TransportConfig config, ConnectionObserver observer,
                                              Supplier<? extends SocketAddress> remoteAddress,
                                              AddressResolverGroup<?> resolverGroup) {
        return current().acquire(config, observer, remoteAddress, resolverGroup);
    }

    ConnectionProvider current() {
        return Thread.currentThread() instanceof FastThreadLocalThread ? local.get() : fallback;
    }

    int poolCount() {
        return pools.size();
    }

    @Override
    public void disposeWhen(SocketAddress address) {
        pools.forEach(p -> p.disposeWhen(address));
    }

    @Override
    public Mono<Void> disposeLater() {
        return Flux.fromIterable(pools).flatMap(ConnectionProvider::disposeLater).then();
    }

    @Override
    public void dispose() {
        pools.forEach(ConnectionProvider::dispose);
    }

    @Override
    public boolean isDisposed() {
        return pools.stream().allMatch(ConnectionProvider::isDisposed);
    }

    @Override
    public int maxConnections() {
        return fallback.maxConnections();
    }

    @Override
    public String name() {
        return name;
    }
}
