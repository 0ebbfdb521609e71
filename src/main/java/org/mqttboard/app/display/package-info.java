/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Subscriptions to the display: display rules (text, number, JSON field), the allocation-free JSON path extractor,
 * safe text for binary or oversized payloads, the 5x5 LED-matrix font for printable ASCII and the scroller driven
 * by the main loop's time.
 */
package org.mqttboard.app.display;
