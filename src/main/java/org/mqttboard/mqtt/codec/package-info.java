/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * MQTT 3.1 / 3.1.1 packet codec: pure functions over caller buffers ({@code byte[] buf, int off, int limit}),
 * no I/O, no allocation, no state. Lowest layer: depends on nothing else in the firmware.
 */
package org.mqttboard.mqtt.codec;
