package org.universo.platformo.metaverse.internal.store;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** metaverse.unik_members */
@Entity
@Table(name = "unik_members", schema = "metaverse")
@IdClass(MemberKey.class)
@AttributeOverride(name = "containerId", column = @Column(name = "unik_id"))
public class UnikMemberEntity extends MemberBase {
}
