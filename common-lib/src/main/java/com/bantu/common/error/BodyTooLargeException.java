package com.bantu.common.error;

import java.io.IOException;

/** A request body grew past its limit while being read (a chunked body has no length to check up front): 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
