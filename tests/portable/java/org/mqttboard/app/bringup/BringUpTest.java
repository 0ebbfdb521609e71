/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.WifiRadio;
import org.mqttboard.testkit.app.FakeLink;
import org.mqttboard.testkit.app.FakeTimeSync;
import org.mqttboard.testkit.app.FakeWifi;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.app.RecordingObserver;
import org.mqttboard.testkit.app.Texts;

public class BringUpTest {

	private static final String SECRET = "s3cretPass!";
	private static final int BASE = 100;
	private static final int CAP = 1600;
	private static final int REFUSAL = 60000;

	private FakeWifi wifi;
	private FakeTimeSync time;
	private FakeLink link;
	private RecordingDisplay display;
	private RecordingLog log;
	private RecordingObserver observer;
	private BringUp machine;
	private long now;

	@Before
	public void setUp() {
		this.wifi = new FakeWifi();
		this.time = new FakeTimeSync();
		this.link = new FakeLink();
		this.display = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		this.log = new RecordingLog();
		this.observer = new RecordingObserver();
		this.machine = machine(TIME_REQUIRED);
		this.now = 1000;
	}

	/** {@link #machine}: the broker needs a set clock (TLS, IoTDA). */
	private static final boolean TIME_REQUIRED = true;
	/** {@link #machine}: the broker works without a set clock. */
	private static final boolean TIME_OPTIONAL = false;

	/** @return the machine on the fakes: Wi-Fi "lab" with {@link #SECRET}, backoff BASE..CAP, REFUSAL */
	private BringUp machine(boolean timeRequired) {
		return machine(timeRequired, new Backoff(BASE, CAP, REFUSAL, new Random(1234)));
	}

	private BringUp machine(boolean timeRequired, Backoff backoff) {
		return new BringUp(this.wifi, new String[] { "lab" }, new String[] { SECRET }, new String[] { "WPA2" }, 10000,
				this.time, timeRequired, this.link, backoff, new Reporter(this.display, this.log, this.observer));
	}

	/** Steps at each deadline until the state is reached; fails after a bounded number of steps. */
	private void runUntil(int state) {
		for (int i = 0; i < 100; i++) {
			if (this.machine.state() == state && i > 0) {
				return;
			}
			this.now = Math.max(this.now, this.machine.nextDeadline(this.now));
			this.machine.step(this.now);
		}
		assertEquals(BringUpState.name(state), BringUpState.name(this.machine.state()));
	}

	/** Steps once at the next deadline and returns the delay that was waited. */
	private long stepAtDeadline() {
		long deadline = this.machine.nextDeadline(this.now);
		long waited = deadline - this.now;
		this.now = deadline;
		this.machine.step(this.now);
		return waited;
	}

	/** Steps at each deadline until the link saw another connect; returns the time that took. */
	private long waitForNextConnect() {
		long start = this.now;
		int connects = this.link.connects();
		for (int i = 0; i < 1000 && this.link.connects() == connects; i++) {
			stepAtDeadline();
		}
		assertEquals(connects + 1, this.link.connects());
		return this.now - start;
	}

	@Test
	public void step_walksEveryStateInOrder_whenEverythingWorks() {
		runUntil(BringUpState.ONLINE);
		assertEquals("BOOT|CONFIG|WIFI_JOIN|NETWORK_UP|TIME_SYNC|BROKER_CONNECT|ONLINE",
				Texts.join(this.observer.states));
		assertEquals("ONLINE", this.display.lastStatus());
		assertTrue(Texts.has(this.display.statuses, "WIFI..."));
		assertTrue(Texts.has(this.display.statuses, "TIME..."));
		assertTrue(Texts.has(this.display.statuses, "MQTT..."));
		assertTrue(this.log.contains("STATE ONLINE"));
		assertTrue(this.observer.errors.isEmpty());
		assertEquals(SECRET, this.wifi.lastPassphrase());
	}

