/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief HOST SHIM, never part of a firmware build (the real header comes from the SDK or VEE Port): declares
 * exactly the members the mqttboard natives use, with the types and return values of the real header cited below,
 * so that gcc -Wall -Wextra -Werror checks the natives on a PC and the host tests link them against fakes
 * (../test/host_fakes.c). Values of constants are placeholders unless a citation gives them.
 * Real header: FreeRTOS task.h (FreeRTOS/FreeRTOS-Kernel@a5dbc2b1:include/task.h): TaskHandle_t :76, xTaskCreate
 * :336-341 (stack depth configSTACK_DEPTH_TYPE, words); TaskFunction_t from include/projdefs.h:34. ESP-IDF v4.3.2
 * declares xTaskCreate as a static inline with a uint32_t stack depth in bytes
 * (espressif/esp-idf@8bf14a92:components/freertos/include/freertos/task.h:382-389); the natives pass a constant, so
 * either form accepts the call.
 */
#ifndef INC_TASK_H
#define INC_TASK_H
#include "FreeRTOS.h"
typedef void (*TaskFunction_t)( void * );
struct tskTaskControlBlock;
typedef struct tskTaskControlBlock* TaskHandle_t;
BaseType_t xTaskCreate( TaskFunction_t pxTaskCode, const char * const pcName, const uint32_t usStackDepth, void * const pvParameters, UBaseType_t uxPriority, TaskHandle_t * const pxCreatedTask );
#endif
