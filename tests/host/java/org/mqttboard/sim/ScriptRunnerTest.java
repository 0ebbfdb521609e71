/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** The script console against scripted fake controls: parsing, cursors, verdict lines, power-on point. */
public class ScriptRunnerTest {

	private final List<String> actions = new ArrayList<>();
	private final Events events = new Events();
	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final Controls fake = new Controls() {
		@Override
		public void hold(int button, long millis) {
			ScriptRunnerTest.this.actions.add("hold " + button + ' ' + millis);
			// The fake board publishes on every press, like the tutorial configuration.
			ScriptRunnerTest.this.events.emit(Events.PEER, "testtopic/1", "hello");
		}

		@Override
		public void wifi(boolean inRange) {
			ScriptRunnerTest.this.actions.add("wifi " + inRange);
		}

		@Override
		public boolean wifiInRange() {
			return true;
		}

		@Override
		public void clockOffset(long seconds) {
			ScriptRunnerTest.this.actions.add("clock " + seconds);
		}

		@Override
		public void peerPublish(String topic, String payload, int qos, boolean retain) {
			ScriptRunnerTest.this.actions.add("publish " + topic + ' ' + payload + ' ' + qos + ' ' + retain);
		}

		@Override
		public void peerSubscribe(String filter) {
			ScriptRunnerTest.this.actions.add("subscribe " + filter);
		}

		@Override
		public void powerOn() {
			ScriptRunnerTest.this.actions.add("power on");
		}

		@Override
		public Events events() {
			return ScriptRunnerTest.this.events;
		}
	};

	private int run(String script) throws Exception {
		return new ScriptRunner(this.fake, new PrintStream(this.output, true, StandardCharsets.UTF_8))
				.run(new BufferedReader(new StringReader(script)));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Test
	public void run_passes_andPowersOnAfterSetupCommands() throws Exception {
		this.events.emit(Events.STATE, "ONLINE", "");
		int status = run("# tutorial\npeer subscribe testtopic/#\nclock offset -30\nexpect state ONLINE 100\n"
				+ "press A\nexpect peer testtopic/1 hello 100\npeer publish testtopic/2 \"4 2\" 1 retain\nquit\n"
				+ "press B\n");
		assertEquals(output(), ScriptRunner.PASSED, status);
		assertEquals(List.of("subscribe testtopic/#", "clock -30", "power on", "power on", "hold 0 80", "power on",
				"publish testtopic/2 4 2 1 true"), this.actions);
		assertEquals("PASS 2 expectations\n", output());
	}

	@Test
	public void run_failsWithTheLine_whenAnExpectationTimesOut() throws Exception {
		this.events.emit(Events.STATE, "WIFI_JOIN", "");
		int status = run("sleep 1\n\nexpect state ONLINE 50\n");
		assertEquals(ScriptRunner.EXPECTATION_FAILED, status);
		assertTrue(output(), output().startsWith("FAIL line 3: expect state ONLINE 50 (state ONLINE not reached"));
		assertTrue(output(), output().contains("current STATE WIFI_JOIN"));
	}

	@Test
	public void expectPeer_consumesMessages_soASecondCopyIsNeeded() throws Exception {
		int status = run("press A\nexpect peer testtopic/1 hello 50\nexpect peer testtopic/1 hello 50\n");
		assertEquals(ScriptRunner.EXPECTATION_FAILED, status);
		assertTrue(output(), output().startsWith("FAIL line 3:"));
	}

	@Test
	public void expectState_holdsForTheCurrentState_evenWhenAlreadyMatched() throws Exception {
		this.events.emit(Events.STATE, "ONLINE", "");
		assertEquals(output(), ScriptRunner.PASSED, run("expect state ONLINE 10\nexpect state ONLINE 10\n"));
	}

	@Test
	public void expectDisplay_waitsForTextShownLater() throws Exception {
		new Thread(() -> {
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				return;
			}
			this.events.emit(Events.DISPLAY, "42", "");
		}).start();
		assertEquals(output(), ScriptRunner.PASSED, run("expect display 42 3000\n"));
	}

	@Test
	public void expectError_matchesCode() throws Exception {
		this.events.emit(Events.ERROR, "CONFIG", "broker.port line 3: out of range");
		assertEquals(output(), ScriptRunner.PASSED, run("expect error CONFIG 10\n"));
	}

	@Test
	public void run_reportsScriptError_forUnknownCommandOrBadArgument() throws Exception {
		assertEquals(ScriptRunner.SCRIPT_ERROR, run("jump A\n"));
		assertTrue(output(), output().contains("FAIL line 1: jump A (unknown command 'jump')"));
		this.output.reset();
		assertEquals(ScriptRunner.SCRIPT_ERROR, run("press C\n"));
		assertTrue(output(), output().contains("button must be A or B"));
		this.output.reset();
		assertEquals(ScriptRunner.SCRIPT_ERROR, run("peer publish t p 3\n"));
		assertTrue(output(), output().contains("out of range"));
	}
}
