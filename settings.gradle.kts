/*
 * Kotlin
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */

// MicroEJ SDK 6 settings: the application is the root project, named like the module of module.ivy
// (MicroEJ/docs@60343897:SDK6UserGuide/migrateApplication.rst:63, "rootProject.name replaces the module attribute").
rootProject.name = "mqttboard-firmware"

// The MicroEJ Simulator mock of the firmware's natives, a subproject as in
// MicroEJ/Example-Event-Queue@047e514c:settings.gradle.kts:8-9 (folder mapping: MicroEJ/docs@60343897:
// SDK6UserGuide/selectVeePort.rst:107).
include("mqttboard-mock")
project(":mqttboard-mock").projectDir = file("platform/microej-mock")
