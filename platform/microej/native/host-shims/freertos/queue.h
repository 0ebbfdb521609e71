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
 * Real header: FreeRTOS queue.h (FreeRTOS/FreeRTOS-Kernel@a5dbc2b1:include/queue.h): QueueHandle_t :47,
 * queueQUEUE_TYPE_BASE :69, xQueueCreate macro over xQueueGenericCreate :145/:1495, xQueueReceive :867,
 * xQueueSendFromISR macro over xQueueGenericSendFromISR (queueSEND_TO_BACK) :1215/:1294. Same in ESP-IDF v4.3.2
 * (espressif/esp-idf@8bf14a92:components/freertos/include/freertos/queue.h:129,764,1057,1125) and the Ameba Pro2 SDK
 * (ambiot/ambpro2_sdk@9ca5314a:component/os/freertos/freertos_v202012.00/Source/include/queue.h:882,1241).
 */
#ifndef QUEUE_H
#define QUEUE_H
#include "FreeRTOS.h"
struct QueueDefinition;
typedef struct QueueDefinition * QueueHandle_t;
#define queueSEND_TO_BACK ( ( BaseType_t ) 0 )
#define queueQUEUE_TYPE_BASE ( ( uint8_t ) 0U )
QueueHandle_t xQueueGenericCreate( const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize, const uint8_t ucQueueType );
#define xQueueCreate( uxQueueLength, uxItemSize ) xQueueGenericCreate( ( uxQueueLength ), ( uxItemSize ), ( queueQUEUE_TYPE_BASE ) )
BaseType_t xQueueReceive( QueueHandle_t xQueue, void * const pvBuffer, TickType_t xTicksToWait );
BaseType_t xQueueGenericSendFromISR( QueueHandle_t xQueue, const void * const pvItemToQueue, BaseType_t * const pxHigherPriorityTaskWoken, const BaseType_t xCopyPosition );
#define xQueueSendFromISR( xQueue, pvItemToQueue, pxHigherPriorityTaskWoken ) xQueueGenericSendFromISR( ( xQueue ), ( pvItemToQueue ), ( pxHigherPriorityTaskWoken ), queueSEND_TO_BACK )
#endif
