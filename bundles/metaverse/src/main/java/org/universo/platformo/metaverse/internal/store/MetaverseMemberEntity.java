package org.universo.platformo.metaverse.internal.store;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** metaverse.metaverse_members */
@Entity
@Table(name = "metaverse_members", schema = "metaverse")
@IdClass(MemberKey.class)
@AttributeOverride(name = "containerId", column = @Column(name = "metaverse_id"))
public class MetaverseMemberEntity extends MemberBase {
}
