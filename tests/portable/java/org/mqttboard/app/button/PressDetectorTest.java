/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

public class PressDetectorTest {

	private final List<String> presses = new ArrayList<String>();
	private PressDetector detector;

	@Before
	public void setUp() {
		this.detector = new PressDetector(30, 800, new PressSink() {
			@Override
			public void onPress(int button, boolean longPress, long monotonicMillis) {
				PressDetectorTest.this.presses.add((button == 0 ? "A" : "B") + (longPress ? " long " : " short ")
						+ monotonicMillis);
			}
		});
	}

	@Test
	public void shortPress_isOneEvent_despiteContactBounceOnPressAndRelease() {
		this.detector.edge(0, true, 1000);
		this.detector.edge(0, false, 1002);
		this.detector.edge(0, true, 1004);
		this.detector.edge(0, false, 1200);
		this.detector.edge(0, true, 1203);
		this.detector.edge(0, false, 1206);
		this.detector.poll(1300);
		assertEquals(1, this.presses.size());
		assertEquals("A short 1200", this.presses.get(0));
	}

	@Test
	public void longPress_firesWhenHeldForTheThreshold_andReleaseAddsNothing() {
		this.detector.edge(1, true, 1000);
		this.detector.poll(1799);
		assertEquals(0, this.presses.size());
		assertEquals(1800, this.detector.nextDeadline(1799));
		this.detector.poll(1800);
		assertEquals(1, this.presses.size());
		assertEquals("B long 1800", this.presses.get(0));
		this.detector.edge(1, false, 2500);
		this.detector.poll(3000);
		assertEquals(1, this.presses.size());
	}

	@Test
	public void releaseHiddenInBounce_isReconciledWhenTheWindowEnds() {
		this.detector.edge(0, true, 1000);
		// A very short tap: the real release comes inside the bounce window.
		this.detector.edge(0, false, 1010);
		assertEquals(0, this.presses.size());
		assertEquals(1030, this.detector.nextDeadline(1011));
		this.detector.poll(1030);
		assertEquals(1, this.presses.size());
		assertEquals("A short 1030", this.presses.get(0));
	}

	@Test
	public void bothButtons_areIndependent() {
		this.detector.edge(0, true, 0);
		this.detector.edge(1, true, 10);
		this.detector.edge(0, false, 100);
		this.detector.poll(900);
		assertEquals(2, this.presses.size());
		assertEquals("A short 100", this.presses.get(0));
		assertEquals("B long 810", this.presses.get(1));
	}

	@Test
	public void manyPresses_eachCountedOnce() {
		long t = 0;
		for (int i = 0; i < 50; i++) {
			this.detector.edge(0, true, t);
			this.detector.edge(0, false, t + 1);
			this.detector.edge(0, true, t + 2);
			this.detector.edge(0, false, t + 100);
			t += 300;
		}
		this.detector.poll(t);
		assertEquals(50, this.presses.size());
	}

	@Test
	public void nextDeadline_isMaxValue_whenIdle() {
		assertEquals(Long.MAX_VALUE, this.detector.nextDeadline(5));
		this.detector.edge(3, true, 0);
		assertEquals(Long.MAX_VALUE, this.detector.nextDeadline(5));
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_rejectsLongThresholdBelowDebounce() {
		new PressDetector(50, 40, null);
	}
}
