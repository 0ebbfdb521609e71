/*
 * Kotlin
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */

// MicroEJ SDK 6 build of the mqttboard firmware: the same application as module.ivy (SDK 5). A host test
// (tests/host, SdkDescriptorsTest) keeps both in step: same modules and versions, main class, sources, resources and
// test folder. Form: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/build.gradle.kts and
// MicroEJ/Example-IOT@b02ec8dd:ssl-mqtt-subscriber/build.gradle.kts (plugin, microej block, dependencies).
// Application Options: copy board-config/<board>/configuration/common.properties to configuration/common.properties
// (MicroEJ/Example-IOT@b02ec8dd:ssl-mqtt-subscriber/configuration/common.properties).

plugins {
    // SDK 6 plugin version of MicroEJ/Example-Event-Queue@047e514c:gradle/libs.versions.toml:5
    id("com.microej.gradle.application") version "1.4.0"
}

group = "org.mqttboard"
version = "0.1.0"

microej {
    applicationEntryPoint = "org.mqttboard.microej.Main"
}

sourceSets {
    main {
        // src/main/java and src/main/resources are the Gradle defaults; the MicroEJ device layer is a second Java
        // folder (the SDK 5 build adds it in module.ant).
        java.srcDir("platform/microej/src/main/java")
    }
}

dependencies {
    // Foundation Libraries, the revisions of module.ivy (pinned to what the ESP32 VEE Ports embed).
    implementation("ej.api:edc:1.3.5")
    implementation("ej.api:net:1.1.2")
    implementation("ej.api:ssl:2.2.1")
    implementation("ej.api:bon:1.4.0")
    implementation("ej.api:ecom-network:2.0.1")
    implementation("ej.api:ecom-wifi:2.1.2")
    implementation("ej.api:event:2.0.0")
    implementation("ej.api:microui:3.1.0")
    implementation("ej.api:fs:2.1.1")
    implementation("ej.api:security:1.4.0")

    // VEE Port: the folder of a VEE Port built with SDK 5 ("Build Module" on its configuration project), passed as
    //   ./gradlew build -Pmqttboard.veePort=<VEE Port clone>/ESP32WROVER-Platform-GNUv84_xtensa-esp32-psram-2.2.1/source
    // (MicroEJ/docs@60343897:SDK6UserGuide/selectVeePort.rst:113-134, "Using a Local VEE Port Directory").
    providers.gradleProperty("mqttboard.veePort").orNull?.let { microejVee(files(it)) }
}

testing {
    suites {
        // The portable tests run on the MicroEJ test engine (Simulator), from tests/portable/java where the host
        // build runs them too (MicroEJ/docs@60343897:SDK6UserGuide/testProject.rst:70-80; other test folders:
        // Gradle's JVM Test Suite "sources" block).
        val test by getting(JvmTestSuite::class) {
            microej.useMicroejTestEngine(this)
            sources {
                java {
                    setSrcDirs(listOf("tests/portable/java"))
                }
            }
            dependencies {
                implementation(project())
                implementation("ej.library.test:junit:1.7.1")
            }
        }
    }
}
