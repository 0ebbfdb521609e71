/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Pure, portable logic of the button natives: edge filtering and Event Queue data encoding. No GPIO, no OS:
 * unit-tested on the host (../test/test_mqb_button_logic.c). ISR-safe: no allocation, no lock, constant time; each
 * button's state is written only by that button's interrupt handler.
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

/** Edge filter state, one slot per button. Zero-initialised storage must be passed to mqb_button_state_init. */
typedef struct {
	volatile uint8_t last_pressed[MQB_BUTTON_MAX]; /**< last forwarded state: 1, 0 or MQB_LEVEL_UNKNOWN */
	volatile uint32_t filtered;                     /**< edges dropped because they repeated the last state */
	volatile uint32_t dropped;                      /**< edges the Event Queue refused (FIFO full) */
} mqb_button_state_t;

/** Resets the filter: every button unknown, counters zero. */
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

#ifdef __cplusplus
}
#endif

#endif /* MQB_BUTTON_LOGIC_H */
