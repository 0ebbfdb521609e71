/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Ports the firmware needs from a board: Wi-Fi, clock, buttons, display, log and configuration source.
 * Implemented by the MicroEJ device layer ({@code platform/microej}) and by the host simulator
 * ({@code platform/simulator}); the firmware is wired to one of them by constructors in an entry point.
 * Interfaces only: nothing here may depend on an implementation.
 */
package org.mqttboard.platform;
