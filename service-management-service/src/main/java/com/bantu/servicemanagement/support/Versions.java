package com.bantu.servicemanagement.support;

import com.bantu.common.error.ConflictException;

/** Optimistic locking as the client sees it (customers, products, service records). */
public final class Versions {

    private Versions() {
    }

    /**
     * A body that carries {@code version} must carry the current one, else 409 (someone saved in between). JPA's
     * {@code @Version} catches the remaining race between read and write. A body without it is applied as is.
     */
    public static void expect(Long sent, Long current) {
        if (sent != null && !sent.equals(current)) {
            throw new ConflictException("Record was changed by someone else (version " + current + ", sent " + sent
                    + "); reload and retry");
        }
    }
}
