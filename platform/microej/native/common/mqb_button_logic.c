/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
#include "mqb_button_logic.h"

void mqb_button_state_init(mqb_button_state_t* state) {
	uint32_t i;
	for (i = 0u; i < MQB_BUTTON_MAX; i++) {
		state->last_pressed[i] = MQB_LEVEL_UNKNOWN;
	}
	state->filtered = 0u;
	state->overflow = 0u;
	state->delivered = 0u;
	state->refused = 0u;
	state->invalid = 0u;
}

int mqb_button_pressed_from_level(int level, int active_low) {
	int high = (level != 0) ? 1 : 0;
	return (active_low != 0) ? (1 - high) : high;
}

int mqb_button_accept(mqb_button_state_t* state, uint32_t button, int pressed) {
	uint8_t now_pressed = (pressed != 0) ? 1u : 0u;
	if (button >= MQB_BUTTON_MAX) {
		return 0;
	}
	if (state->last_pressed[button] == now_pressed) {
		state->filtered++;
		return 0;
	}
	state->last_pressed[button] = now_pressed;
	return 1;
}

int32_t mqb_button_encode(uint32_t button, int pressed, uint32_t time_ms, int with_timestamp) {
	uint32_t data = (button & MQB_EVENT_BUTTON_MASK) << MQB_EVENT_BUTTON_SHIFT;
	if (pressed != 0) {
		data |= MQB_EVENT_PRESSED_FLAG;
	}
	if (with_timestamp != 0) {
		data |= MQB_EVENT_TIMESTAMP_FLAG | (time_ms & MQB_EVENT_TIME_MASK);
	}
	return (int32_t) data;
}

void mqb_button_count_offer(mqb_button_state_t* state, int32_t result) {
	if (result == MQB_OFFER_OK) {
		state->delivered++;
	} else if (result == MQB_OFFER_FIFO_FULL) {
		state->refused++;
	} else {
		state->invalid++;
	}
}

uint32_t mqb_button_lost(const mqb_button_state_t* state) {
	return state->overflow + state->refused + state->invalid;
}
