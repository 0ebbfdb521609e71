/*
 * Kotlin
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */

// MicroEJ SDK 6 settings: the application is the root project, named like the module of module.ivy
// (MicroEJ/docs@60343897:SDK6UserGuide/migrateApplication.rst:63, "rootProject.name replaces the module attribute").
rootProject.name = "mqttboard-firmware"
