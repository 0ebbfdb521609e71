/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * MicroEJ device layer: implementations of {@code org.mqttboard.platform} on MicroEJ Foundation and add-on
 * libraries, and the firmware entry point {@link org.mqttboard.microej.Main}. Device-bound (Java 7, API gate).
 */
package org.mqttboard.microej;
