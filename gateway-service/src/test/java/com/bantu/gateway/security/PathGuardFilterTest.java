package com.bantu.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.RequestPath;

class PathGuardFilterTest {

    @Test
    void normalisedPathsPass() {
        assertThat(PathGuardFilter.isNormalised("/")).isTrue();
        assertThat(PathGuardFilter.isNormalised("/api/foundation/users/1")).isTrue();
        assertThat(PathGuardFilter.isNormalised("/api/foundation/users/")).isTrue();
        assertThat(PathGuardFilter.isNormalised("/api/foundation/users/a%20b")).isTrue();
        assertThat(PathGuardFilter.isNormalised("/api/foundation/users/..x")).isTrue();
    }

    @Test
    void trickyPathsAreRefused() {
        for (String p : new String[] {"/a/../b", "/a/./b", "/a//b", "/a/%2e%2E/b", "/a/..;x=1/b", "/a/%2fb",
                "/a\\b", "/a/%5cb", "/a/%00", "/a/%252e%252e/b", "/a/..", "/a/%3b/b"}) {
            assertThat(PathGuardFilter.isNormalised(p)).as(p).isFalse();
        }
    }

    @Test
    void internalPrefixIsDetectedWithParametersAndCase() {
        assertThat(PathGuardFilter.isInternal(RequestPath.parse("/internal/x", null).pathWithinApplication())).isTrue();
        assertThat(PathGuardFilter.isInternal(RequestPath.parse("/Internal;a=b", null).pathWithinApplication())).isTrue();
        assertThat(PathGuardFilter.isInternal(RequestPath.parse("/api/internal", null).pathWithinApplication())).isFalse();
        assertThat(PathGuardFilter.isInternal(RequestPath.parse("/internals", null).pathWithinApplication())).isFalse();
    }
}
