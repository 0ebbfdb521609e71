/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The MicroEJ device layer: implementations of the {@code org.mqttboard.platform} ports with MicroEJ Foundation
 * Libraries (BON, ECOM-WIFI, ECOM-NETWORK, Event Queue, MicroUI, FS) and the firmware entry point {@link
 * org.mqttboard.microej.Main}. Device-bound: Java 7, compiled on the host against signature stubs
 * ({@code platform/microej-api-stubs}) that are never shipped; the VEE Port provides the real classes.
 * <p>
 * Pure decoding and mapping logic ({@link org.mqttboard.microej.ButtonEventCodec},
 * {@link org.mqttboard.microej.SecurityModeNames}, {@link org.mqttboard.microej.StatusColors},
 * {@link org.mqttboard.microej.BoardProfile}) touches no {@code ej.*} type, so host tests run it on a JDK.
 */
package org.mqttboard.microej;
