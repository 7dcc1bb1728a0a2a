package org.universo.platformo.metaverse.internal.store;

import java.io.Serializable;
import java.util.Objects;

/** (container id, user id): the key of both member tables. */
public class MemberKey implements Serializable {
    private static final long serialVersionUID = 1L;
    public String containerId;
    public String userId;

    public MemberKey() {
    }

    public MemberKey(String containerId, String userId) {
        this.containerId = containerId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberKey k && Objects.equals(k.containerId, containerId) && Objects.equals(k.userId, userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(containerId, userId);
    }
}
