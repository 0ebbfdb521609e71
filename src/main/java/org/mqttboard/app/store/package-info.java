/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Files kept on the board's storage that must survive a power cut at any moment: the configuration written by
 * setup mode and the CA certificates stored beside it. Built on the {@link org.mqttboard.platform.Storage} port.
 */
package org.mqttboard.app.store;
