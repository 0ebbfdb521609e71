/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button natives for the AMB82-mini (RTL8735B), Ameba Pro2 SDK GPIO interrupt API (gpio_irq_*), for the
 * VEE Port described in board-config/amb82-mini/PORTING.md. One-edge interrupts whose polarity flips after each
 * edge (falling, then rising, ...): the handler's event argument tells which edge fired, so no level read is
 * needed. Each accepted edge is offered to the Event Queue with a ms timestamp from the microsecond ticker. No
 * debounce here: the Java firmware debounces.
 *
 * VEE Port requirement (PORTING.md): LLEVENT_offerEvent callable from an ISR; LLMJVM platform time based on the
 * same us_ticker, or build with MQB_BUTTON_TIMESTAMPS=0 for edge-only events.
 */
#include <stdint.h>

#include "gpio_irq_api.h"
#include "gpio_irq_ex_api.h"
#include "us_ticker_api.h"
#include "LLEVENT.h"
#include "sni.h"

#include "mqb_board_pins.h"
#include "mqb_button_logic.h"

#ifndef MQB_BUTTON_TIMESTAMPS
#define MQB_BUTTON_TIMESTAMPS (1)
#endif

/** ButtonNatives.start error: a GPIO interrupt could not be initialised. */
#define MQB_ERROR_GPIO (-1)
/** ButtonNatives.start error: called twice. */
#define MQB_ERROR_STARTED (-3)

static const PinName mqb_pins[MQB_BUTTON_COUNT] = MQB_BUTTON_PINS;
static const uint8_t mqb_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static gpio_irq_t mqb_irq[MQB_BUTTON_COUNT];
static mqb_button_state_t mqb_state;
static volatile int32_t mqb_event_type = -1;

/** The edge that means "pressed" for a button: falling when active-low. */
static gpio_irq_event mqb_press_edge(uint32_t button) {
	return (mqb_active_low[button] != 0u) ? IRQ_FALL : IRQ_RISE;
}

static void mqb_button_irq(uint32_t id, gpio_irq_event event) {
	int pressed;
	if (id >= MQB_BUTTON_COUNT || (event != IRQ_FALL && event != IRQ_RISE)) {
		return;
	}
	pressed = (event == mqb_press_edge(id)) ? 1 : 0;
	/* Arm the opposite edge: a press is followed by a release. */
	gpio_irq_set(&mqb_irq[id], event, 0u);
	gpio_irq_set(&mqb_irq[id], (event == IRQ_FALL) ? IRQ_RISE : IRQ_FALL, 1u);
	if (mqb_button_accept(&mqb_state, id, pressed) != 0) {
		uint32_t now_ms = us_ticker_read() / 1000u;
		if (!LLEVENT_offerEvent(mqb_event_type, mqb_button_encode(id, pressed, now_ms, MQB_BUTTON_TIMESTAMPS))) {
			mqb_state.dropped++;
		}
	}
}

jint Java_org_mqttboard_microej_ButtonNatives_start(jint eventType) {
	uint32_t i;
	if (mqb_event_type >= 0) {
		return MQB_ERROR_STARTED;
	}
	mqb_button_state_init(&mqb_state);
	mqb_event_type = eventType;
	for (i = 0u; i < MQB_BUTTON_COUNT; i++) {
		if (gpio_irq_init(&mqb_irq[i], mqb_pins[i], mqb_button_irq, i) != 0) {
			return MQB_ERROR_GPIO;
		}
		gpio_irq_pull_ctrl(&mqb_irq[i], (mqb_active_low[i] != 0u) ? PullUp : PullDown);
		/* Released at boot: wait for the press edge first. */
		gpio_irq_set(&mqb_irq[i], mqb_press_edge(i), 1u);
		gpio_irq_enable(&mqb_irq[i]);
	}
	return (jint) MQB_BUTTON_COUNT;
}

jint Java_org_mqttboard_microej_ButtonNatives_droppedEdges(void) {
	return (jint) mqb_state.dropped;
}
