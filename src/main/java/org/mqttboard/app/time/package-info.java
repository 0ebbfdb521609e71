/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Wall-clock time for the firmware: the SNTP client (RFC 4330 client mode over {@code java.net.DatagramSocket}),
 * the single SNTP implementation used on the device and in the simulator.
 */
package org.mqttboard.app.time;
