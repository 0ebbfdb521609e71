/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief HOST TEST FAKES of FreeRTOS (queue, task, yield), LLEVENT_offerEvent and the board SDK (ESP-IDF GPIO and
 * esp_timer with -DMQB_HOST_ESP32, Ameba Pro2 gpio_irq and us_ticker with -DMQB_HOST_AMB82), implementing the
 * prototypes of ../host-shims. Single-threaded and deterministic: an "interrupt" is a call of the registered handler
 * with the interrupt flag set, the relay task runs until its queue is empty (then xQueueReceive jumps back to
 * host_run_task). Every API used in the wrong context is reported as a FAIL line and counted:
 * LLEVENT_offerEvent, xQueueReceive and xQueueCreate/xTaskCreate in an interrupt; xQueueSendFromISR and
 * portYIELD_FROM_ISR outside one.
 */
#ifndef HOST_FAKES_H
#define HOST_FAKES_H

#include <stdint.h>

/** @return API misuses seen so far (each was printed as a FAIL line) */
int host_violations(void);

/** Sets the time the SDK clock (esp_timer / us_ticker) returns, in microseconds. */
void host_set_time_us(uint64_t us);

/** The next LLEVENT_offerEvent calls return this value (0 until changed). */
void host_script_offer_result(int32_t result);

/** @return LLEVENT_offerEvent calls so far */
int host_offer_count(void);
/** @return type and data of the last LLEVENT_offerEvent call */
int32_t host_last_offer_type(void);
int32_t host_last_offer_data(void);

/** @return tasks created so far */
int host_task_count(void);
/** @return entries waiting in the hand-off queue */
int host_queued(void);

/** Runs the created task until it blocks on an empty queue. */
void host_run_task(void);

/**
 * Simulates the button's GPIO interrupt for one edge, in interrupt context, the way the board's hardware reports it
 * (ESP32: level then handler; Ameba: handler with IRQ_FALL/IRQ_RISE).
 */
void host_edge(uint32_t button, int pressed);

#endif /* HOST_FAKES_H */