	@Test
	public void wifiJoin_retriesWithFullJitterWithinDoublingBounds_whenJoinKeepsFailing() {
		this.wifi.answerJoins(WifiRadio.JOIN_NOT_FOUND);
		runUntil(BringUpState.WIFI_JOIN);
		stepAtDeadline(); // first join attempt fails
		long ceiling = BASE;
		for (int n = 0; n < 8; n++) {
			long waited = stepAtDeadline();
			assertTrue("attempt " + n + " waited " + waited, waited >= 0 && waited <= ceiling);
			ceiling = Math.min(CAP, ceiling * 2);
		}
		assertEquals(9, this.wifi.joins());
		assertEquals("ERR WIFI", this.display.lastStatus());
		assertEquals("WIFI", this.observer.lastError());
		assertTrue(this.log.contains("no access point named 'lab'"));
		this.wifi.answerJoins(WifiRadio.JOIN_OK);
		runUntil(BringUpState.ONLINE);
	}

	@Test
	public void wifiJoin_saysThePassphraseWasRefused_withoutShowingIt() {
		this.wifi.answerJoins(WifiRadio.JOIN_AUTH_FAILED);
		runUntil(BringUpState.WIFI_JOIN);
		stepAtDeadline();
		stepAtDeadline();
		assertTrue(this.log.contains("refused the passphrase"));
		assertFalse(Texts.has(this.log.all(), SECRET));
		for (String e : this.observer.events) {
			assertFalse(e, Texts.has(e, SECRET));
		}
	}

	@Test
	public void networkUp_goesBackToWifiJoin_whenNoIpAddress() {
		runUntil(BringUpState.NETWORK_UP);
		this.wifi.loseLink();
		this.machine.step(this.now);
		assertEquals(BringUpState.WIFI_JOIN, this.machine.state());
		assertEquals("WIFI", this.observer.lastError());
	}

	@Test
	public void timeSync_retriesWithErrTime_whenRequiredAndNoServerAnswers() {
		this.time.answer(TimeSync.TIMEOUT);
		runUntil(BringUpState.TIME_SYNC);
		stepAtDeadline();
		stepAtDeadline();
		assertEquals(BringUpState.TIME_SYNC, this.machine.state());
		assertEquals("ERR TIME", this.display.lastStatus());
		assertEquals("TIME", this.observer.lastError());
		assertEquals(2, this.time.calls());
		this.time.answer(TimeSync.OK);
		runUntil(BringUpState.ONLINE);
	}

	@Test
	public void timeSync_continuesWithWarning_whenNotRequired() {
		this.machine = machine(TIME_OPTIONAL);
		this.time.answer(TimeSync.BAD_REPLY);
		runUntil(BringUpState.ONLINE);
		assertTrue(this.observer.errors.isEmpty());
		assertTrue(this.log.contains("continuing without wall-clock time"));
	}

	@Test
	public void brokerConnect_backsOffLongAndSaysAuth_whenConnackRefusesCredentials() {
		this.link.acceptConnects(false);
		runUntil(BringUpState.BROKER_CONNECT);
		stepAtDeadline(); // connect
		this.link.close(SessionStatus.REFUSED_CREDENTIALS);
		stepAtDeadline();
		assertEquals("AUTH", this.observer.lastError());
		assertEquals("ERR AUTH", this.display.lastStatus());
		long waited = waitForNextConnect();
		assertTrue("waited " + waited, waited >= REFUSAL && waited < 2 * REFUSAL);
		assertTrue(this.log.contains("bad user name or password"));
	}

	@Test
	public void protocolViolation_errorLineNamesItAndItsClause_onOneLine() {
		this.link.acceptConnects(false);
		runUntil(BringUpState.BROKER_CONNECT);
		stepAtDeadline();
		this.link.close(SessionStatus.BAD_UTF8);
		stepAtDeadline();
		assertEquals("BROKER", this.observer.lastError());
		assertTrue(this.log.all(), this.log.contains("ERROR BROKER broker broke the MQTT protocol: topic name is not"
				+ " valid UTF-8 [MQTT-1.5.3-1]; link closed; retry in "));
	}

