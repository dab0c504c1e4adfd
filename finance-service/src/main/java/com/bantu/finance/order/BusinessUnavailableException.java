package com.bantu.finance.order;

import com.bantu.common.error.ApiException;
import org.springframework.http.HttpStatus;

/** 503: business-service (owner of orders and notifications) did not answer in time or its breaker is open. */
public class BusinessUnavailableException extends ApiException {

    public BusinessUnavailableException(String reason) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "订单服务暂不可用 (business-service unavailable: " + reason + ")");
    }
}
