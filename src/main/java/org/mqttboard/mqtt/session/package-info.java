/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * MQTT client session: the single-threaded, caller-driven state machine ({@link
 * org.mqttboard.mqtt.session.MqttSession}: connect as a state, keep-alive, QoS 0/1/2 both ways, offline queue,
 * resend after reconnect, cause codes and counters so the application can run its reconnect policy). Depends on
 * {@link org.mqttboard.mqtt.codec} and the {@link org.mqttboard.mqtt.transport} contract only. Memory is fixed at
 * construction; see docs/engine.md for the formula.
 */
package org.mqttboard.mqtt.session;
