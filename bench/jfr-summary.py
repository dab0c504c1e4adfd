"""Where a service's CPU goes, from a JFR recording's execution samples.

    jfr print --stack-depth 256 --json --events jdk.ExecutionSample recording.jfr > samples.json
    python3 bench/jfr-summary.py samples.json [top]

(`jfr print` writes only the 5 innermost frames of each stack unless --stack-depth says more: the phases and the
inclusive view need the whole stack.)

Charges every sample to one activity: a phase (outbox delivery, audit record, remote call, outbox store, token
check) when a frame of it is anywhere in the stack, else the library of the innermost frame that names one. Also prints the hottest leaf methods and the split by thread. Record with a deep stack
(-XX:FlightRecorderOptions:stackdepth=256), else Spring's deep stacks lose their outer frames.
"""
import collections
import json
import sys

# Phases: a sample belongs to the first phase (in this order) with a matching frame anywhere in its stack, so a JSON
# write inside the outbox delivery counts as delivery and the outbox row of an audit record counts as audit.
PHASES = [
    ("outbox delivery (HTTP POST to the consumer, completion)", ["EventSender.send", "EventDelivery.deliver"]),
    ("audit record (build, serialise, outbox row)", ["AuditFilter.record", "OutboxAuditRecorder"]),
    ("remote call (InternalApiClient)", ["InternalApiClient"]),
    ("outbox: store the event publication", ["org.springframework.modulith.events", "IntegrationEvents.publish"]),
    # not JwtAuthenticationFilter itself: the rest of the filter chain and the controller run inside it
    ("token check (JWT, revocation)", ["JwtService", "TokenRevocationStore", "TokenVersionStore", "SessionCheck",
                                       "JwtAuthenticationFilter.authorities"]),
]
# Otherwise the innermost frame (leaf first) that matches a library names it.
LIBRARIES = [
    ("JPA / JDBC (Hibernate, Hikari, driver)", ["org.hibernate.orm", "org.hibernate.engine", "org.hibernate.",
                                                "com.zaxxer.hikari", "org.mariadb.jdbc", "com.mysql.cj"]),
    ("transaction management", ["org.springframework.transaction", "org.springframework.orm.jpa"]),
    ("JSON (Jackson, request and response bodies)", ["tools.jackson", "com.fasterxml.jackson",
                                                      "HttpMessageConverter"]),
    ("Spring Security (other)", ["org.springframework.security"]),
    ("logging", ["ch.qos.logback", "org.slf4j", "co.elastic"]),
    ("metrics (Micrometer)", ["io.micrometer"]),
    ("service code (com.bantu)", ["com.bantu."]),
    ("Spring MVC / AOP (dispatch, arguments, proxies)", ["org.springframework.web", "org.springframework.aop",
                                                         "org.aspectj"]),
    ("Tomcat (HTTP server)", ["org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"]),
    ("Spring (other)", ["org.springframework."]),
]


# Inclusive view: the share of samples with a matching frame anywhere in the stack (they overlap: a JPA query inside
# a controller counts for both).
INCLUSIVE = [
    ("token check (JwtService, SessionCheck with the revocation lookup)", ["JwtService", "SessionCheck"]),
    ("Redis client (Lettuce, Netty)", ["io.lettuce", "io.netty"]),
    ("a controller method (service code, JPA, everything it calls)", ["Controller."]),
    ("Hibernate / JDBC", ["org.hibernate", "com.zaxxer.hikari", "org.h2.", "org.mariadb.jdbc"]),
    ("Jackson", ["tools.jackson", "com.fasterxml.jackson"]),
    ("Spring Security filter chain", ["org.springframework.security.web.FilterChainProxy"]),
    ("Micrometer", ["io.micrometer"]),
    ("logging", ["ch.qos.logback", "co.elastic"]),
]


def frame_name(f):
    m = f.get("method") or {}
    t = (m.get("type") or {}).get("name", "?")
    return t.replace("/", ".") + "." + m.get("name", "?")


def main():
    data = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    events = data["recording"]["events"]
    by_activity = collections.Counter()
    by_leaf = collections.Counter()
    by_thread = collections.Counter()
    inclusive = collections.Counter()
    for e in events:
        v = e["values"]
        frames = [frame_name(f) for f in (v.get("stackTrace") or {}).get("frames", [])]
        thread = ((v.get("sampledThread") or {}).get("javaName") or "?").rstrip("0123456789-")
        by_thread[thread] += 1
        if frames:
            by_leaf[frames[0]] += 1
        activity = next((a for a, subs in PHASES if any(s in name for name in frames for s in subs)), None)
        if activity is None:
            activity = "JDK / other"
            for name in frames:
                hit = next((a for a, subs in LIBRARIES if any(s in name for s in subs)), None)
                if hit:
                    activity = hit
                    break
        by_activity[activity] += 1
        for label, subs in INCLUSIVE:
            if any(sub in name for name in frames for sub in subs):
                inclusive[label] += 1
    n = sum(by_activity.values()) or 1
    print(f"{n} execution samples\n")
    print("| activity (innermost matching frame) | share |\n|---|---:|")
    for a, c in by_activity.most_common():
        print(f"| {a} | {100 * c / n:.1f} % |")
    print("\n| anywhere in the stack (overlapping) | share |\n|---|---:|")
    for label, _ in INCLUSIVE:
        print(f"| {label} | {100 * inclusive[label] / n:.1f} % |")
    print("\n| thread | share |\n|---|---:|")
    for t, c in by_thread.most_common(8):
        print(f"| {t} | {100 * c / n:.1f} % |")
    print("\n| hottest leaf methods | share |\n|---|---:|")
    for m, c in by_leaf.most_common(top):
        print(f"| `{m}` | {100 * c / n:.1f} % |")


if __name__ == "__main__":
    main()
