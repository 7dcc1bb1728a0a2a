package org.universo.platformo.publish.internal.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite keys of the publication tables: a project id and a second part (user id or number). */
public final class Key {
    private Key() {
    }

    /** (project, user). */
    public static class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        public String containerId;
        public String userId;

        public Member() {
        }

        public Member(String containerId, String userId) {
            this.containerId = containerId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member k && Objects.equals(k.containerId, containerId) && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(containerId, userId);
        }
    }

    /** (project, number). */
    public static class Numbered implements Serializable {
        private static final long serialVersionUID = 1L;
        public String projectId;
        public int number;

        public Numbered() {
        }

        public Numbered(String projectId, int number) {
            this.projectId = projectId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Numbered k && k.number == number && Objects.equals(k.projectId, projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, number);
        }
    }
}
