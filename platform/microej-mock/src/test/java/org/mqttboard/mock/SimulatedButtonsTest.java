/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.microej.ButtonEventCodec;

import ej.event.EventQueueMock;

/**
 * The Simulator's button driver offers what the C natives offer (decoded here by the device layer's own
 * {@link ButtonEventCodec}) and counts the {@code EventQueueMock.offerEvent} results as the C relay does.
 */
public class SimulatedButtonsTest {

	private static final int TYPE = 9;

	private SimulatedButtons buttons;

	@Before
	public void setUp() {
		EventQueueMock.offers.clear();
		EventQueueMock.result = 0;
		this.buttons = new SimulatedButtons();
	}

	@Test
	public void edgesBeforeStart_areNotOffered() {
		assertEquals(SimulatedButtons.NOT_STARTED, this.buttons.edge(0, true));
		assertEquals(List.of(), EventQueueMock.offers);
	}

	@Test
	public void start_answersTwoButtons_thenRefusesASecondStart() {
		assertEquals(2, this.buttons.start(TYPE));
		assertEquals(SimulatedButtons.ERROR_STARTED, this.buttons.start(TYPE));
	}

	@Test
	public void pressAndRelease_areOfferedAsTheEventsTheFirmwareDecodes() {
		this.buttons.start(TYPE);
		assertEquals(0, this.buttons.edge(1, true));
		assertEquals(0, this.buttons.edge(1, false));
		assertEquals(2, EventQueueMock.offers.size());
		long now = 123_456;
		for (int i = 0; i < 2; i++) {
			String[] offer = EventQueueMock.offers.get(i).split(":");
			assertEquals(TYPE, Integer.parseInt(offer[0]));
			int data = Integer.parseInt(offer[1]);
			assertTrue(ButtonEventCodec.isValid(data, 2));
			assertEquals(1, ButtonEventCodec.button(data));
			assertEquals(i == 0, ButtonEventCodec.pressed(data));
			assertEquals("no timestamp: the firmware uses the reception time", now, ButtonEventCodec.edgeMillis(data, now));
		}
		assertEquals(2, this.buttons.delivered());
	}

	@Test
	public void offerResults_areCountedAsDeliveredRefusedInvalid() {
		this.buttons.start(TYPE);
		EventQueueMock.result = -2;
		assertEquals(-2, this.buttons.edge(0, true));
		EventQueueMock.result = -1;
		assertEquals(-1, this.buttons.edge(0, false));
		EventQueueMock.result = 0;
		assertEquals(-1, this.buttons.edge(2, true)); // no button C: never offered
		assertEquals(0, this.buttons.edge(0, true));
		assertEquals(1, this.buttons.delivered());
		assertEquals(1, this.buttons.refused());
		assertEquals(2, this.buttons.invalid());
		assertEquals(3, this.buttons.lost());
		assertEquals(3, EventQueueMock.offers.size());
		assertFalse(EventQueueMock.offers.toString(), EventQueueMock.offers.stream().anyMatch(o -> o.endsWith(":" + (2 << 20))));
	}
}
