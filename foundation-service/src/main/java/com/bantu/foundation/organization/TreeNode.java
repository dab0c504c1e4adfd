package com.bantu.foundation.organization;

import java.util.ArrayList;
import java.util.List;

public record TreeNode(String id, String name, String code, String organizationType, boolean isActive,
                       List<TreeNode> children) {

    static TreeNode of(Organization o) {
        return new TreeNode(o.getId(), o.name, o.code, o.organizationType, o.isActive(), new ArrayList<>());
    }
}
