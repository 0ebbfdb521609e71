/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.app.time.SntpClient;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.WifiRadio;

/**
 * The bring-up state machine: BOOT, CONFIG, WIFI_JOIN, NETWORK_UP, TIME_SYNC, BROKER_CONNECT, ONLINE (and HALTED
 * for an unusable configuration). Every failing step is retried after a {@link Backoff} delay; refusals that
 * retrying will not heal (credentials, client id, protocol, TLS trust) wait long and say so. From ONLINE, a lost
 * Wi-Fi goes back to WIFI_JOIN and a lost broker to BROKER_CONNECT. Disconnects that keep coming right after
 * CONNACK are reported as a probable duplicate client id.
 * <p>
 * Every state and every error (with a secret-free message) goes through the {@link Reporter} to the display status,
 * the console and the {@link StatusObserver}.
 * <p>
 * Threading: main loop only. {@link #step} blocks only inside Wi-Fi join, SNTP and transport open, each bounded by
 * its configured timeout.
 */
public final class BringUp {

	/** Wi-Fi is polled at least this often while waiting or online, in ms. */
	static final int WIFI_POLL_MILLIS = 1000;

	private final WifiRadio wifi;
	private final String ssid;
	private final String passphrase;
	private final String securityMode;
	private final int joinTimeoutMillis;
	private final TimeSync time;
	private final boolean timeRequired;
	private final BrokerLink link;
	private final Backoff backoff;
	private final int stableMillis;
	private final int duplicateThreshold;
	private final Reporter reporter;

	private int state = -1;
	private long retryAt;
	private boolean timeSet;
	private long onlineSince;
	private int shortSessions;
	private boolean linkStarted;
	private String[] configProblems;

	/**
	 * @param wifi the radio
	 * @param ssid access point name
	 * @param passphrase access point passphrase (never logged)
	 * @param securityMode security mode by name
	 * @param joinTimeoutMillis upper bound of one join, in ms
	 * @param time the SNTP client
	 * @param timeRequired true when the broker cannot be reached without a set clock (TLS, IoTDA credentials);
	 *        false lets bring-up continue with a warning when no time server answers
	 * @param link the MQTT engine, adapted
	 * @param backoff retry delays (owned by this machine)
	 * @param stableMillis a link that stays up this long counts as healthy (resets the backoff); a shorter one
	 *        counts towards the duplicate client id diagnosis, in ms
	 * @param duplicateThreshold consecutive short sessions that trigger {@link BringUpError#DUPLICATE_ID}
	 * @param reporter where states and errors go
	 */
	public BringUp(WifiRadio wifi, String ssid, String passphrase, String securityMode, int joinTimeoutMillis,
			TimeSync time, boolean timeRequired, BrokerLink link, Backoff backoff, int stableMillis,
			int duplicateThreshold, Reporter reporter) {
		this.wifi = wifi;
		this.ssid = ssid;
		this.passphrase = passphrase;
		this.securityMode = securityMode;
		this.joinTimeoutMillis = joinTimeoutMillis;
		this.time = time;
		this.timeRequired = timeRequired;
		this.link = link;
		this.backoff = backoff;
		this.stableMillis = stableMillis;
		this.duplicateThreshold = duplicateThreshold;
		this.reporter = reporter;
	}

	/**
	 * Makes the machine halt in CONFIG instead of bringing anything up: the first steps report each problem as a
	 * {@link BringUpError#CONFIG} error and then enter {@link BringUpState#HALTED}.
	 *
	 * @param problems one secret-free line per problem (key, line, reason); kept by reference
	 */
	public void refuseConfiguration(String[] problems) {
		this.configProblems = problems;
	}

	/** @return the current {@link BringUpState} constant ({@link BringUpState#BOOT} before the first step) */
	public int state() {
		return this.state < 0 ? BringUpState.BOOT : this.state;
	}

	/**
	 * Advances the machine by at most one transition.
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	public void step(long nowMillis) {
		switch (this.state) {
		case -1:
			enter(BringUpState.BOOT);
			break;
		case BringUpState.BOOT:
			enter(BringUpState.CONFIG);
			break;
		case BringUpState.CONFIG:
			stepConfig(nowMillis);
			break;
		case BringUpState.WIFI_JOIN:
			stepWifi(nowMillis);
			break;
		case BringUpState.NETWORK_UP:
			if (this.wifi.isUp()) {
				enter(this.timeSet ? BringUpState.BROKER_CONNECT : BringUpState.TIME_SYNC);
			} else {
				fail(nowMillis, BringUpError.WIFI, "joined but no IP address", false, BringUpState.WIFI_JOIN);
			}
			break;
		case BringUpState.TIME_SYNC:
			stepTime(nowMillis);
			break;
		case BringUpState.BROKER_CONNECT:
			stepConnect(nowMillis);
			break;
		case BringUpState.ONLINE:
			stepOnline(nowMillis);
			break;
		default:
			break; // HALTED: nothing will change without a new configuration and a reboot.
		}
	}

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return the time by which {@link #step} must run again, in ms
	 */
	public long nextDeadline(long nowMillis) {
		switch (this.state) {
		case BringUpState.WIFI_JOIN:
		case BringUpState.TIME_SYNC:
			return Math.max(nowMillis, this.retryAt);
		case BringUpState.BROKER_CONNECT:
			if (!this.linkStarted) {
				return Math.max(nowMillis, Math.min(this.retryAt, nowMillis + WIFI_POLL_MILLIS));
			}
			return Math.min(this.link.nextDeadline(nowMillis), nowMillis + WIFI_POLL_MILLIS);
		case BringUpState.ONLINE:
			return Math.min(this.link.nextDeadline(nowMillis), nowMillis + WIFI_POLL_MILLIS);
		case BringUpState.HALTED:
			return nowMillis + 60000;
		default:
			return nowMillis;
		}
	}

