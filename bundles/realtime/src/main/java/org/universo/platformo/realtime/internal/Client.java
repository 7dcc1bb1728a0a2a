package org.universo.platformo.realtime.internal;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.realtime.protocol.View;

/** A player in a room: their avatar, inputs waiting for ticks, and the views they were sent. Tick thread only. */
final class Client {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_QUEUED_INPUTS = 8;
    /** Inputs left waiting after a tick before older ones are skipped. */
    static final int BACKLOG = 2;

    final String userId;
    /** Who joined (the latest connection's sign-in): asked again whenever the world's access changes. */
    org.universo.platformo.auth.api.AuthPrincipal principal;
    final Body avatar;
    final String reconnectToken;
    final ArrayDeque<Intent> inputs = new ArrayDeque<>();
    final TreeMap<Long, View> views = new TreeMap<>();
    final AtomicInteger pendingSends = new AtomicInteger();
    Link link;
    long detachedUntilMs;
    /** Set when the entity the player's avatar stands for left the world: the avatar goes then (0: stays). */
    long leaveAtMs;
    Motion.Input input = Motion.Input.IDLE;
    long lastProcessedSeq = -1;
    long ackTick = -1;
    long overflowedInputs;

    Client(String userId, Body avatar, Link link) {
        this.userId = userId;
        this.avatar = avatar;
        this.link = link;
        byte[] token = new byte[18];
        RANDOM.nextBytes(token);
        this.reconnectToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    boolean attached() {
        return link != null;
    }

    /** Queued for the next ticks, one per tick: more intents than ticks never move an avatar faster. */
    void offer(Intent intent) {
        if (inputs.size() == MAX_QUEUED_INPUTS) {
            inputs.pollFirst();
            overflowedInputs++;
        }
        inputs.addLast(intent);
        if (intent.ackTick() != null && intent.ackTick() > ackTick) {
            ackTick = intent.ackTick();
        }
    }
}
