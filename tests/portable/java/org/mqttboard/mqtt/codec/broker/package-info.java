/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Test scope: the server side of the codec (decode CONNECT, SUBSCRIBE, UNSUBSCRIBE; encode CONNACK, SUBACK,
 * UNSUBACK, PINGRESP; PUBLISH and acks reuse the main codec). A round-trip oracle for the client codec and the
 * building block of scripted brokers. Never shipped.
 */
package org.mqttboard.mqtt.codec.broker;
