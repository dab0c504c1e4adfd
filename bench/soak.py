"""The load of bench/soak.sh: N users (threads with keep-alive connections) through the gateway, each picking
logins 2 %, lists 60 %, reads by id 20 %, writes 18 % (role-appropriate paths across all services) with a think time
of 0.2-1 s. Per minute it keeps every request's route group, status and latency, samples each process's RSS and the
load average, and at the end writes the Markdown report with the issue's targets checked."""
import argparse
import http.client
import json
import random
import threading
import time
import uuid
from collections import defaultdict
from urllib.parse import urlparse

P = argparse.ArgumentParser()
P.add_argument("--gateway", required=True)
P.add_argument("--foundation", required=True, help="foundation's own URL: the setup's logins skip the gateway")
P.add_argument("--admin-password", required=True)
P.add_argument("--minutes", type=int, default=10)
P.add_argument("--users", type=int, default=50)
P.add_argument("--procs", default="")
P.add_argument("--out", required=True)
A = P.parse_args()
URL = urlparse(A.gateway)
PASSWORD = "Soak-Passw0rd@1"
ORG = "00000000-0000-0000-0000-000000000001"
ROLES = {"SALES": "00000000-0000-0000-0000-000000000102", "FINANCE": "00000000-0000-0000-0000-000000000103"}
PROCS = dict(p.split("=") for p in A.procs.split())

lock = threading.Lock()
samples = defaultdict(list)     # (minute, group) -> [latency ms]
statuses = defaultdict(int)     # (minute, group, status) -> count
minute_rows = []                # per-minute RSS and load
start = None


