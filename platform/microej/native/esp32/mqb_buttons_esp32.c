/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button natives for the ESP32 VEE Ports (ESP-WROVER-KIT V4.1, ESP32-S3-DevKitC-1), ESP-IDF GPIO driver.
 * Pins come from the board's mqb_board_pins.h (put ../<board> on the include path). Both-edge interrupts; the ISR
 * reads the level, timestamps the edge with esp_timer and hands it to the relay task (../common/mqb_button_relay.c),
 * which alone calls LLEVENT_offerEvent. No debounce here: the Java firmware debounces.
 *
 * ESP-IDF API (espressif/esp-idf@8bf14a92 = v4.3.2, same prototypes in a4afa444 = v5.0.1):
 * gpio_config, gpio_get_level, gpio_install_isr_service, gpio_isr_handler_add
 * (components/driver/include/driver/gpio.h:67,150,291,322); the service is installed without ESP_INTR_FLAG_IRAM, so
 * the pin handler needs no IRAM_ATTR (same file, lines 302-305). esp_timer_get_time is an IRAM register read
 * (components/esp_timer/src/esp_timer_impl_lac.c:139,144), safe in the ISR.
 *
 * The Java side falls back to the reception time when the timestamp's age is implausible (another time base); build
 * with -DMQB_BUTTON_TIMESTAMPS=0 to send edge-only events.
 */
#include <stdint.h>

#include "driver/gpio.h"
#include "esp_timer.h"
#include "sni.h"

#include "mqb_board_pins.h"
#include "mqb_button_relay.h"

#ifndef MQB_BUTTON_TIMESTAMPS
#define MQB_BUTTON_TIMESTAMPS (1)
#endif

/** ButtonNatives.start error: a GPIO could not be configured. */
#define MQB_ERROR_GPIO (-1)
/** ButtonNatives.start error: the GPIO ISR service could not be installed. */
#define MQB_ERROR_ISR (-2)

static const gpio_num_t mqb_pins[MQB_BUTTON_COUNT] = MQB_BUTTON_GPIOS;
static const uint8_t mqb_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static const uint8_t mqb_pullup[MQB_BUTTON_COUNT] = MQB_BUTTON_INTERNAL_PULLUP;

/* Interrupt context: no LLEVENT call, no lock, no blocking. */
static void mqb_button_isr(void* arg) {
	uint32_t button = (uint32_t) (uintptr_t) arg;
	if (button < MQB_BUTTON_COUNT) {
		mqb_relay_edge_from_isr(button,
				mqb_button_pressed_from_level(gpio_get_level(mqb_pins[button]), mqb_active_low[button]),
				(uint32_t) (esp_timer_get_time() / 1000), MQB_BUTTON_TIMESTAMPS);
	}
}

jint Java_org_mqttboard_microej_ButtonNatives_start(jint eventType) {
	uint32_t i;
	esp_err_t isr;
	int32_t relay = mqb_relay_start(eventType);
	if (relay != 0) {
		return relay;
	}
	/* The VEE Port or another component may already have installed the shared GPIO ISR service: that is fine. */
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
	return (jint) mqb_button_lost(mqb_relay_counters());
}
