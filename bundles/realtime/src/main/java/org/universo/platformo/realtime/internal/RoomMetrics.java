package org.universo.platformo.realtime.internal;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** universo_room_* metrics at /metrics; all rooms of the node together. */
@Component(service = RoomMetrics.class)
public final class RoomMetrics {
    private final Histogram tick = Histogram.builder().name("universo_room_tick_seconds")
            .help("Work of one room tick: simulation, encoding, sending")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.033, 0.05, 0.1).build();
    private final Histogram jitter = Histogram.builder().name("universo_room_tick_lateness_seconds")
            .help("How late a tick started against its fixed deadline")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05).build();
    private final Counter skipped = Counter.builder().name("universo_room_tick_resets_total")
            .help("Schedules restarted because a room fell more than 5 ticks behind").build();
    private final Gauge rooms = Gauge.builder().name("universo_rooms").help("Rooms running").build();
    private final Gauge clients = Gauge.builder().name("universo_room_clients")
            .help("Clients connected to rooms (detached ones waiting for a reconnection not counted)").build();
    private final Counter bytes = Counter.builder().name("universo_room_bytes_out_total")
            .help("Bytes of state and events sent to clients").build();
    private final Counter messages = Counter.builder().name("universo_room_frames_out_total")
            .help("Frames sent to clients").build();
    private final Histogram delta = Histogram.builder().name("universo_room_state_bytes")
            .help("Size of one client's state message (snapshot or delta)")
            .classicUpperBounds(64, 256, 1024, 4096, 16384, 65536).build();
    private final Counter intents = Counter.builder().name("universo_room_intents_total")
            .help("Intents by outcome").labelNames("outcome").build();
    private final Histogram ackLag = Histogram.builder().name("universo_room_ack_lag_ticks")
            .help("Ticks between the state sent and the state the client last acknowledged")
            .classicUpperBounds(1, 2, 3, 5, 10, 20, 40).build();
    private final Counter errors = Counter.builder().name("universo_room_protocol_errors_total")
            .help("Bad client messages by code").labelNames("code").build();
    private final Counter actions = Counter.builder().name("universo_room_actions_total")
            .help("Outcomes of intent actions and other extension work, by kind (fire, use_module, interact…) and"
                    + " outcome (hit, miss, refused, unhandled…)").labelNames("kind", "outcome").build();
    private final Counter extensionErrors = Counter.builder().name("universo_room_extension_errors_total")
            .help("Calls into a domain's room extension that threw, by extension point; the room goes on")
            .labelNames("point").build();
    private final Counter failedTicks = Counter.builder().name("universo_room_failed_ticks_total")
            .help("Room ticks that threw; a room failing many in a row is closed").build();
    private final Counter failedRooms = Counter.builder().name("universo_room_failed_closes_total")
            .help("Rooms closed because their ticks kept failing").build();
    private final Counter corrections = Counter.builder().name("universo_room_body_corrections_total")
            .help("Bodies put back inside the world bounds or to finite numbers after a step").build();
    private final Counter writeBack = Counter.builder().name("universo_room_writeback_total")
            .help("Component writes of rooms to the entity store by outcome (written, refused: invalid and dropped,"
                    + " failed: retried)").labelNames("outcome").build();
    private final List<io.prometheus.metrics.model.registry.Collector> all = List.of(tick, jitter, skipped, rooms,
            clients, bytes, messages, delta, intents, ackLag, errors, actions, extensionErrors, failedTicks, failedRooms, corrections,
            writeBack);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(PrometheusRegistry registry) {
        all.forEach(registry::register);
    }

    void unbindRegistry(PrometheusRegistry registry) {
        all.forEach(registry::unregister);
    }

    void tick(long workNanos, long lateNanos) {
        tick.observe(workNanos / 1e9);
        jitter.observe(Math.max(0, lateNanos) / 1e9);
    }

    void skipped() {
        skipped.inc();
    }

    void rooms(int n) {
        rooms.set(n);
    }

    void clients(double change) {
        clients.inc(change);
    }

    void sent(int frameBytes) {
        bytes.inc(frameBytes);
        messages.inc();
    }

    void stateBytes(int n) {
        delta.observe(n);
    }

    void intent(String outcome) {
        intents.labelValues(outcome).inc();
    }

    void ackLag(long ticks) {
        ackLag.observe(ticks);
    }

    void error(String code) {
        errors.labelValues(code).inc();
    }

    void action(String kind, String outcome) {
        actions.labelValues(kind, outcome).inc();
    }

    void extensionError(String point) {
        extensionErrors.labelValues(point).inc();
    }

    void failedTick() {
        failedTicks.inc();
    }

    void failedRoom() {
        failedRooms.inc();
    }

    void corrected() {
        corrections.inc();
    }

    void writeBack(String outcome, int writes) {
        writeBack.labelValues(outcome).inc(writes);
    }
}
