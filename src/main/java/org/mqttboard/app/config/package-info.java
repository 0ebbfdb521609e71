/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The configuration file: a strict properties parser, the typed immutable model ({@link
 * org.mqttboard.app.config.FirmwareConfig} and its parts) and the loader that validates every key and reports all
 * problems at once with key, line and reason. Secrets are masked in every message and {@code toString}.
 * Runs at boot only, never on the MQTT hot path. Device-bound: Java 7, EDC only.
 */
package org.mqttboard.app.config;
