import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The measuring half of bench/analytics.sh (run with `java bench/AnalyticsBench.java`): sequential requests on one
 * keep-alive connection, latency measured per request.
 * Phases, per aggregate: warm-up; as many untimed hits as timed ones, then the timed cache hits; cache misses (analytics:* keys deleted in Redis before each one, not
 * timed), each followed by a timed direct call of the source. Then Redis is shut down (SHUTDOWN NOSAVE) and the
 * first aggregate's pairs are timed again.
 * Prints one line per phase and aggregate: "phase aggregate count p50_ms p99_ms max_ms".
 * Arguments: token serviceToken redisHost redisPort hits misses stopped aggregate... (each "name|analyticsUrl|sourceUrl")
 */
public class AnalyticsBench {

    public static void main(String[] a) throws Exception {
        String token = a[0];
        String serviceToken = a[1]; // the sources' /internal/** take service tokens only
        String redisHost = a[2];
        int redisPort = Integer.parseInt(a[3]);
        int hits = Integer.parseInt(a[4]);
        int misses = Integer.parseInt(a[5]);
        int stopped = Integer.parseInt(a[6]);
        List<String[]> aggregates = new ArrayList<>(); // name, analytics url, source url
        for (int i = 7; i < a.length; i++) {
            aggregates.add(a[i].split("\\|"));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        for (String[] agg : aggregates) {
            String name = agg[0];
            String url = agg[1];
            String sourceUrl = agg[2];
            for (int i = 0; i < 20; i++) { // the source first: its first queries on a cold JVM are slow
                get(client, sourceUrl, serviceToken);
            }
            for (int i = 0; i < 100; i++) { // warm-up: JIT of both paths
                flush(redisHost, redisPort);
                get(client, url, token);
                get(client, url, token);
            }
            String body = get(client, url, token).body();
            System.err.println(name + " sample response: " + body);

            for (int i = 0; i < hits; i++) { // as many untimed hits first: the hit path compiled (C2), not interpreted
                get(client, url, token);
            }
            List<Double> hit = new ArrayList<>();
            for (int i = 0; i < hits; i++) {
                hit.add(timed(client, url, token));
            }
            report("hit", name, hit);

            // each miss is paired with a direct call of the source, so the source's own variance (large on a shared
            // 2-core machine) can be told apart from what analytics adds
            List<Double> miss = new ArrayList<>();
            List<Double> source = new ArrayList<>();
            for (int i = 0; i < misses; i++) {
                flush(redisHost, redisPort);
                miss.add(timed(client, url, token));
                source.add(timed(client, sourceUrl, serviceToken));
            }
            report("miss", name, miss);
            report("source-during-miss", name, source);
        }

        // Redis stopped: the first aggregate
        String[] first = aggregates.get(0);
        redis(redisHost, redisPort, "SHUTDOWN", "NOSAVE");
        Thread.sleep(500);
        List<Double> down = new ArrayList<>();
        List<Double> sourceDown = new ArrayList<>();
        for (int i = 0; i < stopped; i++) {
            down.add(timed(client, first[1], token));
            sourceDown.add(timed(client, first[2], serviceToken));
        }
        if (stopped > 0) {
            report("redis-stopped", first[0], down);
            report("source-during-stopped", first[0], sourceDown);
        }
    }

    static HttpResponse<String> get(HttpClient client, String url, String token) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    static double timed(HttpClient client, String url, String token) throws Exception {
        long t = System.nanoTime();
        get(client, url, token);
        return (System.nanoTime() - t) / 1e6;
    }

    static void report(String phase, String aggregate, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.println(String.format(Locale.ROOT, "%s %s %d %.2f %.2f %.2f", phase, aggregate, s.size(), pct(s, 50),
                pct(s, 99), s.get(s.size() - 1)));
    }

    static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Deletes every analytics:* key (the miss phase's "flush the cache before each miss"). */
    static void flush(String host, int port) throws Exception {
        redis(host, port, "EVAL",
                "local k = redis.call('KEYS', ARGV[1]) for i = 1, #k do redis.call('DEL', k[i]) end return #k",
                "0", "analytics:*");
    }

    /** One RESP command on a fresh connection; returns the first line of the reply. */
    static String redis(String host, int port, String... args) throws Exception {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(2000);
            StringBuilder cmd = new StringBuilder("*" + args.length + "\r\n");
            for (String arg : args) {
                cmd.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg)
                        .append("\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(cmd.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (args[0].equals("SHUTDOWN")) {
                return "";
            }
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            if (line.length() > 0 && line.charAt(0) == '-') {
                throw new IllegalStateException("redis: " + line);
            }
            return line.toString().trim();
        }
    }
}
