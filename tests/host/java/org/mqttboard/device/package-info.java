/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Host tests of the MicroEJ device layer and the boards: C natives compiled and unit-tested with gcc, pure logic,
 * the {@code ej.*}-bound adapters and the entry point's wiring on scripted fakes of the MicroEJ API
 * ({@code tests/host/java/ej}), board-config consistency, and the firmware footprint measurement behind the boards'
 * memory options.
 */
package org.mqttboard.device;
