/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of the ECOM-WIFI enum {@code ej.ecom.wifi.SecurityMode} (ECOM-WIFI 2.x), compile-only, never
 * shipped. The firmware selects a constant by {@code name()} among {@code values()} (MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:130 indexes
 * {@code SecurityMode.values()}), never by ordinal or by a constant reference. The declaration order here is NOT the
 * real one.
 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:130
 */
public enum SecurityMode {
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:31 (SECURITY_MODE_OPEN; Java name NO EVIDENCE, matched by name at run time) */
	OPEN,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:33 (SECURITY_MODE_WEP64; Java name NO EVIDENCE, matched by name at run time) */
	WEP64,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:32 (SECURITY_MODE_WEP128; Java name NO EVIDENCE, matched by name at run time) */
	WEP128,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:34 (SECURITY_MODE_WPA1; Java name NO EVIDENCE, matched by name at run time) */
	WPA1,
	/** Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:31 */
	WPA2,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:36 (SECURITY_MODE_WPA3; Java name NO EVIDENCE, matched by name at run time) */
	WPA3,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:30 (SECURITY_MODE_MIXED; Java name NO EVIDENCE, matched by name at run time) */
	MIXED,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:38 (SECURITY_MODE_WPA2_WPA3_MIXED; Java name NO EVIDENCE, matched by name at run time) */
	WPA2_WPA3_MIXED,
	/** Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:40 (SECURITY_MODE_UNKNOWN; Java name NO EVIDENCE, matched by name at run time) */
	UNKNOWN
}
