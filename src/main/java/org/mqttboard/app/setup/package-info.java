/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Setup mode: the board opens its own Wi-Fi access point and serves one small page over HTTP/1.1 where a phone or a
 * laptop reads, checks and saves the configuration file (secrets never leave the board). Nothing here is constructed
 * in normal mode. Its only link to the configuration reader is {@link org.mqttboard.app.setup.ConfigCheck}.
 */
package org.mqttboard.app.setup;
