/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Portable fakes for the application runtime tests: scripted Wi-Fi, time sync, broker link, and recording display,
 * console and status observer. Java 7, no mocking library.
 */
package org.mqttboard.testkit.app;
