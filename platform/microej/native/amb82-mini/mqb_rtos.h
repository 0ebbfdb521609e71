/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief FreeRTOS of the Ameba Pro2 SDK (FreeRTOS v202012.00, port GCC/ARM_CM33) for the button relay
 * (../common/mqb_button_relay.c). The SDK includes its FreeRTOS headers without prefix
 * (ambiot/ambpro2_sdk@9ca5314a:component/os/freertos/freertos_service.c:2-3). Vanilla FreeRTOS' xTaskCreate takes the
 * stack size in WORDS (FreeRTOS/FreeRTOS-Kernel@a5dbc2b1:include/task.h:336-341).
 */
#ifndef MQB_RTOS_H
#define MQB_RTOS_H

#include "FreeRTOS.h"
#include "queue.h"
#include "task.h"

#ifndef MQB_RELAY_STACK
/** Relay task stack, words (2 KB): LLEVENT_offerEvent may printf on an error path. */
#define MQB_RELAY_STACK (512u)
#endif
#ifndef MQB_RELAY_PRIORITY
/** Of configMAX_PRIORITIES 11 (ambiot/ambpro2_sdk@9ca5314a:project/realtek_amebapro2_v0_example/inc/FreeRTOSConfig.h:69).
 * NOT VERIFIED: no AMB82 VEE Port exists, so the VM task priority is unknown; keep this above it (PORTING.md). */
#define MQB_RELAY_PRIORITY (5u)
#endif

#endif /* MQB_RTOS_H */
