package com.bantu.finance.order;

/** In-process notice: finance's copy of this order lacks fields only business can give (e.g. the sales user). */
public record OrderNeedsRefresh(String orderId) {
}
