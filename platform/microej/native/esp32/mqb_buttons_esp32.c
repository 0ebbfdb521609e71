/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button natives for the ESP32 VEE Ports (ESP-WROVER-KIT V4.1, ESP32-S3-DevKitC-1), ESP-IDF GPIO driver.
 * Pins come from the board's mqb_board_pins.h (put ../<board> on the include path). Both-edge interrupts; the ISR
 * reads the level, filters repeats (mqb_button_accept) and offers one Event Queue event per edge with a ms
 * timestamp from esp_timer. No debounce here: the Java firmware debounces.
 *
 * VEE Port requirement: LLEVENT_offerEvent must be callable from an ISR (Event Queue docs: "the VEE Port must
 * provide a compatible implementation"), and the platform time of the VM (Util.platformTimeMillis) should be
 * esp_timer-based; if it is not, Java falls back to the reception time for ages it finds implausible, or set
 * MQB_BUTTON_TIMESTAMPS to 0 to send edge-only events.
 */
#include <stdint.h>

#include "driver/gpio.h"
#include "esp_attr.h"
#include "esp_timer.h"
#include "LLEVENT.h"
#include "sni.h"

#include "mqb_board_pins.h"
#include "mqb_button_logic.h"

#ifndef MQB_BUTTON_TIMESTAMPS
#define MQB_BUTTON_TIMESTAMPS (1)
#endif

/** ButtonNatives.start error: a GPIO could not be configured. */
#define MQB_ERROR_GPIO (-1)
/** ButtonNatives.start error: the GPIO ISR service could not be installed. */
#define MQB_ERROR_ISR (-2)
/** ButtonNatives.start error: called twice. */
#define MQB_ERROR_STARTED (-3)

static const gpio_num_t mqb_pins[MQB_BUTTON_COUNT] = MQB_BUTTON_GPIOS;
static const uint8_t mqb_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static const uint8_t mqb_pullup[MQB_BUTTON_COUNT] = MQB_BUTTON_INTERNAL_PULLUP;
static mqb_button_state_t mqb_state;
static volatile int32_t mqb_event_type = -1;

static void IRAM_ATTR mqb_button_isr(void* arg) {
	uint32_t button = (uint32_t) (uintptr_t) arg;
	int pressed;
	if (button >= MQB_BUTTON_COUNT) {
		return;
	}
	pressed = mqb_button_pressed_from_level(gpio_get_level(mqb_pins[button]), mqb_active_low[button]);
	if (mqb_button_accept(&mqb_state, button, pressed) != 0) {
		uint32_t now_ms = (uint32_t) (esp_timer_get_time() / 1000);
		if (!LLEVENT_offerEvent(mqb_event_type, mqb_button_encode(button, pressed, now_ms, MQB_BUTTON_TIMESTAMPS))) {
			mqb_state.dropped++;
		}
	}
}

jint Java_org_mqttboard_microej_ButtonNatives_start(jint eventType) {
	uint32_t i;
	esp_err_t isr;
	if (mqb_event_type >= 0) {
		return MQB_ERROR_STARTED;
	}
	mqb_button_state_init(&mqb_state);
	mqb_event_type = eventType;
	/* The VEE Port may already have installed the shared GPIO ISR service: that is fine. */
	isr = gpio_install_isr_service(0);
	if (isr != ESP_OK && isr != ESP_ERR_INVALID_STATE) {
		return MQB_ERROR_ISR;
	}
	for (i = 0u; i < MQB_BUTTON_COUNT; i++) {
		gpio_config_t config;
		config.pin_bit_mask = 1ull << (uint32_t) mqb_pins[i];
		config.mode = GPIO_MODE_INPUT;
		config.pull_up_en = (mqb_pullup[i] != 0u) ? GPIO_PULLUP_ENABLE : GPIO_PULLUP_DISABLE;
		config.pull_down_en = GPIO_PULLDOWN_DISABLE;
		config.intr_type = GPIO_INTR_ANYEDGE;
		if (gpio_config(&config) != ESP_OK
				|| gpio_isr_handler_add(mqb_pins[i], mqb_button_isr, (void*) (uintptr_t) i) != ESP_OK) {
			return MQB_ERROR_GPIO;
		}
	}
	return (jint) MQB_BUTTON_COUNT;
}

jint Java_org_mqttboard_microej_ButtonNatives_droppedEdges(void) {
	return (jint) mqb_state.dropped;
}