	@Test
	public void brokerConnect_mapsEveryConnackClass() {
		int[] causes = { SessionStatus.REFUSED_PROTOCOL, SessionStatus.REFUSED_IDENTIFIER,
				SessionStatus.REFUSED_UNAVAILABLE, SessionStatus.REFUSED_NOT_AUTHORIZED, SessionStatus.MALFORMED };
		String[] errors = { "PROTOCOL", "CLIENT_ID", "BROKER", "AUTH", "BROKER" };
		boolean[] longWait = { true, true, false, true, false };
		for (int i = 0; i < causes.length; i++) {
			setUp();
			this.link.acceptConnects(false);
			runUntil(BringUpState.BROKER_CONNECT);
			stepAtDeadline();
			this.link.close(causes[i]);
			stepAtDeadline();
			String cause = SessionStatus.name(causes[i]);
			assertEquals(cause, errors[i], this.observer.lastError());
			long waited = waitForNextConnect();
			assertEquals(cause + " waited " + waited, Boolean.valueOf(longWait[i]),
					Boolean.valueOf(waited >= REFUSAL));
		}
	}

	@Test
	public void brokerConnect_saysTlsAndWaitsLong_whenChainUntrusted() {
		this.link.failOpening(TransportError.TLS_UNTRUSTED);
		runUntil(BringUpState.BROKER_CONNECT);
		stepAtDeadline();
		assertEquals("TLS", this.observer.lastError());
		assertEquals("ERR TLS", this.display.lastStatus());
		assertTrue(this.machine.nextDeadline(this.now) >= this.now + 1);
		long waited = waitForNextConnect();
		assertTrue("waited " + waited, waited >= REFUSAL);
	}

	@Test
	public void brokerConnect_returnsToTimeSync_whenCertificateDateFails() {
		this.link.failOpening(TransportError.TLS_CERT_DATE);
		runUntil(BringUpState.BROKER_CONNECT);
		stepAtDeadline();
		assertEquals(BringUpState.TIME_SYNC, this.machine.state());
		assertEquals("TIME", this.observer.lastError());
		this.link.openNormally();
		runUntil(BringUpState.ONLINE);
		assertEquals(2, this.time.calls());
	}

	@Test
	public void brokerConnect_retriesSoon_whenBrokerUnreachable() {
		this.link.failOpening(TransportError.REFUSED);
		runUntil(BringUpState.BROKER_CONNECT);
		stepAtDeadline();
		assertEquals("BROKER", this.observer.lastError());
		assertEquals("ERR MQTT", this.display.lastStatus());
		assertTrue(this.log.contains("REFUSED"));
		this.link.openNormally();
		runUntil(BringUpState.ONLINE);
	}

	@Test
	public void online_goesBackToWifiJoinAndSkipsTimeSync_whenWifiLost() {
		runUntil(BringUpState.ONLINE);
		this.observer.states.clear();
		this.wifi.loseLink();
		this.machine.step(this.now);
		assertEquals(BringUpState.WIFI_JOIN, this.machine.state());
		assertEquals(1, this.link.drops());
		assertEquals("ERR WIFI", this.display.lastStatus());
		runUntil(BringUpState.ONLINE);
		assertEquals("WIFI_JOIN|NETWORK_UP|BROKER_CONNECT|ONLINE", Texts.join(this.observer.states));
		assertEquals(1, this.time.calls());
	}

	@Test
	public void online_retriesAtOnce_whenBrokerLostAfterStableSession() {
		runUntil(BringUpState.ONLINE);
		drop(60000, SessionStatus.KEEPALIVE_TIMEOUT);
		assertEquals(BringUpState.BROKER_CONNECT, this.machine.state());
		assertEquals("BROKER", this.observer.lastError());
		assertEquals(0, waitForNextConnect());
		runUntil(BringUpState.ONLINE);
		assertEquals(2, this.link.connects());
	}

