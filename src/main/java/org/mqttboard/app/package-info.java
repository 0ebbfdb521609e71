/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The firmware application: {@link org.mqttboard.app.Firmware} reads the configuration (sub-packages
 * {@code config} and {@code profile}) and runs the single main loop over one program: {@code Online}, which builds
 * the MQTT session ({@code SessionLink}) and the runtime components (sub-packages {@code bringup}, {@code time},
 * {@code button}, {@code display}) once, or {@code Halted} for an unusable configuration. Uses the platform
 * ports in {@link org.mqttboard.platform}; knows nothing of any concrete board or of the simulator.
 */
package org.mqttboard.app;
