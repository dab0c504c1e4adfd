package com.bantu.common.web;

import com.bantu.common.error.BodyTooLargeException;
import com.bantu.common.error.ErrorKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request body limits ({@code bantu.web.max-body-size}, default 1 MB; {@code multipart/*} bodies:
 * {@code bantu.web.max-upload-size}, default 20 MB). A declared {@code Content-Length} above the limit is answered
 * 413 in the envelope before anything reads the body; a body without a length (chunked) is counted while it is
 * read and fails with {@link BodyTooLargeException} (also 413) once past the limit, so it is never parsed whole.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;
    private final JsonMapper json;

    public BodyLimitFilter(DataSize maxBody, DataSize maxUpload, JsonMapper json) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxUpload : maxBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            EnvelopeWriter.write(response, json, ErrorKey.PAYLOAD_TOO_LARGE);
            return;
        }
        boolean unknownLength = length < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(unknownLength ? new Limited(request, limit) : request, response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
