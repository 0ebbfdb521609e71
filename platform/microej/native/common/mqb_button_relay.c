/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
#include "mqb_button_relay.h"

#include "LLEVENT.h"
/* The board's FreeRTOS headers, with that SDK's include paths, plus MQB_RELAY_STACK and MQB_RELAY_PRIORITY. */
#include "mqb_rtos.h"

static mqb_button_state_t mqb_state;
static QueueHandle_t mqb_queue = NULL;
static volatile int32_t mqb_event_type = -1;

/* Task context: the only caller of LLEVENT_offerEvent. */
static void mqb_relay_task(void* arg) {
	int32_t data;
	(void) arg;
	for (;;) {
		if (xQueueReceive(mqb_queue, &data, portMAX_DELAY) == pdTRUE) {
			mqb_button_count_offer(&mqb_state, LLEVENT_offerEvent(mqb_event_type, data));
		}
	}
}

int32_t mqb_relay_start(int32_t event_type) {
	if (mqb_queue != NULL) {
		return MQB_ERROR_STARTED;
	}
	mqb_button_state_init(&mqb_state);
	mqb_event_type = event_type;
	mqb_queue = xQueueCreate(MQB_RELAY_QUEUE_LENGTH, sizeof(int32_t));
	if (mqb_queue == NULL) {
		return MQB_ERROR_RELAY;
	}
	if (xTaskCreate(mqb_relay_task, "mqb_buttons", MQB_RELAY_STACK, NULL, MQB_RELAY_PRIORITY, NULL) != pdPASS) {
		return MQB_ERROR_RELAY;
	}
	return 0;
}

void mqb_relay_edge_from_isr(uint32_t button, int pressed, uint32_t time_ms, int with_timestamp) {
	BaseType_t woken = pdFALSE;
	int32_t data;
	if (mqb_queue == NULL || mqb_button_accept(&mqb_state, button, pressed) == 0) {
		return;
	}
	data = mqb_button_encode(button, pressed, time_ms, with_timestamp);
	if (xQueueSendFromISR(mqb_queue, &data, &woken) != pdTRUE) {
		/* errQUEUE_FULL: the edge is lost; the Java debouncer works on levels and resynchronises on the next edge. */
		mqb_state.overflow++;
	}
	portYIELD_FROM_ISR(woken);
}

const mqb_button_state_t* mqb_relay_counters(void) {
	return &mqb_state;
}
