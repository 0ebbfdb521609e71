/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Portable test fakes (Java 7, no allocation on their data paths): {@link org.mqttboard.testkit.FakeClock},
 * {@link org.mqttboard.testkit.ScriptedTransport} (scripted short reads, writes accepting 0 then all, closes),
 * {@link org.mqttboard.testkit.ScriptedConnector} and {@link org.mqttboard.testkit.ScriptedBroker}, an in-memory
 * broker peer built on the codec's broker-side decoders. Host tests reuse them through the firmware test-jar.
 */
package org.mqttboard.testkit;
