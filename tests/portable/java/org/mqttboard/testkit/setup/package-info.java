/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Portable fakes for setup mode: a storage that cuts power between any two writes, scripted HTTP client streams.
 */
package org.mqttboard.testkit.setup;
