package org.switchboard.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A group a supervisor looks after (table supervisor_group). */
@Entity
@Table(name = "supervisor_group")
@IdClass(SupervisedGroup.Key.class)
public class SupervisedGroup {

    /** The composite key: supervisor and group. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String supervisor;
        private String groupName;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(supervisor, k.supervisor)
                    && java.util.Objects.equals(groupName, k.groupName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(supervisor, groupName);
        }
    }

    @Id
    @Column(name = "username")
    private String supervisor;

    @Id
    @Column(name = "group_name")
    private String groupName;

    protected SupervisedGroup() {
    }
}
