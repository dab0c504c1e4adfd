import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * CPU per call on the caller's side of one HTTP client (bench/http-client.sh): {@code jdk} (java.net.http, blocking
 * send, as InternalApiClient used it) or {@code apache} (Apache HttpClient 5 classic, pooled). Each call is a POST of
 * an outbox-event-sized JSON body with the headers an internal call carries; the answer (a small envelope) is read
 * whole. Prints "kind cpu_us_per_call wall_us_per_call" after {@code warm} calls that are not counted.
 * Usage: java -cp <httpclient5 jars>:. HttpClientBench.java kind url warm calls
 */
public class HttpClientBench {

    static final String BODY = "{\"id\":\"0b6f3f4e-8f1e-4a53-9d55-0d4d2b7c1a11\",\"type\":\"order.submitted\",\"version\":1,"
            + "\"source\":\"business-service\",\"occurred_at\":\"2026-12-01T00:00:00Z\",\"payload\":{\"order_id\":"
            + "\"5f0c8a1e-2b7d-4c3e-9a61-3f2d7e8b9c10\",\"order_number\":\"ORD-20261201-A1B2C3\",\"title\":\"Bench\","
            + "\"customer_id\":\"7c1e4b2a-9d3f-4e5a-8b6c-1d2e3f4a5b6c\",\"customer_name\":\"PT Bench\",\"sales_user_id\":"
            + "\"00000000-0000-0000-0000-000000000011\",\"final_amount\":1656.48,\"currency_code\":\"CNY\"}}";

    public static void main(String[] a) throws Exception {
        String kind = a[0];
        URI uri = URI.create(a[1]);
        int warm = Integer.parseInt(a[2]);
        int calls = Integer.parseInt(a[3]);
        Runnable call = kind.equals("jdk") ? jdk(uri) : apache(uri);
        for (int i = 0; i < warm; i++) {
            call.run();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - t0;
        System.out.printf("%s %.1f %.1f%n", kind, cpu / 1e3 / calls, wall / 1e3 / calls);
    }

    static Runnable jdk(URI uri) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        return () -> {
            try {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Authorization", "Bearer bench.token.value").header("Idempotency-Key", "k")
                        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofByteArray());
                check(r.statusCode());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static Runnable apache(URI uri) {
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnPerRoute(32).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(2)).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().build();
        return () -> {
            try {
                HttpPost post = new HttpPost(uri);
                post.setHeader("Accept", "application/json");
                post.setHeader("Authorization", "Bearer bench.token.value");
                post.setHeader("Idempotency-Key", "k");
                post.setEntity(new StringEntity(BODY, ContentType.APPLICATION_JSON));
                client.execute(post, r -> {
                    EntityUtils.toByteArray(r.getEntity());
                    check(r.getCode());
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
    }
}
