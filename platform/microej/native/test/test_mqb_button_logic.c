/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Host unit test of the pure button logic (common/mqb_button_logic.c). Run by the host JUnit test
 * org.mqttboard.device.NativeButtonLogicTest, which compiles it with gcc -Wall -Wextra -Werror. Prints one
 * "VECTOR <button> <pressed> <time_ms> <with_ts> <data>" line per encoded edge so the Java decoder
 * (ButtonEventCodec) is checked against the very bytes C produces; ends with "PASS <n>" or exits 1 after
 * "FAIL ..." lines.
 */
#include <stdint.h>
#include <stdio.h>

#include "mqb_button_logic.h"
#include "mqb_check.h"


static int32_t vector(uint32_t button, int pressed, uint32_t time_ms, int with_ts) {
	int32_t data = mqb_button_encode(button, pressed, time_ms, with_ts);
	printf("VECTOR %u %d %u %d %ld\n", (unsigned) button, pressed, (unsigned) time_ms, with_ts, (long) data);
	return data;
}

static void encode_layout(void) {
	CHECK(vector(0u, 1, 0u, 0) == 0x400000);
	CHECK(vector(0u, 0, 0u, 0) == 0x000000);
	CHECK(vector(1u, 0, 0u, 0) == 0x100000);
	CHECK(vector(1u, 1, 5u, 1) == 0xD00005);
	/* Only the low 20 bits of the time travel; the data always fits in the 24 Event Queue bits. */
	CHECK(vector(0u, 1, 0x12345678u, 1) == (0xC00000 | 0x45678));
	CHECK(vector(1u, 0, 0xFFFFFFFFu, 1) == 0x9FFFFF);
	CHECK((mqb_button_encode(3u, 1, 0xFFFFFFFFu, 1) & ~0xFFFFFF) == 0);
	/* Time is ignored for an edge-only event. */
	CHECK(vector(1u, 1, 777u, 0) == 0x500000);
}

static void levels(void) {
	CHECK(mqb_button_pressed_from_level(0, 1) == 1);
	CHECK(mqb_button_pressed_from_level(1, 1) == 0);
	CHECK(mqb_button_pressed_from_level(0, 0) == 0);
	CHECK(mqb_button_pressed_from_level(7, 0) == 1);
}

static void filter_forwards_changes_only(void) {
	mqb_button_state_t s;
	mqb_button_state_init(&s);
	CHECK(mqb_button_accept(&s, 0u, 1) == 1); /* first report is always a change */
	CHECK(mqb_button_accept(&s, 0u, 1) == 0); /* bounce that re-reads the pressed level */
	CHECK(mqb_button_accept(&s, 0u, 0) == 1);
	CHECK(mqb_button_accept(&s, 0u, 0) == 0);
	CHECK(mqb_button_accept(&s, 0u, 1) == 1);
	CHECK(s.filtered == 2u);
	/* Buttons are independent. */
	CHECK(mqb_button_accept(&s, 1u, 1) == 1);
	CHECK(mqb_button_accept(&s, 1u, 0) == 1);
	CHECK(s.filtered == 2u);
	/* Out of range: ignored, never writes outside the state. */
	CHECK(mqb_button_accept(&s, MQB_BUTTON_MAX, 1) == 0);
	CHECK(mqb_button_accept(&s, 0xFFFFFFFFu, 0) == 0);
	CHECK(mqb_button_lost(&s) == 0u);
}

static void filter_first_release_is_forwarded(void) {
	mqb_button_state_t s;
	mqb_button_state_init(&s);
	CHECK(mqb_button_accept(&s, 1u, 0) == 1);
	CHECK(s.last_pressed[1] == 0u);
	CHECK(s.last_pressed[0] == MQB_LEVEL_UNKNOWN);
}

static void bounce_burst_alternates(void) {
	/* A bouncing press read as levels 1,1,0,1,1,1,0,0: forwarded edges must alternate. */
	static const int reads[] = { 1, 1, 0, 1, 1, 1, 0, 0 };
	mqb_button_state_t s;
	int last = -1;
	int alternating = 1;
	unsigned forwarded = 0u;
	unsigned i;
	mqb_button_state_init(&s);
	for (i = 0u; i < sizeof(reads) / sizeof(reads[0]); i++) {
		if (mqb_button_accept(&s, 0u, reads[i]) != 0) {
			if (reads[i] == last) {
				alternating = 0;
			}
			last = reads[i];
			forwarded++;
		}
	}
	CHECK(alternating);
	CHECK(forwarded == 4u);
	CHECK(s.filtered == 4u);
}

static void offer_results_are_counted_by_kind(void) {
	mqb_button_state_t s;
	mqb_button_state_init(&s);
	mqb_button_count_offer(&s, MQB_OFFER_OK);
	mqb_button_count_offer(&s, MQB_OFFER_OK);
	mqb_button_count_offer(&s, MQB_OFFER_FIFO_FULL);
	mqb_button_count_offer(&s, MQB_OFFER_ILLEGAL_ARGS);
	mqb_button_count_offer(&s, 1); /* undocumented values are never counted as delivered */
	CHECK(s.delivered == 2u);
	CHECK(s.refused == 1u);
	CHECK(s.invalid == 2u);
	s.overflow = 4u;
	CHECK(mqb_button_lost(&s) == 7u);
}

int main(void) {
	encode_layout();
	levels();
	filter_forwards_changes_only();
	filter_first_release_is_forwarded();
	bounce_burst_alternates();
	offer_results_are_counted_by_kind();
	if (failures != 0) {
		printf("FAILED %d of %d checks\n", failures, checks);
		return 1;
	}
	printf("PASS %d\n", checks);
	return 0;
}
