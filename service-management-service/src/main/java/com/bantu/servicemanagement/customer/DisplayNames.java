package com.bantu.servicemanagement.customer;

/** Display names joined into a customer response: local lookups and foundation-service names (null when down). */
public record DisplayNames(
        String parentName,
        String sourceName,
        String channelName,
        String ownerUserName,
        String agentUserName,
        String agentName,
        String industryNameZh,
        String industryNameId,
        String levelNameZh,
        String levelNameId) {

    /** The same names with foundation-service's: the owner's and the agent user's names, the agent organization's. */
    DisplayNames withFoundation(String ownerUserName, String agentUserName, String agentName) {
        return new DisplayNames(parentName, sourceName, channelName, ownerUserName, agentUserName, agentName,
                industryNameZh, industryNameId, levelNameZh, levelNameId);
    }
}
