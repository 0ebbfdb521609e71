/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The firmware application: {@link org.mqttboard.app.Firmware} reads the configuration (sub-packages
 * {@code config} and {@code profile}), wires the MQTT session and the runtime components (sub-packages
 * {@code bringup}, {@code time}, {@code button}, {@code display}) and runs the single main loop. Uses the platform
 * ports in {@link org.mqttboard.platform}; knows nothing of any concrete board or of the simulator.
 */
package org.mqttboard.app;