	private void stepConfig(long nowMillis) {
		String[] problems = this.configProblems;
		if (problems != null) {
			for (int i = 0; i < problems.length; i++) {
				this.reporter.error(BringUpError.CONFIG, problems[i]);
			}
			enter(BringUpState.HALTED);
			this.reporter.status(BringUpError.status(BringUpError.CONFIG));
			return;
		}
		this.retryAt = nowMillis;
		enter(BringUpState.WIFI_JOIN);
	}

	private void stepWifi(long nowMillis) {
		if (nowMillis < this.retryAt) {
			return;
		}
		if (this.wifi.isUp()) {
			// Already joined (a radio that re-associated by itself after a drop).
			enter(BringUpState.NETWORK_UP);
			return;
		}
		this.reporter.status(BringUpState.status(BringUpState.WIFI_JOIN));
		int rc = this.wifi.join(this.ssid, this.passphrase, this.securityMode, this.joinTimeoutMillis);
		if (rc == WifiRadio.JOIN_OK) {
			enter(BringUpState.NETWORK_UP);
			return;
		}
		String reason;
		switch (rc) {
		case WifiRadio.JOIN_AUTH_FAILED:
			reason = "access point refused the passphrase (check wifi passphrase and security mode)";
			break;
		case WifiRadio.JOIN_NOT_FOUND:
			reason = "no access point named '" + this.ssid + "' in range";
			break;
		case WifiRadio.JOIN_TIMEOUT:
			reason = "no association or no IP address within " + this.joinTimeoutMillis + " ms";
			break;
		default:
			reason = "radio failure (code " + rc + ")";
			break;
		}
		fail(nowMillis, BringUpError.WIFI, "join failed: " + reason, false, BringUpState.WIFI_JOIN);
	}

	private void stepTime(long nowMillis) {
		if (nowMillis < this.retryAt) {
			return;
		}
		if (!this.wifi.isUp()) {
			wifiLost(nowMillis);
			return;
		}
		this.reporter.status(BringUpState.status(BringUpState.TIME_SYNC));
		int rc = this.time.sync();
		if (rc == TimeSync.OK) {
			// No backoff reset here: only ONLINE resets it. A certificate date failure re-syncs the clock, and
			// resetting then would retry the same refused handshake every base delay forever.
			this.timeSet = true;
			enter(BringUpState.BROKER_CONNECT);
			this.retryAt = nowMillis;
			return;
		}
		String reason = "SNTP failed: " + SntpClient.describe(rc);
		if (this.timeRequired) {
			fail(nowMillis, BringUpError.TIME, reason + " (the clock is needed for TLS and credentials)", false,
					BringUpState.TIME_SYNC);
		} else {
			this.reporter.log(Log.WARN, reason + "; continuing without wall-clock time");
			this.retryAt = nowMillis;
			enter(BringUpState.BROKER_CONNECT);
		}
	}

	private void stepConnect(long nowMillis) {
		if (!this.wifi.isUp()) {
			wifiLost(nowMillis);
			return;
		}
		if (!this.linkStarted) {
			if (nowMillis < this.retryAt) {
				return;
			}
			this.reporter.status(BringUpState.status(BringUpState.BROKER_CONNECT));
			if (this.link.connect(nowMillis)) {
				this.linkStarted = true;
			} else {
				linkFailed(nowMillis, false);
			}
			return;
		}
		this.link.step(nowMillis);
		int status = this.link.status();
		if (status == BrokerLink.ONLINE) {
			this.onlineSince = nowMillis;
			enter(BringUpState.ONLINE);
		} else if (status == BrokerLink.CLOSED) {
			this.linkStarted = false;
			linkFailed(nowMillis, false);
		}
	}

	private void stepOnline(long nowMillis) {
		if (!this.wifi.isUp()) {
			wifiLost(nowMillis);
			return;
		}
		this.link.step(nowMillis);
		boolean stable = nowMillis - this.onlineSince >= this.stableMillis;
		if (this.link.status() == BrokerLink.ONLINE) {
			if (stable) {
				this.backoff.reset();
				this.shortSessions = 0;
			}
			return;
		}
		this.linkStarted = false;
		linkFailed(nowMillis, !stable);
	}

