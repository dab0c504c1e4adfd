package com.bantu.common.logship;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Ships this service's log events to a {@link LogSink} without ever blocking the logging thread.
 * <ul>
 *   <li>A Logback appender on the root logger turns each event at or above {@code bantu.logs.ship.level} into a
 *       {@link LogRecord} (message formatted and redacted by {@link LogRedactor}) and {@code offer}s it to a bounded
 *       queue; a full queue drops the event ({@code log_shipper_dropped_total{reason="queue_full"}}).</li>
 *   <li>One daemon thread ({@value #THREAD}) drains the queue into batches of at most {@code batch-size} events or
 *       whatever arrived within {@code flush-interval}, and hands each batch to the sink. A failing sink (target down,
 *       timeout, circuit open) drops the batch ({@code reason="unreachable"}); nothing is retried or buffered on
 *       disk: logs are best-effort, the request path is what must not suffer.</li>
 *   <li>Events logged on the shipper thread itself (e.g. the HTTP client's warning that the target is down) and by
 *       this package are never shipped, so an outage cannot feed itself.</li>
 * </ul>
 * Counters: {@code log_shipper_shipped_total}, {@code log_shipper_dropped_total{reason}} (Micrometer, when a registry
 * is present; {@link #shipped()}/{@link #dropped()} otherwise).
 */
public class LogShipper implements SmartLifecycle {

    public static final String THREAD = "bantu-log-shipper";
    public static final String APPENDER = "BANTU_LOG_SHIPPER";
    public static final int MAX_MESSAGE = 8000;
    static final int MAX_TRACEBACK = 16000;
    private static final String OWN_PACKAGE = LogShipper.class.getPackageName();

    private final LogShipProperties props;
    private final String service;
    private final String host;
    private final long pid = ProcessHandle.current().pid();
    private final LogSink sink;
    private final Level threshold;
    private final BlockingQueue<LogRecord> queue;
    private final AtomicLong shipped = new AtomicLong();
    private final AtomicLong droppedFull = new AtomicLong();
    private final AtomicLong droppedUnreachable = new AtomicLong();
    private final Counter shippedCounter;
    private final Counter fullCounter;
    private final Counter unreachableCounter;
    private final Appender appender = new Appender();
    private final ResetListener resetListener = new ResetListener();
    private volatile Thread worker;
    private volatile boolean running;

    public LogShipper(LogShipProperties props, String service, LogSink sink, MeterRegistry meters) {
        this.props = props;
        this.service = service;
        this.sink = sink;
        this.threshold = Level.toLevel(props.level(), Level.INFO);
        this.queue = new ArrayBlockingQueue<>(Math.max(1, props.queueCapacity()));
        this.host = hostName();
        if (meters != null) {
            shippedCounter = Counter.builder("log_shipper.shipped").description("Log events accepted by the sink")
                    .register(meters);
            fullCounter = dropCounter(meters, "queue_full");
            unreachableCounter = dropCounter(meters, "unreachable");
        } else {
            shippedCounter = fullCounter = unreachableCounter = null;
        }
    }

    private static Counter dropCounter(MeterRegistry meters, String reason) {
        return Counter.builder("log_shipper.dropped").tag("reason", reason)
                .description("Log events not shipped: queue full or target unreachable").register(meters);
    }

    /** Attaches the appender to the root logger and starts the sender thread. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::drain, THREAD);
        t.setDaemon(true);
        worker = t;
        t.start();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            appender.setContext(context);
            appender.setName(APPENDER);
            appender.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
            context.addListener(resetListener);
        }
    }

    /** Detaches the appender, sends what is queued (one last attempt) and stops the thread. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.removeListener(resetListener);
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        }
        appender.stop();
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Late in shutdown (after the web server stopped), early at start-up. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** Queues one event; never blocks. Public for tests and for code that logs without Logback. */
    public void offer(ILoggingEvent event) {
        if (!running || !event.getLevel().isGreaterOrEqual(threshold)) {
            return;
        }
        String logger = event.getLoggerName();
        if (THREAD.equals(event.getThreadName()) || (logger != null && logger.startsWith(OWN_PACKAGE))) {
            return;
        }
        LogRecord record;
        try {
            record = toRecord(event);
        } catch (RuntimeException e) {
            return;
        }
        if (!queue.offer(record)) {
            droppedFull.incrementAndGet();
            if (fullCounter != null) {
                fullCounter.increment();
            }
        }
    }

    public long shipped() {
        return shipped.get();
    }

    /** Events dropped so far, by reason ({@code queue_full}, {@code unreachable}). */
    public Map<String, Long> dropped() {
        return Map.of("queue_full", droppedFull.get(), "unreachable", droppedUnreachable.get());
    }

    public int queued() {
        return queue.size();
    }

    private void drain() {
        int max = Math.max(1, props.batchSize());
        long intervalNanos = Math.max(1, props.flushInterval().toNanos());
        List<LogRecord> batch = new ArrayList<>(max);
        while (running || !queue.isEmpty()) {
            try {
                long deadline = System.nanoTime() + intervalNanos;
                while (batch.size() < max) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    LogRecord r = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (r == null) {
                        break;
                    }
                    batch.add(r);
                    queue.drainTo(batch, max - batch.size());
                }
            } catch (InterruptedException e) {
                queue.drainTo(batch, max - batch.size());
                running = false;
            }
            if (!batch.isEmpty()) {
                send(List.copyOf(batch));
                batch.clear();
            }
        }
    }

    private void send(List<LogRecord> batch) {
        try {
            sink.ship(batch);
            shipped.addAndGet(batch.size());
            if (shippedCounter != null) {
                shippedCounter.increment(batch.size());
            }
        } catch (RuntimeException e) {
            droppedUnreachable.addAndGet(batch.size());
            if (unreachableCounter != null) {
                unreachableCounter.increment(batch.size());
            }
        }
    }

    LogRecord toRecord(ILoggingEvent event) {
        String logger = event.getLoggerName();
        String simple = logger == null ? null : logger.substring(logger.lastIndexOf('.') + 1);
        String function = null;
        Integer line = null;
        if (props.callerData()) {
            StackTraceElement[] caller = event.getCallerData();
            if (caller != null && caller.length > 0) {
                function = caller[0].getMethodName();
                line = caller[0].getLineNumber();
            }
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        Map<String, String> extra = null;
        String requestId = null;
        String userId = null;
        String traceId = null;
        if (mdc != null && !mdc.isEmpty()) {
            extra = new HashMap<>();
            for (Map.Entry<String, String> e : mdc.entrySet()) {
                switch (e.getKey()) {
                    case "request_id", "requestId" -> requestId = e.getValue();
                    case "user_id", "userId" -> userId = e.getValue();
                    case "trace_id", "traceId" -> traceId = e.getValue();
                    default -> extra.put(e.getKey(), LogRedactor.redact(e.getValue()));
                }
            }
            if (extra.isEmpty()) {
                extra = null;
            }
        }
        return new LogRecord(Instant.ofEpochMilli(event.getTimeStamp()).toString(), levelName(event.getLevel()),
                service, logger, truncate(LogRedactor.redact(event.getFormattedMessage()), MAX_MESSAGE),
                simple == null ? null : simple + ".java", simple, function, line, event.getThreadName(), pid, host,
                requestId, userId, traceId, exception(event.getThrowableProxy()), extra);
    }

    /** Logback's names, except WARN which the log page knows as WARNING. */
    static String levelName(Level level) {
        return level.toInt() == Level.WARN_INT ? "WARNING" : level.toString();
    }

    private static LogRecord.ExceptionInfo exception(IThrowableProxy t) {
        if (t == null) {
            return null;
        }
        StringBuilder trace = new StringBuilder();
        IThrowableProxy p = t;
        int depth = 0;
        while (p != null && depth++ < 5 && trace.length() < MAX_TRACEBACK) {
            if (depth > 1) {
                trace.append("Caused by: ");
            }
            trace.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
            for (StackTraceElementProxy e : p.getStackTraceElementProxyArray()) {
                trace.append('\t').append(e.getSTEAsString()).append('\n');
                if (trace.length() >= MAX_TRACEBACK) {
                    break;
                }
            }
            p = p.getCause();
        }
        return new LogRecord.ExceptionInfo(t.getClassName(), truncate(LogRedactor.redact(t.getMessage()), 2000),
                truncate(LogRedactor.redact(trace.toString()), MAX_TRACEBACK));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The Logback side: hands every event to {@link #offer}, whatever happens. */
    private final class Appender extends UnsynchronizedAppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            offer(event);
        }
    }

    /**
     * Logback's configuration can be reset while this service runs (Spring Boot re-initialises logging when another
     * application starts in the same JVM, e.g. in tests; a config file reload does too): the reset detaches and stops
     * every appender, so the shipper re-attaches itself.
     */
    private final class ResetListener implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            if (running) {
                appender.start();
                Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
                if (!root.isAttached(appender)) {
                    root.addAppender(appender);
                }
            }
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }

    /** For tests: is the appender on the root logger? */
    boolean attached() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).isAttached(appender);
    }
}
