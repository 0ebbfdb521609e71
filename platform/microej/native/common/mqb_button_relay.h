/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Hands button edges from the GPIO interrupt to a FreeRTOS task, which offers them to the MicroEJ Event
 * Queue. Shared by every board (ESP-IDF and the Ameba Pro2 SDK both run FreeRTOS).
 *
 * Why: LLEVENT_offerEvent must not run in an interrupt. The Event Queue pack's implementation takes a FreeRTOS mutex
 * with portMAX_DELAY and resumes the Java thread (nxp-mcuxpresso/nxp-vee-mcxn947-frdm@d1c790fe:
 * bsp/vee/port/event-queue/src/LLEVENT_impl.c:105,108,114), and "Mutex type semaphores cannot be used from within
 * interrupt service routines" (FreeRTOS/FreeRTOS-Kernel@a5dbc2b1:include/semphr.h:683). MicroEJ's docs only allow
 * offering from an interrupt when "the VEE Port [provides] a compatible implementation"
 * (MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:53), which the ESP32 ports do not.
 *
 * Design: the ISR filters the edge (mqb_button_accept), encodes it with its timestamp and posts it with
 * xQueueSendFromISR to a queue of MQB_RELAY_QUEUE_LENGTH entries (bounded; a full queue counts "overflow" and never
 * blocks); the relay task blocks on the queue and calls LLEVENT_offerEvent, counting delivered / refused / invalid.
 * Memory: one queue of MQB_RELAY_QUEUE_LENGTH x 4 bytes and one task stack, allocated once at start.
 */
#ifndef MQB_BUTTON_RELAY_H
#define MQB_BUTTON_RELAY_H

#include <stdint.h>

#include "mqb_button_logic.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Edges the ISR can post before the task has offered them: a bouncing press of both buttons fits. */
#define MQB_RELAY_QUEUE_LENGTH (16u)

/** ButtonNatives.start error: called twice. */
#define MQB_ERROR_STARTED (-3)
/** ButtonNatives.start error: the hand-off queue or the relay task could not be created (heap). */
#define MQB_ERROR_RELAY (-4)

/**
 * Creates the hand-off queue and the relay task; call once, from a task, before enabling the button interrupts.
 * @param event_type the Event Queue type the Java listener registered
 * @return 0, MQB_ERROR_STARTED or MQB_ERROR_RELAY
 */
int32_t mqb_relay_start(int32_t event_type);

/**
 * Filters, encodes and posts one edge. Call only from the GPIO interrupt handler; never blocks.
 * @param button 0 = A, 1 = B
 * @param pressed non-zero for a press
 * @param time_ms edge time in ms on the platform time base
 * @param with_timestamp 0 to send an edge-only event (see mqb_button_encode)
 */
void mqb_relay_edge_from_isr(uint32_t button, int pressed, uint32_t time_ms, int with_timestamp);

/** @return the counters (read-only; for ButtonNatives.droppedEdges and host tests) */
const mqb_button_state_t* mqb_relay_counters(void);

#ifdef __cplusplus
}
#endif

#endif /* MQB_BUTTON_RELAY_H */
