/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The firmware application: configuration file and broker profiles, Wi-Fi/time/broker bring-up, buttons to
 * publish, subscriptions to display. Uses the MQTT session and the platform ports in
 * {@link org.mqttboard.platform}; knows nothing of any concrete board or of the simulator.
 */
package org.mqttboard.app;