class Client:
    def __init__(self, url=URL):
        self.url = url
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

    def call(self, method, path, token=None, body=None, record=True):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        payload = json.dumps(body) if body is not None else None
        t0 = time.monotonic()
        try:
            self.conn.request(method, path, body=payload, headers=headers)
            r = self.conn.getresponse()
            raw = r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
            raw, status = b"", 599
        ms = (time.monotonic() - t0) * 1000
        if record and start is not None:
            group = "login" if path.endswith("/auth/login") else path.split("/")[2]
            minute = int((time.monotonic() - start) // 60)
            with lock:
                samples[(minute, group)].append(ms)
                statuses[(minute, group, status)] += 1
        try:
            return status, json.loads(raw) if raw else {}
        except ValueError:
            return status, {}


def login(c, email, password, record=True):
    while True:
        status, body = c.call("POST", "/api/foundation/auth/login", None, {"email": email, "password": password},
                              record)
        if status == 200:
            return body["data"]["token"]
        if record:
            return None
        if status != 429:
            raise SystemExit(f"login of {email}: HTTP {status} {body}")
        time.sleep(2)


def setup():
    c = Client()
    # the setup's logins go straight to foundation: the gateway's per-address login limit (10, then one per 6 s)
    # would make 50 of them take minutes; the load's own logins go through the gateway and meet the limit
    direct = Client(urlparse(A.foundation))
    admin = login(direct, "admin@bantu.sbs", A.admin_password, record=False)
    status, body = c.call("POST", "/api/service-management/products", admin, {"name": "Soak product"}, False)
    product = body["data"]["id"]
    users = []
    for i in range(A.users):
        role = "ADMIN" if i % 10 == 9 else "FINANCE" if i % 10 == 8 else "SALES"
        if role == "ADMIN":
            users.append({"role": role, "email": "admin@bantu.sbs", "password": A.admin_password, "token": admin})
            continue
        name = f"soak{i}{uuid.uuid4().hex[:6]}"
        status, body = c.call("POST", "/api/foundation/users", admin, {
            "username": name, "email": name + "@example.com", "password": PASSWORD, "organization_id": ORG,
            "role_ids": [ROLES[role]]}, False)
        if status != 200:
            raise SystemExit(f"user {name}: HTTP {status} {body}")
        token = login(direct, name + "@example.com", PASSWORD, record=False)
        status, body = direct.call("GET", "/api/foundation/auth/user-info", token, None, False)
        users.append({"role": role, "email": name + "@example.com", "password": PASSWORD, "token": token,
                      "id": body["data"]["id"]})
    return product, users


LISTS = {
    "SALES": ["/api/business/leads?size=20", "/api/business/orders?size=20", "/api/business/opportunities?size=20",
              "/api/service-management/customers?size=20", "/api/workflow/tasks?size=20",
              "/api/business/notifications?size=20"],
    "FINANCE": ["/api/finance/payments?size=20", "/api/finance/receivables?size=20", "/api/business/orders?size=20",
                "/api/finance/collection-tasks?size=20"],
    "ADMIN": ["/api/foundation/users?size=20", "/api/foundation/audit-logs?size=20",
              "/api/analytics-monitoring/analytics/customers/summary",
              "/api/analytics-monitoring/analytics/orders/summary", "/api/workflow/tasks?size=20&mine=false"],
}


def user_loop(u, product, until):
    c = Client()
    mine = {"lead": [], "customer": [], "order": []}
    while time.monotonic() < until:
        token = u["token"]
        p = random.random() * 100
        if p < 2:
            t = login(c, u["email"], u["password"])
            u["token"] = t or token
        elif p < 62 or (p >= 82 and u["role"] == "FINANCE"):
            c.call("GET", random.choice(LISTS[u["role"]]), token)
        elif p < 82:
            kind = random.choice([k for k in mine if mine[k]] or [None])
            if kind is None:
                c.call("GET", random.choice(LISTS[u["role"]]), token)
            else:
                base = {"lead": "/api/business/leads/", "customer": "/api/service-management/customers/",
                        "order": "/api/business/orders/"}[kind]
                c.call("GET", base + random.choice(mine[kind][-20:]), token)
        else:
            w = random.random()
            if u["role"] == "ADMIN" or w < 0.2:
                s, b = c.call("POST", "/api/service-management/customers", token,
                              {"name": "PT Soak " + uuid.uuid4().hex[:8], "customer_type": "organization"})
                if s == 200:
                    mine["customer"].append(b["data"]["id"])
            elif w < 0.6 or not mine["customer"]:
                s, b = c.call("POST", "/api/business/leads", token, {"name": "Soak " + uuid.uuid4().hex[:8],
                                                                       "phone": "0812" + str(random.randint(10**7, 10**8 - 1))})
                if s == 201:
                    mine["lead"].append(b["data"]["id"])
            elif w < 0.8 and mine["lead"]:
                c.call("POST", "/api/business/leads/" + random.choice(mine["lead"][-20:]) + "/notes", token,
                       {"note_type": "comment", "content": "soak note " + uuid.uuid4().hex[:8]})
            else:
                s, b = c.call("POST", "/api/business/orders", token, {
                    "title": "Soak order", "customer_id": random.choice(mine["customer"]), "currency_code": "IDR",
                    "sales_user_id": u["id"],
                    "order_items": [{"product_name": "Visa", "quantity": 1,
                                     "unit_price": random.randint(1, 50) * 100000}]})
                if s == 201:
                    mine["order"].append(b["data"]["id"])
        time.sleep(random.uniform(0.2, 1.0))


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def sampler(until):
    minute = 0
    while time.monotonic() < until:
        nxt = start + 60 * (minute + 1)
        time.sleep(max(0, min(nxt, until) - time.monotonic()))
        minute_rows.append({"minute": minute + 1, "rss": {n: rss_kib(p) for n, p in PROCS.items()},
                            "load": loadavg()})
        minute += 1


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def report(load_before, setup_seconds):
    minutes = A.minutes
    groups = sorted({g for (_, g) in samples})
    lines = ["# Soak: mixed workload through the gateway (issue 15)", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {minutes} min, {A.users} users "
             f"(think time 0.2-1 s; 80 % SALES, 10 % FINANCE, 10 % ADMIN), logins 2 % (through the gateway and "
             f"its per-address login limit, so 429s are expected), lists 60 %, reads 20 %, writes 18 % (leads, lead "
             f"notes, customers, orders: each order starts an approval in workflow). Seven services (production "
             f"profile, `-Xmx256m`, C1 only, SerialGC), the local MariaDB, a Redis of the run's own. Setup (users "
             f"and their first logins, straight to foundation) took {setup_seconds:.0f} s.", "",
             f"**Machine:** 2 cores shared with other builds and helpers; load average before the load "
             f"{load_before}, per minute below. Absolute latencies move with the machine's load; the targets are "
             f"ratios within this one run.", "",
             "## Per minute", "",
             "| min | requests | errors by status (not 2xx) | load | " + " | ".join(f"{g} p50/p99 ms" for g in groups)
             + " |", "|" + "---|" * (4 + len(groups))]
    for m in range(minutes):
        reqs = sum(v for (mm, _, _), v in statuses.items() if mm == m)
        errs = defaultdict(int)
        for (mm, g, s), v in statuses.items():
            if mm == m and not 200 <= s < 300:
                errs[f"{s}{' (login)' if g == 'login' else ''}"] += v
        err = ", ".join(f"{k}: {v}" for k, v in sorted(errs.items())) or "none"
        row = next((r for r in minute_rows if r["minute"] == m + 1), None)
        cells = []
        for g in groups:
            xs = samples.get((m, g), [])
            cells.append(f"{pct(xs, 0.5):.0f} / {pct(xs, 0.99):.0f}" if xs else "-")
        lines.append(f"| {m + 1} | {reqs} | {err} | {row['load'] if row else '-'} | " + " | ".join(cells) + " |")
    lines += ["", "## RSS per process (MiB)", "", "| min | " + " | ".join(PROCS) + " |",
              "|" + "---|" * (1 + len(PROCS))]
    for r in minute_rows:
        lines.append(f"| {r['minute']} | " + " | ".join(f"{r['rss'][n] / 1024:.0f}" for n in PROCS) + " |")
    # targets
    bad = {k: v for k, v in statuses.items() if not 200 <= k[2] < 300 and not (k[1] == "login" and k[2] == 429)}
    lines += ["", "## Targets", ""]
    lines.append(f"- Errors other than 429 on logins: {sum(bad.values())} "
                 f"({'met' if not bad else 'NOT met: ' + ', '.join(f'{g} {s}: {v} (min {m + 1})' for (m, g, s), v in sorted(bad.items()))}).")
    if len(minute_rows) >= 4:
        third, last = minute_rows[2], minute_rows[-1]
        growth = {n: (last["rss"][n] - third["rss"][n]) / max(1, third["rss"][n]) * 100 for n in PROCS}
        worst = max(growth.values()) if growth else 0
        lines.append(f"- RSS growth from minute 3 to minute {last['minute']}: "
                     + ", ".join(f"{n} {g:+.1f} %" for n, g in growth.items())
                     + f" ({'met' if worst <= 10 else 'NOT met'}: at most 10 %).")
    else:
        lines.append("- RSS growth after minute 3: not measurable (the run was shorter than 4 minutes).")
    if minutes >= 3:
        ratios = []
        for g in groups:
            second, lastm = samples.get((1, g), []), samples.get((minutes - 1, g), [])
            if second and lastm:
                ratios.append((g, pct(lastm, 0.99) / pct(second, 0.99)))
        worst = max((r for _, r in ratios), default=0)
        lines.append(f"- p99 in the last minute / p99 in minute 2, per group: "
                     + ", ".join(f"{g} {r:.2f}" for g, r in ratios)
                     + f" ({'met' if worst <= 1.5 else 'NOT met'}: at most 1.5).")
    with open(A.out, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    global start
    load_before = loadavg()
    t0 = time.monotonic()
    product, users = setup()
    setup_seconds = time.monotonic() - t0
    start = time.monotonic()
    until = start + 60 * A.minutes
    threads = [threading.Thread(target=user_loop, args=(u, product, until), daemon=True) for u in users]
    threads.append(threading.Thread(target=sampler, args=(until,), daemon=True))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1, until - time.monotonic() + 90))
    report(load_before, setup_seconds)


main()
