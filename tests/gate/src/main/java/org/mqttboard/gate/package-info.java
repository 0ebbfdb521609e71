/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Host-only build checks of the device-bound bytecode: the MicroEJ API gate (allow-list of Foundation and add-on
 * library members, Java 7 class files, no invokedynamic, no host-only references), and the readers the layout,
 * {@code module.ivy} and resources-list tests share. Never imported by device-bound code (the gate itself rejects
 * it). Data lives in {@code tests/gate/allowlist}; see {@code docs/foundation.md}.
 */
package org.mqttboard.gate;
