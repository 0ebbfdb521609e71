/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Pure, portable logic of the button natives: edge filtering, Event Queue data encoding and the counting of
 * LLEVENT_offerEvent results. No GPIO, no OS: unit-tested on the host (../test/test_mqb_button_logic.c).
 * Constant time, no allocation, no lock. Writers: mqb_button_accept runs in the GPIO interrupt (one button's slot is
 * written only by that button's interrupt); mqb_button_count_offer runs in the relay task (mqb_button_relay.c).
 *
 * Debounce happens in ONE place, the Java firmware (org.mqttboard.app): C forwards every accepted edge with its
 * time and never waits or filters by time.
 *
 * Event data layout (24 bits, the payload of an Event Queue standard event; decoded by
 * org.mqttboard.microej.ButtonEventCodec):
 *   bit  23      1 = bits 19..0 hold a timestamp, 0 = edge only
 *   bit  22      1 = pressed, 0 = released
 *   bits 21..20  button index (0 = A, 1 = B)
 *   bits 19..0   low 20 bits of the edge time in ms, platform time base
 */
#ifndef MQB_BUTTON_LOGIC_H
#define MQB_BUTTON_LOGIC_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Largest number of buttons a board may have (index 0 = A, 1 = B). */
#define MQB_BUTTON_MAX (2u)

#define MQB_EVENT_TIMESTAMP_FLAG (1ul << 23)
#define MQB_EVENT_PRESSED_FLAG (1ul << 22)
#define MQB_EVENT_BUTTON_SHIFT (20u)
#define MQB_EVENT_BUTTON_MASK (0x3ul)
#define MQB_EVENT_TIME_MASK (0xFFFFFul)

/** Level state of a button that has not reported yet. */
#define MQB_LEVEL_UNKNOWN (0xFFu)

/*
 * Results of LLEVENT_offerEvent: "0 -> success, -1 -> failed: illegal arguments, -2 -> failed: the FIFO is full"
 * (MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/c/inc/EventQueueExampleNatives.h:23; the
 * Event Queue pack's implementation returns NO_ERR / ERR_WRONG_ARGS / ERR_FIFO_FULL,
 * nxp-mcuxpresso/nxp-vee-mcxn947-frdm@d1c790fe:bsp/vee/port/event-queue/src/LLEVENT.c:15-37).
 */
#define MQB_OFFER_OK (0)
#define MQB_OFFER_ILLEGAL_ARGS (-1)
#define MQB_OFFER_FIFO_FULL (-2)

/** Edge filter state and counters, one instance per board. Pass zero-initialised storage to mqb_button_state_init. */
typedef struct {
	volatile uint8_t last_pressed[MQB_BUTTON_MAX]; /**< last forwarded state: 1, 0 or MQB_LEVEL_UNKNOWN (ISR) */
	volatile uint32_t filtered;  /**< ISR: edges dropped because they repeated the last state */
	volatile uint32_t overflow;  /**< ISR: edges lost because the ISR-to-task queue was full */
	volatile uint32_t delivered; /**< task: LLEVENT_offerEvent returned 0 */
	volatile uint32_t refused;   /**< task: LLEVENT_offerEvent returned -2, the Event Queue FIFO was full */
	volatile uint32_t invalid;   /**< task: LLEVENT_offerEvent returned -1 or any other undocumented value */
} mqb_button_state_t;

/** Resets the filter: every button unknown, every counter zero. */
void mqb_button_state_init(mqb_button_state_t* state);

/**
 * Converts a GPIO level to a press state.
 * @param level the pin level read in the interrupt (0 or non-zero)
 * @param active_low 1 when a pressed button pulls the pin low (button to GND with pull-up)
 * @return 1 pressed, 0 released
 */
int mqb_button_pressed_from_level(int level, int active_low);

/**
 * Edge filter: accepts an edge only when it changes the button's last forwarded state. With both-edge
 * interrupts a bouncing contact can raise two interrupts that read the same level; forwarding only changes keeps
 * the press/release sequence alternating for the Java debouncer.
 * @return 1 to forward, 0 when filtered (counted) or when button is out of range
 */
int mqb_button_accept(mqb_button_state_t* state, uint32_t button, int pressed);

/**
 * Encodes one edge as Event Queue standard event data (24 bits, layout above).
 * @param button 0..MQB_BUTTON_MAX-1 (other values are masked to 2 bits)
 * @param pressed non-zero for a press
 * @param time_ms edge time in ms on the platform time base (only its low 20 bits are sent)
 * @param with_timestamp 0 for an edge-only event (Java then uses the reception time)
 */
int32_t mqb_button_encode(uint32_t button, int pressed, uint32_t time_ms, int with_timestamp);

/**
 * Counts one LLEVENT_offerEvent result: 0 delivered, -2 refused (FIFO full), anything else invalid.
 * @param result the value LLEVENT_offerEvent returned
 */
void mqb_button_count_offer(mqb_button_state_t* state, int32_t result);

/** @return edges lost for any reason (hand-off overflow + refused + invalid), what ButtonNatives.droppedEdges reports */
uint32_t mqb_button_lost(const mqb_button_state_t* state);

#ifdef __cplusplus
}
#endif

#endif /* MQB_BUTTON_LOGIC_H */