	private void wifiLost(long nowMillis) {
		this.link.drop();
		this.linkStarted = false;
		fail(nowMillis, BringUpError.WIFI, "Wi-Fi connection lost", false, BringUpState.WIFI_JOIN);
		// Rejoining at once is right: the first attempt after a drop needs no delay.
		this.retryAt = nowMillis;
	}

	private void linkFailed(long nowMillis, boolean shortSession) {
		int closeClass = this.link.closeClass();
		int detail = this.link.closeDetail();
		if (closeClass == BrokerLink.CLOSE_TAKEOVER
				|| shortSession && (closeClass == BrokerLink.CLOSE_PEER || closeClass == BrokerLink.CLOSE_TRANSPORT)) {
			this.shortSessions++;
			if (this.shortSessions >= this.duplicateThreshold || closeClass == BrokerLink.CLOSE_TAKEOVER) {
				fail(nowMillis, BringUpError.DUPLICATE_ID, "the broker keeps closing the link right after CONNACK"
						+ " (" + this.shortSessions + " times): probably another client uses the same client id", true,
						BringUpState.BROKER_CONNECT);
				return;
			}
		}
		switch (closeClass) {
		case BrokerLink.CLOSE_REFUSED:
			refused(nowMillis, detail);
			return;
		case BrokerLink.CLOSE_TRANSPORT:
			transportFailed(nowMillis, detail);
			return;
		case BrokerLink.CLOSE_TIMEOUT:
			fail(nowMillis, BringUpError.BROKER, "broker did not answer in time (CONNACK or keep-alive)", false,
					BringUpState.BROKER_CONNECT);
			return;
		case BrokerLink.CLOSE_PROTOCOL:
			fail(nowMillis, BringUpError.BROKER, "broker broke the MQTT protocol; link closed", false,
					BringUpState.BROKER_CONNECT);
			return;
		default:
			fail(nowMillis, BringUpError.BROKER, "broker closed the link", false, BringUpState.BROKER_CONNECT);
			return;
		}
	}

	/** CONNACK return codes of MQTT 3.1.1 section 3.2.2.3 (Table 3.1); 1..5 are refusals. */
	private void refused(long nowMillis, int returnCode) {
		switch (returnCode) {
		case 1:
			fail(nowMillis, BringUpError.PROTOCOL, "CONNACK 1: broker does not accept this MQTT version", true,
					BringUpState.BROKER_CONNECT);
			break;
		case 2:
			fail(nowMillis, BringUpError.CLIENT_ID, "CONNACK 2: client identifier rejected (check broker client id)",
					true, BringUpState.BROKER_CONNECT);
			break;
		case 3:
			fail(nowMillis, BringUpError.BROKER, "CONNACK 3: server unavailable", false,
					BringUpState.BROKER_CONNECT);
			break;
		case 4:
			fail(nowMillis, BringUpError.AUTH, "CONNACK 4: bad user name or password", true,
					BringUpState.BROKER_CONNECT);
			break;
		case 5:
			fail(nowMillis, BringUpError.AUTH,
					"CONNACK 5: not authorized (credentials, client id, topic rights, quota or missing SNI)", true,
					BringUpState.BROKER_CONNECT);
			break;
		default:
			fail(nowMillis, BringUpError.BROKER, "CONNACK refused with code " + returnCode, false,
					BringUpState.BROKER_CONNECT);
			break;
		}
	}

	private void transportFailed(long nowMillis, int code) {
		String name = TransportError.name(code);
		switch (code) {
		case TransportError.TLS_CERT_DATE:
			// A certificate "expired" or "not yet valid" is usually our clock: set it again first.
			this.timeSet = false;
			fail(nowMillis, BringUpError.TIME, "TLS certificate date check failed (" + name
					+ "): device clock wrong?", false, BringUpState.TIME_SYNC);
			break;
		case TransportError.TLS_UNTRUSTED:
		case TransportError.TLS_HOSTNAME:
		case TransportError.TLS_PROTOCOL:
		case TransportError.TLS_CA_RESOURCE:
		case TransportError.BAD_SETTINGS:
			fail(nowMillis, BringUpError.TLS, "TLS handshake failed (" + name
					+ "): check broker host, port and CA certificates", true, BringUpState.BROKER_CONNECT);
			break;
		case TransportError.TLS_OTHER:
			fail(nowMillis, BringUpError.TLS, "TLS handshake failed (" + name + ")", false,
					BringUpState.BROKER_CONNECT);
			break;
		case TransportError.NO_NETWORK:
			wifiLost(nowMillis);
			break;
		default:
			fail(nowMillis, BringUpError.BROKER, "cannot reach broker (" + name + ")", false,
					BringUpState.BROKER_CONNECT);
			break;
		}
	}

	private void fail(long nowMillis, int error, String reason, boolean refusal, int nextState) {
		long delay = refusal ? this.backoff.nextRefusal() : this.backoff.next();
		this.retryAt = nowMillis + delay;
		if (this.state != nextState) {
			enter(nextState);
		}
		this.reporter.error(error, reason + "; retry in " + delay + " ms");
	}

	private void enter(int next) {
		this.state = next;
		this.reporter.state(next);
	}
}
