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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Ships this service's log events to a {@link LogSink} without ever blocking the logging thread.
 * <ul>
 *   <li>A Logback appender on the root logger keeps of each event at or above {@code bantu.logs.ship.level} only what
 *       the sender needs later ({@link Pending}: time, level, logger, the formatted message, thread, the MDC snapshot,
 *       the throwable) and {@code offer}s it to a bounded queue; a full queue drops the event
 *       ({@code log_shipper_dropped_total{reason="queue_full"}}). That is all the logging thread pays: building the
 *       {@link LogRecord} (time text, MDC split, redaction by {@link LogRedactor}) happens on the sender thread.</li>
 *   <li>One daemon thread ({@value #THREAD}) sleeps until a full batch ({@code batch-size} events) is queued or
 *       {@code flush-interval} has passed, whichever comes first: the logging thread wakes it once per batch, not per
 *       event, and a partly filled batch waits at most the flush interval. It then sends everything queued, in
 *       batches of at most {@code batch-size}. A failing sink (target down, timeout, circuit open) drops the batch
 *       ({@code reason="unreachable"}); nothing is retried or buffered on disk: logs are best-effort, the request
 *       path is what must not suffer.</li>
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
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    /** A full batch, or a full queue when it holds less. */
    private final int wakeAt;
    /** The sender is (about to be) asleep: the event that makes a full batch wakes it. */
    private volatile boolean asleep;
    private final AtomicLong wakeups = new AtomicLong();
    /** Sender thread only. */
    private final Map<String, String[]> loggerNames = new HashMap<>();
    private long lastSecond;
    private String secondText;
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
        this.batchSize = Math.max(1, props.batchSize());
        this.wakeAt = Math.min(batchSize, Math.max(1, props.queueCapacity()));
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
            // wakes it from its sleep, or from a sink call that hangs; it then sends what is queued and ends
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
        Pending pending;
        try {
            pending = capture(event);
        } catch (RuntimeException e) {
            return;
        }
        if (!queue.offer(pending)) {
            droppedFull.incrementAndGet();
            if (fullCounter != null) {
                fullCounter.increment();
            }
        } else if (asleep && queue.size() >= wakeAt) {
            asleep = false; // one wake-up is enough: the events after this one do not repeat it
            Thread t = worker;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /**
     * What the sender needs of an event, taken on the logging thread: Logback's event itself is not kept (its
     * argument array may change after the call). The formatted message is usually there already (the console
     * appender formatted it); the MDC map is Logback's immutable snapshot; the caller is a stack walk, only when
     * {@code caller-data} is on.
     */
    record Pending(long timeStamp, Level level, String logger, String message, String thread,
                   Map<String, String> mdc, IThrowableProxy throwable, StackTraceElement caller) {
    }

    private Pending capture(ILoggingEvent event) {
        StackTraceElement caller = null;
        if (props.callerData()) {
            StackTraceElement[] data = event.getCallerData();
            if (data != null && data.length > 0) {
                caller = data[0];
            }
        }
        return new Pending(event.getTimeStamp(), event.getLevel(), event.getLoggerName(),
                event.getFormattedMessage(), event.getThreadName(), event.getMDCPropertyMap(),
                event.getThrowableProxy(), caller);
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

    /** How often the sender has woken up to send (for tests: about once per batch, not per event). */
    long wakeups() {
        return wakeups.get();
    }

    private void drain() {
        long intervalNanos = Math.max(1, props.flushInterval().toNanos());
        List<Pending> taken = new ArrayList<>(batchSize);
        List<LogRecord> batch = new ArrayList<>(batchSize);
        long deadline = System.nanoTime() + intervalNanos;
        while (true) {
            // asleep until the logging side announces a full batch, the flush interval is over, or stop(); the
            // queue is looked at after "asleep" is set, so an event that filled the batch meanwhile is not missed
            while (running) {
                asleep = true;
                long left = deadline - System.nanoTime();
                if (queue.size() >= wakeAt || left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    running = false;
                }
            }
            asleep = false;
            boolean last = !running;
            Thread.interrupted(); // stop()'s interrupt has done its work: the last sends must not fail on it
            // full batches now; a partly filled one only once the flush interval is over (or at the end)
            boolean flush = last || deadline - System.nanoTime() <= 0;
            wakeups.incrementAndGet();
            while (flush || queue.size() >= wakeAt) {
                int n = queue.drainTo(taken, batchSize);
                for (Pending p : taken) {
                    try {
                        batch.add(toRecord(p));
                    } catch (RuntimeException e) {
                        // an event that cannot be turned into a record is skipped, as a logging call never fails
                    }
                }
                taken.clear();
                if (!batch.isEmpty()) {
                    send(List.copyOf(batch));
                    batch.clear();
                }
                if (n < batchSize) {
                    break;
                }
            }
            if (flush) {
                deadline = System.nanoTime() + intervalNanos;
            }
            if (last && queue.isEmpty()) {
                return;
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

    /** On the sender thread: the wire record of a captured event (time text, MDC split, redaction). */
    LogRecord toRecord(Pending event) {
        String logger = event.logger();
        String[] names = logger == null ? null : loggerNames(logger);
        String function = null;
        Integer line = null;
        if (event.caller() != null) {
            function = event.caller().getMethodName();
            line = event.caller().getLineNumber();
        }
        Map<String, String> mdc = event.mdc();
        Map<String, String> extra = null;
        String requestId = null;
        String userId = null;
        String traceId = null;
        if (mdc != null && !mdc.isEmpty()) {
            for (Map.Entry<String, String> e : mdc.entrySet()) {
                switch (e.getKey()) {
                    case "request_id", "requestId" -> requestId = e.getValue();
                    case "user_id", "userId" -> userId = e.getValue();
                    case "trace_id", "traceId" -> traceId = e.getValue();
                    default -> {
                        if (extra == null) {
                            extra = new HashMap<>();
                        }
                        extra.put(e.getKey(), LogRedactor.redact(e.getValue()));
                    }
                }
            }
        }
        return new LogRecord(timestamp(event.timeStamp()), levelName(event.level()),
                service, logger, truncate(LogRedactor.redact(event.message()), MAX_MESSAGE),
                names == null ? null : names[1], names == null ? null : names[0], function, line, event.thread(), pid,
                host, requestId, userId, traceId, exception(event.throwable()), extra);
    }

    /**
     * {@code [simple class name, simple class name + ".java"]} of a logger, remembered: a service logs through a few
     * hundred loggers. Only the sender thread calls it.
     */
    private String[] loggerNames(String logger) {
        String[] names = loggerNames.get(logger);
        if (names == null) {
            if (loggerNames.size() >= 10_000) {
                loggerNames.clear();
            }
            String simple = LogRecord.module(logger);
            names = new String[] {simple, simple + ".java"};
            loggerNames.put(logger, names);
        }
        return names;
    }

    /**
     * {@link Instant#toString()} of an epoch millisecond ({@code 2026-01-31T02:00:00.123Z}, no fraction when it is
     * zero), its text up to the second remembered from the previous event (the sender thread's events come in
     * bursts of the same seconds).
     */
    String timestamp(long epochMilli) {
        long second = Math.floorDiv(epochMilli, 1000);
        int milli = (int) Math.floorMod(epochMilli, 1000);
        if (second != lastSecond || secondText == null) {
            String whole = Instant.ofEpochSecond(second).toString(); // ends in "Z", no fraction
            secondText = whole.substring(0, whole.length() - 1);
            lastSecond = second;
        }
        if (milli == 0) {
            return secondText + 'Z';
        }
        return secondText + '.' + (char) ('0' + milli / 100) + (char) ('0' + milli / 10 % 10)
                + (char) ('0' + milli % 10) + 'Z';
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
