package com.bantu.business.notification;

public record UnreadCount(long unreadCount) {
}
