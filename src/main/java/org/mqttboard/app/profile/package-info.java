/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The built-in broker profiles ({@code generic}, {@code hivemq-cloud}, {@code ameba-cloud}, {@code sensoro},
 * {@code thinger}, {@code iotda-device}, {@code iotda-app}): each fills the cloud's defaults and enforces its rules
 * before any connection, and derives time-dependent credentials (Huawei IoTDA) as pure functions of the wall
 * clock. Device-bound: Java 7, MicroEJ Foundation subset
 * (EDC; SECURITY for HMAC-SHA256).
 */
package org.mqttboard.app.profile;
