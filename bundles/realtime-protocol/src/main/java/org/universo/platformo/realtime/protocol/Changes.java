package org.universo.platformo.realtime.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed from a base view to the current one: entities that came into view, left it, or changed. Velocity
 * counts only for the client's own entity ({@code ownHandle}): others' velocities travel with full states.
 */
public record Changes(List<NetEntity> added, List<NetEntity> removed, List<Update> updated) {
    public static final int POS = 1;
    public static final int ROT = 2;
    public static final int VEL = 4;
    public static final int FLAGS = 8;
    public static final int COMPONENTS = 16;
    /** As {@code ownHandle}: count velocity changes of every entity (a decoder rebuilding what it was sent). */
    public static final int EVERY_VELOCITY = -2;

    /** {@code mask}: which of the fields changed. */
    public record Update(NetEntity now, NetEntity base, int mask) {
    }

    public static Changes between(View base, View current, int ownHandle) {
        List<NetEntity> added = new ArrayList<>();
        List<NetEntity> removed = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        NetEntity[] a = base.entities();
        NetEntity[] b = current.entities();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i].handle() < b[j].handle()) {
                removed.add(a[i++]);
            } else if (i >= a.length || b[j].handle() < a[i].handle()) {
                added.add(b[j++]);
            } else {
                NetEntity was = a[i++];
                NetEntity now = b[j++];
                if (was != now) {
                    int mask = mask(was, now, ownHandle == EVERY_VELOCITY || now.handle() == ownHandle);
                    if (mask != 0) {
                        updated.add(new Update(now, was, mask));
                    }
                }
            }
        }
        return new Changes(added, removed, updated);
    }

    static int mask(NetEntity was, NetEntity now, boolean own) {
        int mask = 0;
        if (!now.samePose(was)) {
            mask |= POS;
        }
        if (!now.sameRotation(was)) {
            mask |= ROT;
        }
        if (own && !now.sameVelocity(was)) {
            mask |= VEL;
        }
        if (now.flags() != was.flags()) {
            mask |= FLAGS;
        }
        if (!now.sameComponents(was)) {
            mask |= COMPONENTS;
        }
        return mask;
    }
}
