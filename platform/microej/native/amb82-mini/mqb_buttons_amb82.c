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
 * needed. The handler timestamps the edge with the microsecond ticker and hands it to the relay task
 * (../common/mqb_button_relay.c), which alone calls LLEVENT_offerEvent. No debounce here: the Java firmware debounces.
 *
 * Ameba Pro2 API (ambiot/ambpro2_sdk@9ca5314a): gpio_irq_init, gpio_irq_set, gpio_irq_enable and the handler type
 * (component/mbed/hal/gpio_irq_api.h:46-52,63,87,94), gpio_irq_pull_ctrl (component/mbed/hal_ext/gpio_irq_ex_api.h:63),
 * us_ticker_read (component/mbed/hal/us_ticker_api.h:33). The handler runs in the GPIO interrupt
 * (component/mbed/targets/hal/rtl8735b/gpio_irq_api.c:95 registers it as the HAL's IRQ callback).
 * LLMJVM platform time should use the same us_ticker, or build with -DMQB_BUTTON_TIMESTAMPS=0 for edge-only events.
 */
#include <stdint.h>

#include "gpio_irq_api.h"
#include "gpio_irq_ex_api.h"
#include "us_ticker_api.h"
#include "sni.h"

#include "mqb_board_pins.h"
#include "mqb_button_relay.h"

#ifndef MQB_BUTTON_TIMESTAMPS
#define MQB_BUTTON_TIMESTAMPS (1)
#endif

/** ButtonNatives.start error: a GPIO interrupt could not be initialised. */
#define MQB_ERROR_GPIO (-1)

static const PinName mqb_pins[MQB_BUTTON_COUNT] = MQB_BUTTON_PINS;
static const uint8_t mqb_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static gpio_irq_t mqb_irq[MQB_BUTTON_COUNT];

/** The edge that means "pressed" for a button: falling when active-low. */
static gpio_irq_event mqb_press_edge(uint32_t button) {
	return (mqb_active_low[button] != 0u) ? IRQ_FALL : IRQ_RISE;
}

/* Interrupt context: no LLEVENT call, no lock, no blocking. */
static void mqb_button_irq(uint32_t id, gpio_irq_event event) {
	if (id >= MQB_BUTTON_COUNT || (event != IRQ_FALL && event != IRQ_RISE)) {
		return;
	}
	/* Arm the opposite edge: a press is followed by a release. */
	gpio_irq_set(&mqb_irq[id], event, 0u);
	gpio_irq_set(&mqb_irq[id], (event == IRQ_FALL) ? IRQ_RISE : IRQ_FALL, 1u);
	mqb_relay_edge_from_isr(id, (event == mqb_press_edge(id)) ? 1 : 0, us_ticker_read() / 1000u,
			MQB_BUTTON_TIMESTAMPS);
}

jint Java_org_mqttboard_microej_ButtonNatives_start(jint eventType) {
	uint32_t i;
	int32_t relay = mqb_relay_start(eventType);
	if (relay != 0) {
		return relay;
	}
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
	return (jint) mqb_button_lost(mqb_relay_counters());
}
