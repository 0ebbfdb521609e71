/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Host test of the interrupt-to-task hand-off: one board file (esp32 or amb82-mini), the relay
 * (../common/mqb_button_relay.c) and the pure logic, linked against host_fakes.c. Proves that LLEVENT_offerEvent is
 * called only from the relay task (the fake reports a call in interrupt context as a FAIL line), that every result
 * is counted (0 delivered, -2 refused, -1 and anything else invalid), that a full hand-off queue is counted and never
 * blocks, and that ButtonNatives.droppedEdges reports the sum. Run by org.mqttboard.device.NativeButtonLogicTest;
 * ends with "PASS <n>" or exits 1 after "FAIL ..." lines.
 */
#include <stdint.h>
#include <stdio.h>

#include "host_fakes.h"
#include "mqb_check.h"
#include "mqb_button_relay.h"
#include "sni.h"

jint Java_org_mqttboard_microej_ButtonNatives_start(jint eventType);
jint Java_org_mqttboard_microej_ButtonNatives_droppedEdges(void);

#define EVENT_TYPE (7)


static void start_creates_the_relay_once(void) {
	CHECK(Java_org_mqttboard_microej_ButtonNatives_start(EVENT_TYPE) == 2);
	CHECK(host_task_count() == 1);
	CHECK(Java_org_mqttboard_microej_ButtonNatives_start(EVENT_TYPE) == MQB_ERROR_STARTED);
	CHECK(host_task_count() == 1);
}

static void edge_is_offered_by_the_task_not_the_interrupt(void) {
	host_set_time_us(1234567u);
	host_edge(0u, 1);
	CHECK(host_offer_count() == 0); /* nothing offered inside the interrupt */
	CHECK(host_queued() == 1);
	host_run_task();
	CHECK(host_queued() == 0);
	CHECK(host_offer_count() == 1);
	CHECK(host_last_offer_type() == EVENT_TYPE);
	CHECK(host_last_offer_data() == mqb_button_encode(0u, 1, 1234u, 1));
	CHECK(mqb_relay_counters()->delivered == 1u);
}

static void every_offer_result_is_counted(void) {
	const mqb_button_state_t* c = mqb_relay_counters();
	host_script_offer_result(MQB_OFFER_FIFO_FULL);
	host_edge(0u, 0);
	host_run_task();
	CHECK(c->refused == 1u);
	host_script_offer_result(MQB_OFFER_ILLEGAL_ARGS);
	host_edge(0u, 1);
	host_run_task();
	CHECK(c->invalid == 1u);
	host_script_offer_result(-7); /* undocumented: counted as invalid, never as delivered */
	host_edge(0u, 0);
	host_run_task();
	CHECK(c->invalid == 2u);
	host_script_offer_result(MQB_OFFER_OK);
	host_edge(1u, 1);
	host_run_task();
	CHECK(c->delivered == 2u);
	CHECK(c->refused == 1u);
	CHECK(host_offer_count() == 5);
	CHECK(Java_org_mqttboard_microej_ButtonNatives_droppedEdges() == 3);
}

static void bounce_is_filtered_in_the_interrupt(void) {
	const mqb_button_state_t* c = mqb_relay_counters();
	uint32_t filtered = c->filtered;
	host_edge(1u, 1); /* B is already pressed: a bounce re-reading the same level */
	CHECK(host_queued() == 0);
	CHECK(c->filtered == filtered + 1u);
}

static void full_handoff_queue_counts_overflow_without_blocking(void) {
	const mqb_button_state_t* c = mqb_relay_counters();
	uint32_t delivered = c->delivered;
	uint32_t i;
	/* B is pressed: release, press, ... more edges than the queue holds, with the task starved. */
	for (i = 0u; i < MQB_RELAY_QUEUE_LENGTH + 3u; i++) {
		host_edge(1u, (int) (i & 1u));
	}
	CHECK(host_queued() == (int) MQB_RELAY_QUEUE_LENGTH);
	CHECK(c->overflow == 3u);
	host_run_task();
	CHECK(c->delivered == delivered + MQB_RELAY_QUEUE_LENGTH);
	CHECK(Java_org_mqttboard_microej_ButtonNatives_droppedEdges() == 6);
}

int main(void) {
	start_creates_the_relay_once();
	edge_is_offered_by_the_task_not_the_interrupt();
	every_offer_result_is_counted();
	bounce_is_filtered_in_the_interrupt();
	full_handoff_queue_counts_overflow_without_blocking();
	if (failures != 0 || host_violations() != 0) {
		printf("FAILED %d of %d checks, %d API misuses\n", failures, checks, host_violations());
		return 1;
	}
	printf("PASS %d\n", checks);
	return 0;
}
