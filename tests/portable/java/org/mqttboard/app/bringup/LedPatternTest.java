/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.platform.Display;
import org.mqttboard.testkit.app.RecordingDisplay;

/**
 * The status LED: each bring-up state and error class has its own documented pattern (colour and rhythm, so a
 * single-colour LED still tells them apart), the light plays it from the main loop, writing the LED only on a change,
 * and wakes the loop only while it blinks.
 */
public class LedPatternTest {

	/** Lit slots over one 2 s cycle, as {@code #} and {@code .}, sampled in the middle of each slot. */
	private static String rhythm(int pattern) {
		StringBuilder b = new StringBuilder();
		for (int slot = 0; slot < LedPattern.SLOTS; slot++) {
			b.append(LedPattern.colorsAt(pattern, slot * LedPattern.SLOT_MILLIS + 50) != 0 ? '#' : '.');
		}
		return b.toString();
	}

	@Test
	public void eachStateAndErrorClass_hasItsDocumentedPattern() {
		Assert.assertEquals("#####.....#####.....", rhythm(LedPattern.forState(BringUpState.WIFI_JOIN)));
		Assert.assertEquals("##..##..##..##..##..", rhythm(LedPattern.forState(BringUpState.BROKER_CONNECT)));
		Assert.assertEquals(LedPattern.CONNECTING, LedPattern.forState(BringUpState.TIME_SYNC));
		Assert.assertEquals(LedPattern.CONNECTING, LedPattern.forState(BringUpState.NETWORK_UP));
		Assert.assertEquals("####################", rhythm(LedPattern.forState(BringUpState.ONLINE)));
		Assert.assertEquals("####################", rhythm(LedPattern.forState(BringUpState.HALTED)));
		Assert.assertEquals(LedPattern.CONFIG_ERROR, LedPattern.forError(AppStatus.CONFIG));
		Assert.assertEquals("##.##...............", rhythm(LedPattern.forError(AppStatus.TLS)));
		Assert.assertEquals("##.##.##............", rhythm(LedPattern.forError(AppStatus.AUTH)));
		Assert.assertEquals("##..................", rhythm(LedPattern.forError(AppStatus.WIFI)));
		Assert.assertEquals(LedPattern.OTHER_ERROR, LedPattern.forError(AppStatus.BROKER));
		Assert.assertEquals("##########..........", rhythm(LedPattern.SETUP_MODE));
		Assert.assertEquals("....................", rhythm(LedPattern.forState(BringUpState.BOOT)));
		Assert.assertEquals("a dropped press keeps the pattern", -1, LedPattern.forError(AppStatus.PRESS_DROPPED));
	}

	@Test
	public void colours_blueWhileBringingUp_greenOnline_redOnErrors_cyanInSetup() {
		Assert.assertEquals(Display.LED_BLUE, LedPattern.colors(LedPattern.WIFI_JOINING));
		Assert.assertEquals(Display.LED_BLUE, LedPattern.colors(LedPattern.CONNECTING));
		Assert.assertEquals(Display.LED_GREEN, LedPattern.colors(LedPattern.ONLINE));
		for (int p : new int[] { LedPattern.CONFIG_ERROR, LedPattern.TLS_ERROR, LedPattern.AUTH_ERROR,
				LedPattern.OTHER_ERROR }) {
			Assert.assertEquals(LedPattern.name(p), Display.LED_RED, LedPattern.colors(p));
		}
		Assert.assertEquals(Display.LED_GREEN | Display.LED_BLUE, LedPattern.colors(LedPattern.SETUP_MODE));
	}

	@Test
	public void everyPattern_differsFromEveryOther_inColourOrRhythm() {
		for (int a = 0; a <= LedPattern.SETUP_MODE; a++) {
			for (int b = a + 1; b <= LedPattern.SETUP_MODE; b++) {
				boolean same = LedPattern.colors(a) == LedPattern.colors(b) && LedPattern.mask(a) == LedPattern.mask(b);
				Assert.assertFalse(LedPattern.name(a) + " looks like " + LedPattern.name(b), same);
			}
		}
		// A single-colour LED only has the rhythm: errors must differ by it at least among themselves.
		Assert.assertFalse(LedPattern.mask(LedPattern.TLS_ERROR) == LedPattern.mask(LedPattern.AUTH_ERROR));
		Assert.assertFalse(LedPattern.mask(LedPattern.WIFI_JOINING) == LedPattern.mask(LedPattern.CONNECTING));
	}

	@Test
	public void light_writesTheLedOnlyOnChanges_andSleepsWhileSteady() {
		RecordingDisplay display = new RecordingDisplay(Display.KIND_LCD, 16);
		StatusLight light = new StatusLight(display);
		light.show(LedPattern.AUTH_ERROR);
		for (long t = 0; t < 2000; t += 10) {
			light.step(t);
		}
		// ##.##.##... : on, off, on, off, on, off = six writes in one cycle.
		Assert.assertEquals(6, display.leds.size());
		Assert.assertEquals(Integer.valueOf(Display.LED_RED), display.leds.get(0));
		Assert.assertEquals(Integer.valueOf(0), display.leds.get(1));
		Assert.assertEquals(2100, light.nextChange(2050));
		light.show(LedPattern.ONLINE);
		light.step(2050);
		Assert.assertEquals(Integer.valueOf(Display.LED_GREEN), display.leds.get(display.leds.size() - 1));
		Assert.assertEquals(Long.MAX_VALUE, light.nextChange(2060));
		int writes = display.leds.size();
		for (long t = 2060; t < 6000; t += 10) {
			light.step(t);
		}
		Assert.assertEquals("steady: no more writes", writes, display.leds.size());
		light.show(-1);
		Assert.assertEquals(LedPattern.ONLINE, light.pattern());
	}

	@Test
	public void reporter_drivesTheLight_fromStatesAndErrors() {
		RecordingDisplay display = new RecordingDisplay(Display.KIND_LCD, 16);
		Reporter reporter = new Reporter(display, new org.mqttboard.testkit.app.RecordingLog(), null);
		reporter.state(BringUpState.WIFI_JOIN);
		Assert.assertEquals(LedPattern.WIFI_JOINING, reporter.light().pattern());
		reporter.state(BringUpState.BROKER_CONNECT);
		reporter.error(AppStatus.TLS, "TLS handshake failed");
		Assert.assertEquals(LedPattern.TLS_ERROR, reporter.light().pattern());
		reporter.error(AppStatus.PRESS_DROPPED, "dropped");
		Assert.assertEquals(LedPattern.TLS_ERROR, reporter.light().pattern());
		reporter.state(BringUpState.ONLINE);
		Assert.assertEquals(LedPattern.ONLINE, reporter.light().pattern());
	}
}
