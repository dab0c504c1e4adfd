package com.bantu.common.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * {@link InternalApiClient}'s requests on the JDK HTTP client, sent with the blocking {@link HttpClient#send} on the
 * calling thread: the body as the bytes already written ({@code ofByteArray}), the answer read whole
 * ({@code ofByteArray}), {@code timeout} = the read timeout, bounding the exchange up to the last byte of the answer.
 * <p>
 * Why not Spring's {@code JdkClientHttpRequestFactory}: it writes every body on an executor (a new thread per request
 * unless one is given) and, with a read timeout, sends with {@code sendAsync}, whose completion the JDK hands to
 * {@code CompletableFuture}'s default executor — on a machine or container with two CPUs or fewer that starts a new
 * thread for every request. Internal answers are small JSON envelopes read whole anyway, so nothing is lost.
 */
final class BlockingJdkRequestFactory implements ClientHttpRequestFactory {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Duration timeout;

    BlockingJdkRequestFactory(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
        return new Request(uri, method);
    }

    private final class Request extends AbstractBufferingClientHttpRequest {
        private final URI uri;
        private final HttpMethod method;

        Request(URI uri, HttpMethod method) {
            this.uri = uri;
            this.method = method;
        }

        @Override
        public HttpMethod getMethod() {
            return method;
        }

        @Override
        public URI getURI() {
            return uri;
        }

        @Override
        protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method(method.name(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            try {
                return new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException io = new InterruptedIOException("interrupted while waiting for " + uri);
                io.initCause(e);
                throw io;
            }
        }
    }

    private static final class Response implements ClientHttpResponse {
        private final HttpResponse<byte[]> response;
        private final HttpHeaders headers = new HttpHeaders();

        Response(HttpResponse<byte[]> response) {
            this.response = response;
            response.headers().map().forEach(headers::addAll);
        }

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatusCode.valueOf(response.statusCode());
        }

        @Override
        public String getStatusText() {
            return "";
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            byte[] body = response.body();
            return new ByteArrayInputStream(body == null ? new byte[0] : body);
        }

        @Override
        public void close() {
        }
    }
}
