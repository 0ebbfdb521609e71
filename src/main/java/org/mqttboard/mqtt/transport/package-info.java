/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Byte transports under the MQTT session: the {@link org.mqttboard.mqtt.transport.Transport} contract and its
 * plain TCP ({@code java.net}) and TLS ({@code javax.net.ssl}) implementations, which run unchanged on MicroEJ
 * NET/SSL and on a JDK.
 */
package org.mqttboard.mqtt.transport;
