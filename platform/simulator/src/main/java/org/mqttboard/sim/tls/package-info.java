/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * HOST-ONLY TLS glue that lets the device-bound socket connector verify host names on a JDK the way the MicroEJ
 * native SSL layer does on the board.
 */
package org.mqttboard.sim.tls;
