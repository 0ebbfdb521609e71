/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * HOST-ONLY integration rigs and tests with real brokers on loopback: {@link org.mqttboard.it.MosquittoRig}
 * (Debian mosquitto as a child process), {@link org.mqttboard.it.HiveMqRig} (HiveMQ CE embedded),
 * {@link org.mqttboard.it.TestPki} (certificates generated at test time), {@link org.mqttboard.it.FaultRelay},
 * the Paho peer and the engine driver; the transport tests and the engine integration matrix. See
 * docs/transport.md.
 */
package org.mqttboard.it;
