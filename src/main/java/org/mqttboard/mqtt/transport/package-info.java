/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Byte transports under the MQTT session: the {@link org.mqttboard.mqtt.transport.Transport} and
 * {@link org.mqttboard.mqtt.transport.Connector} contracts and their implementation,
 * {@link org.mqttboard.mqtt.transport.SocketConnector} / {@link org.mqttboard.mqtt.transport.SocketTransport},
 * plain TCP ({@code java.net}) or TLS 1.2 ({@code javax.net.ssl}), which runs unchanged on MicroEJ NET/SSL and on a
 * JDK. Where the TLS host-name check runs is a {@link org.mqttboard.mqtt.transport.TlsPolicy}; failures are
 * classified into {@link org.mqttboard.mqtt.transport.TransportError} codes by
 * {@link org.mqttboard.mqtt.transport.FailureClassifier}. See docs/transport.md.
 */
package org.mqttboard.mqtt.transport;
