/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * MQTT client session: the single-threaded, caller-driven state machine (connect, keep-alive, QoS flows,
 * offline queue, reconnect). Depends on {@link org.mqttboard.mqtt.codec} and the
 * {@link org.mqttboard.mqtt.transport.Transport} contract only. Memory is fixed at construction.
 */
package org.mqttboard.mqtt.session;
