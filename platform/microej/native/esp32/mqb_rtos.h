/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief FreeRTOS of ESP-IDF for the button relay (../common/mqb_button_relay.c). ESP-IDF exports its FreeRTOS
 * headers as "freertos/..." (espressif/esp-idf@8bf14a92 = v4.3.2:components/freertos/CMakeLists.txt:19-21).
 * ESP-IDF's xTaskCreate takes the stack size in BYTES (espressif/esp-idf@8bf14a92:
 * components/freertos/include/freertos/task.h:382-389).
 */
#ifndef MQB_RTOS_H
#define MQB_RTOS_H

#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/task.h"

#ifndef MQB_RELAY_STACK
/** Relay task stack, bytes: LLEVENT_offerEvent may printf on an error path. */
#define MQB_RELAY_STACK (2048u)
#endif
#ifndef MQB_RELAY_PRIORITY
/** One above the MicroEJ VM task of both ESP32 ports (JAVA_TASK_PRIORITY 8:
 * MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/main/microej.c:32),
 * so an edge reaches the Event Queue without waiting for the VM's time slice. */
#define MQB_RELAY_PRIORITY (9u)
#endif

#endif /* MQB_RTOS_H */