	@Test
	public void online_retriesAtOnceAfterADrop_thenBacksOff_whenTheRetryFails() {
		runUntil(BringUpState.ONLINE);
		this.link.failOpening(TransportError.REFUSED);
		drop(200, SessionStatus.TRANSPORT_CLOSED);
		assertTrue(this.log.contains("retry in 0 ms"));
		assertEquals("first retry at once", 0, waitForNextConnect());
		long waited = waitForNextConnect();
		assertTrue("second retry waits the base backoff: " + waited, waited > 0 && waited <= BASE);
		this.link.openNormally();
		runUntil(BringUpState.ONLINE);
		// Dropped again before the link was stable: no second free retry.
		drop(200, SessionStatus.TRANSPORT_CLOSED);
		assertTrue(waitForNextConnect() > 0);
	}

	@Test
	public void online_keepsTheJitterForTheFirstRetry_whenTheBaseAsksForSpreading() {
		this.machine = machine(TIME_REQUIRED, new Backoff(Backoff.SPREAD_BASE_MILLIS + 1, 20000, REFUSAL,
				new Random(1234)));
		runUntil(BringUpState.ONLINE);
		drop(60000, SessionStatus.TRANSPORT_CLOSED);
		assertFalse(this.log.contains("retry in 0 ms"));
		long waited = waitForNextConnect();
		assertTrue("waited " + waited, waited > 0 && waited <= Backoff.SPREAD_BASE_MILLIS + 1);
	}

	/** After {@code onlineMillis} online, the link closes with {@code cause} and the machine sees it. */
	private void drop(long onlineMillis, int cause) {
		this.now += onlineMillis;
		this.machine.step(this.now);
		this.link.close(cause);
		this.machine.step(this.now);
	}

	@Test
	public void online_reportsDuplicateClientIdAndWaitsLong_whenTheEngineDiagnosedATakeover() {
		// The takeover rule (two peer closes right after CONNACK) lives in the engine: see MqttSessionConnectTest.
		runUntil(BringUpState.ONLINE);
		this.now += 200;
		this.link.close(SessionStatus.PROBABLE_TAKEOVER);
		this.machine.step(this.now);
		assertEquals("DUPLICATE_ID", this.observer.lastError());
		assertEquals("ERR DUP ID", this.display.lastStatus());
		long waited = waitForNextConnect();
		assertTrue("waited " + waited, waited >= REFUSAL);
		assertTrue(this.log.contains("same client id"));
	}

	@Test
	public void online_doesNotSuspectDuplicates_whenSessionsLastLong() {
		runUntil(BringUpState.ONLINE);
		for (int i = 0; i < 5; i++) {
			this.now += 10000;
			this.machine.step(this.now);
			this.link.close(SessionStatus.TRANSPORT_CLOSED);
			this.machine.step(this.now);
			runUntil(BringUpState.ONLINE);
		}
		assertFalse(Texts.has(this.observer.errors, "DUPLICATE_ID"));
	}

	@Test
	public void names_areStableForEveryStateAndError() {
		assertEquals("BROKER_CONNECT", BringUpState.name(BringUpState.BROKER_CONNECT));
		assertEquals("UNKNOWN", BringUpState.name(99));
		assertEquals("HALTED", BringUpState.status(99));
		for (int e = AppStatus.CONFIG; e >= AppStatus.PRESS_DROPPED; e--) {
			assertFalse(AppStatus.name(e).equals("UNKNOWN"));
			assertTrue(AppStatus.status(e).length() <= 10);
		}
		assertEquals("QUEUE_FULL", AppStatus.name(SessionStatus.QUEUE_FULL));
		assertEquals("QUEUE FULL", AppStatus.status(SessionStatus.QUEUE_FULL));
		assertEquals("UNKNOWN", AppStatus.name(-399));
	}
}
