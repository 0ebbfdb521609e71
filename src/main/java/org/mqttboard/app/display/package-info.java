/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Subscriptions to the display: display rules (text, number, JSON field), the allocation-free JSON path extractor,
 * safe text for binary or oversized payloads, the scroller driven by the main loop's time, and the 5x5 LED-matrix
 * font. The matrix is the simulator's default board (its front panel shows it) and the display a board with a
 * 5x5 matrix plugs in through {@code org.mqttboard.microej.Matrix5x5Driver}; none of the three supported boards has
 * one (LCD on the ESP-WROVER-KIT, the serial console on the others).
 */
package org.mqttboard.app.display;
