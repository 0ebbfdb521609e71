/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * MQTT 3.1 / 3.1.1 packet codec: pure functions over caller buffers ({@code byte[] buf, int off, int limit}),
 * no I/O, no allocation, no state. Lowest layer: depends on nothing else in the firmware.
 * <p>
 * Conventions shared by every class:
 * <ul>
 * <li>Encoders work in two phases: {@code size(...)} (validates, returns the packet size) then
 * {@code encode(buf, off, limit, ...)}, which returns the bytes written or a negative {@link Status} code and
 * writes nothing on failure.</li>
 * <li>Decoders take the whole packet starting at its fixed header and return the bytes consumed,
 * {@link Status#NEED_MORE} while the packet is incomplete, or a malformed code ({@code Status.MALFORMED*} or {@link
 * Status#PROTOCOL_ERROR}). They fill a reusable {@link PacketView} owned by the caller whose offsets point into the
 * receive buffer.</li>
 * <li>Nothing reads or writes outside {@code [off, limit)}; nothing throws on malformed input.</li>
 * </ul>
 * A receive loop decodes the fixed header first ({@link FixedHeader#decode}), rejects types a client must not
 * receive, waits for {@link PacketView#packetLength()} bytes, then calls the
 * decoder of the type. Threading: every class is stateless; views belong to the caller's thread.
 */
package org.mqttboard.mqtt.codec;
