/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Bring-up of the firmware: the state machine from BOOT to ONLINE, its backoff with full jitter, the stable state
 * and error names shown on the display and printed by the simulator, and the narrow link interface it drives the
 * MQTT engine through.
 */
package org.mqttboard.app.bringup;
