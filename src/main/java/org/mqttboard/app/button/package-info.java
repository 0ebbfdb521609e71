/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Buttons to publishes: the thread-safe edge ring fed by the board's input thread, the single debounce and
 * short/long classification, payload templates, the per-profile rate limit and the publisher that hands presses
 * to the MQTT engine (or its offline queue).
 */
package org.mqttboard.app.button;
