/*
 * Kotlin
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */

// MicroEJ SDK 6 mock project of the firmware's SNI natives, in the form of
// MicroEJ/Example-Event-Queue@047e514c:event-queue-example-mock/build.gradle.kts: plugin com.microej.gradle.mock,
// the Mock API compile-only, the Event Queue pack's mock API. The host build compiles the same sources (pom.xml).
// An SDK 6 application may install a mock only with an SDK 6 VEE Port (MicroEJ/docs@60343897:
// VEEPortingGuide/mock.rst:355-381); the public ESP32 VEE Ports are SDK 5, so the jar goes into the VEE Port
// (README, Run on the MicroEJ Simulator).

plugins {
    id("com.microej.gradle.mock") version "1.4.0"
}

group = "org.mqttboard"
version = "0.1.0"

dependencies {
    compileOnly("com.microej.tool.runtime:mock-api:2.6.0")
    // Event Queue 2.2.0 and lower (MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:387)
    implementation(group = "com.microej.pack.event", name = "event-pack", version = "2.2.0", configuration = "mockAPI")
}
