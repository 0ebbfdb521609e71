/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * HOST-ONLY simulator ({@code ./simulate}, docs/simulator.md): runs the unchanged firmware on the JVM behind
 * simulated board ports ({@link org.mqttboard.sim.SimClock}, {@link org.mqttboard.sim.SimWifi},
 * {@link org.mqttboard.sim.SimNetwork}, {@link org.mqttboard.sim.SimButtons}, {@link org.mqttboard.sim.SimDisplay},
 * {@link org.mqttboard.sim.SimLog}, {@link org.mqttboard.sim.SimConfigSource}), with an embedded broker, a loopback
 * SNTP responder, an independent peer client, a terminal panel, a Swing front panel and a script console.
 * Java 17; never imported by device-bound code.
 */
package org.mqttboard.sim;
