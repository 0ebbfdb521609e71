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
 * Real header: FreeRTOS.h with its port's portmacro.h. ESP-IDF includes it as "freertos/FreeRTOS.h"
 * (espressif/esp-idf@8bf14a92:components/freertos/CMakeLists.txt:19-21), the Ameba Pro2 SDK as "FreeRTOS.h" (the host
 * build puts this folder on the include path for that). Types of FreeRTOS/FreeRTOS-Kernel@a5dbc2b1:
 * portable/GCC/ARM_CM33/non_secure/portmacro.h:67 (portBASE_TYPE long; ESP-IDF's Xtensa port uses int), :77-78
 * (TickType_t uint32_t, portMAX_DELAY 0xffffffffUL); include/projdefs.h:43-49 (pdFALSE 0, pdTRUE 1, pdPASS pdTRUE,
 * errQUEUE_FULL 0). portYIELD_FROM_ISR(x) is a port macro: portable/GCC/ARM_CM33/non_secure/portmacro.h:215
 * (ambiot/ambpro2_sdk@9ca5314a:component/os/freertos/freertos_v202012.00/Source/portable/GCC/ARM_CM33/non_secure/
 * portmacro.h:218), ESP-IDF v4.3.2 port/xtensa/include/freertos/portmacro.h:328 (zero or one argument). On the host
 * it calls the fake vHostYieldFromISR, which fails the test outside an interrupt.
 */
#ifndef INC_FREERTOS_H
#define INC_FREERTOS_H
#include <stdint.h>
#include <stddef.h>
typedef long BaseType_t;
typedef unsigned long UBaseType_t;
typedef uint32_t TickType_t;
#define portMAX_DELAY ( TickType_t ) 0xffffffffUL
#define pdFALSE ( ( BaseType_t ) 0 )
#define pdTRUE ( ( BaseType_t ) 1 )
#define pdPASS ( pdTRUE )
#define errQUEUE_FULL ( ( BaseType_t ) 0 )
void vHostYieldFromISR(BaseType_t xSwitchRequired);
#define portYIELD_FROM_ISR( x ) vHostYieldFromISR( x )
#endif
