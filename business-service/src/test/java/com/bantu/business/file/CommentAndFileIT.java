package com.bantu.business.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommentAndFileIT extends IntegrationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};

    private final HttpClient client = HttpClient.newHttpClient();

    private record Upload(int status, JsonNode body) {
    }

    private Upload upload(String path, String token, String filename, String contentType, byte[] bytes,
                          String category) throws Exception {
        String boundary = "----bantu" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file_category\"\r\n\r\n"
                + category + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\""
                + "\r\n\r\nscan\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        return new Upload(r.statusCode(), JSON.readTree(r.body()));
    }

    private static long filesOnDisk(String orderId) throws IOException {
        Path dir = FILES_DIR.resolve("order_" + orderId);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commentsThreadedPinnedInternalUnderBothPrefixes() {
        User sales = user("SALES");
        String orderId = null;
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            orderId = order(sales).get("id").asText();
            String comments = base + "/" + orderId + "/comments";
            Resp first = http.post(comments, sales.token(), map("content", "first", "is_internal", true));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            assertThat(first.data().get("is_internal").asBoolean()).isTrue();
            assertThat(first.data().get("created_by").asText()).isEqualTo(sales.id());
            assertThat(first.data().get("created_by_name").asText()).startsWith("sales");
            String firstId = first.data().get("id").asText();
            Resp second = http.post(comments + "?lang=id", sales.token(), map("content", "kedua"));
            assertThat(second.data().get("content_id").asText()).isEqualTo("kedua");
            Resp reply = http.post(comments + "/" + firstId + "/reply", sales.token(), map("content", "re"));
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.data().get("replied_to_comment_id").asText()).isEqualTo(firstId);
            assertThat(reply.data().get("is_pinned").asBoolean()).isFalse();
            Resp pinned = http.post(comments + "/" + firstId + "/pin", sales.token(), map("is_pinned", true));
            assertThat(pinned.data().get("is_pinned").asBoolean()).isTrue();
            assertThat(http.post(comments + "/" + reply.data().get("id").asText() + "/pin", sales.token(),
                    map("is_pinned", true)).fields()).containsExactly("is_pinned");
            Resp list = http.get(comments + "?page=1&size=100", sales.token());
            assertThat(list.data().get("items")).hasSize(3);
            assertThat(list.data().get("items").get(0).get("id").asText()).as("pinned first").isEqualTo(firstId);
            assertThat(http.get(comments + "?is_internal=true", sales.token()).data().get("total").asLong())
                    .isEqualTo(1);
            assertThat(http.put(comments + "/" + firstId, sales.token(), map("content", "edited")).data()
                    .get("content").asText()).isEqualTo("edited");
            assertThat(http.put(comments + "/" + firstId, token("OPERATION"), map("content", "x")).status())
                    .isEqualTo(404);
            assertThat(http.put(comments + "/" + firstId, admin(), map("content", "by admin")).status())
                    .isEqualTo(200);
            assertThat(http.post(comments, sales.token(), map("content", " ")).fields()).containsExactly("content");
            assertThat(http.get(comments + "/" + firstId, sales.token()).data().get("content").asText())
                    .isEqualTo("by admin");
            assertThat(http.delete(comments + "/" + reply.data().get("id").asText(), sales.token()).status())
                    .isEqualTo(200);
            assertThat(http.get(comments, user("SALES").token()).status()).isEqualTo(404);
            // the author only edits their own
            Resp adminComment = http.post(comments, admin(), map("content", "from admin"));
            assertThat(http.delete(comments + "/" + adminComment.data().get("id").asText(), sales.token()).status())
                    .isEqualTo(403);
        }
        // a reply to another order's comment is a 404
        String otherOrder = order(sales).get("id").asText();
        String foreign = http.post(ORDERS + "/" + otherOrder + "/comments", sales.token(), map("content", "x")).data()
                .get("id").asText();
        assertThat(http.post(ORDERS + "/" + orderId + "/comments/" + foreign + "/reply", sales.token(),
                map("content", "y")).status()).isEqualTo(404);
    }

    @Test
    void uploadListDownloadVerifyDeleteUnderBothPrefixes() throws Exception {
        User sales = user("SALES");
        String orderId = order(sales).get("id").asText();
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            Upload up = upload(base + "/" + orderId + "/files", sales.token(), "passport scan.pdf",
                    "application/pdf", PDF, "passport");
            assertThat(up.status()).as(up.body().toString()).isEqualTo(201);
            JsonNode f = up.body().get("data");
            String id = f.get("id").asText();
            assertThat(f.get("file_name").asText()).isEqualTo("passport scan.pdf");
            assertThat(f.get("mime_type").asText()).isEqualTo("application/pdf");
            assertThat(f.get("file_type").asText()).isEqualTo("pdf");
            assertThat(f.get("file_size").asLong()).isEqualTo(PDF.length);
            assertThat(f.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(PDF)));
            assertThat(f.get("uploaded_by").asText()).isEqualTo(sales.id());
            assertThat(f.get("file_url").asText()).isEqualTo(base + "/" + orderId + "/files/" + id + "/download");
            Resp list = http.get(base + "/" + orderId + "/files?page=1&size=100&category=passport", sales.token());
            assertThat(list.data().get("items").findValuesAsString("id")).contains(id);
            HttpResponse<byte[]> dl = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + base + "/" + orderId + "/files/" + id + "/download")).header("Authorization", "Bearer "
                    + token("FINANCE")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(dl.statusCode()).isEqualTo(200);
            assertThat(dl.body()).isEqualTo(PDF);
            assertThat(dl.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(dl.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment").contains("passport");
            assertThat(http.post(base + "/" + orderId + "/files/" + id + "/verify", sales.token(),
                    map("is_verified", true)).status()).isEqualTo(403);
            Resp verified = http.post(base + "/" + orderId + "/files/" + id + "/verify", admin(),
                    map("is_verified", true));
            assertThat(verified.data().get("is_verified").asBoolean()).isTrue();
            assertThat(verified.data().get("verified_at").isNull()).isFalse();
            assertThat(http.put(base + "/" + orderId + "/files/" + id, sales.token(), map("file_category", "visa",
                    "is_required", true)).data().get("file_category").asText()).isEqualTo("visa");
            assertThat(http.get(base + "/" + orderId + "/files/" + id, sales.token()).data().get("is_required")
                    .asBoolean()).isTrue();
            assertThat(http.delete(base + "/" + orderId + "/files/" + id, sales.token()).status()).isEqualTo(200);
            assertThat(http.get(base + "/" + orderId + "/files/" + id, sales.token()).status()).isEqualTo(404);
        }
        assertThat(filesOnDisk(orderId)).as("deleted files leave the disk").isZero();
        Upload png = upload(ORDERS + "/" + orderId + "/files", sales.token(), "photo.png", "image/png", PNG,
                "document");
        assertThat(png.status()).isEqualTo(201);
        assertThat(http.get(ORDERS_ALIAS + "/" + orderId + "/files?page=1&size=100", user("SALES").token()).status())
                .isEqualTo(404);
        // deleting the order removes its files
        assertThat(filesOnDisk(orderId)).isEqualTo(1);
        assertThat(http.delete(ORDERS + "/" + orderId, sales.token()).status()).isEqualTo(200);
        assertThat(filesOnDisk(orderId)).isZero();
    }

    @Test
    void refusedUploadsLeaveNoFileBehind() throws Exception {
        User sales = user("SALES");
        String orderId = order(sales).get("id").asText();
        String files = ORDERS + "/" + orderId + "/files";
        // over the configured limit (64 KB in tests): 413
        byte[] big = new byte[70 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Upload tooBig = upload(files, sales.token(), "big.pdf", "application/pdf", big, "document");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.body().get("code").asInt()).isEqualTo(413);
        // the bytes are a PNG but the name says pdf; a PDF declared as an image; text renamed to .pdf
        Upload renamed = upload(files, sales.token(), "fake.pdf", "application/pdf", PNG, "document");
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.body().get("data").get(0).get("field").asText()).isEqualTo("file");
        assertThat(upload(files, sales.token(), "doc.pdf", "image/png", PDF, "document").status()).isEqualTo(400);
        assertThat(upload(files, sales.token(), "notes.pdf", "application/pdf",
                "just text".getBytes(StandardCharsets.UTF_8), "document").status()).isEqualTo(400);
        assertThat(upload(files, sales.token(), "noextension", "application/pdf", PDF, "document").status())
                .isEqualTo(400);
        assertThat(upload(files, sales.token(), "a.pdf", "application/pdf", PDF, "bogus").status()).isEqualTo(400);
        assertThat(filesOnDisk(orderId)).as("nothing left on disk").isZero();
        assertThat(http.get(files, sales.token()).data().get("total").asLong()).isZero();
        // roles: FINANCE reads but does not upload; another sales user does not even see the order
        assertThat(upload(files, token("FINANCE"), "a.pdf", "application/pdf", PDF, "document").status())
                .isEqualTo(403);
        assertThat(upload(files, user("SALES").token(), "a.pdf", "application/pdf", PDF, "document").status())
                .isEqualTo(404);
        assertThat(filesOnDisk(orderId)).isZero();
    }
}
