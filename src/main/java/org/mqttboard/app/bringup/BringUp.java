/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.WifiRadio;

/**
 * The bring-up state machine of a usable configuration: BOOT, CONFIG, WIFI_JOIN, NETWORK_UP, TIME_SYNC,
 * BROKER_CONNECT, ONLINE. Every failing step is retried after a {@link Backoff} delay; refusals that retrying will
 * not heal (credentials, client id, protocol, TLS trust, a probable duplicate client id) wait long and say so. From
 * ONLINE, a lost Wi-Fi goes back to WIFI_JOIN and a lost broker to BROKER_CONNECT. Why a link closed is the
 * session's own cause ({@code SessionStatus}): one switch turns it into the error the user sees.
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
	/** A link up this long is healthy: the backoff starts again from its base, in ms. */
	static final int STABLE_MILLIS = 10000;

	private final WifiRadio wifi;
	private final WifiNetworks networks;
	private final int joinTimeoutMillis;
	private final TimeSync time;
	private final boolean timeRequired;
	private final BrokerLink link;
	private final Backoff backoff;
	private final Reporter reporter;

	private int state = -1;
	private long retryAt;
	private boolean timeSet;
	private long onlineSince;
	private boolean linkStarted;
	/** The link just dropped after ONLINE: the next retry may go at once. */
	private boolean dropped;
	/** The one immediate retry after a drop was used; granted again once the link was up for STABLE_MILLIS. */
	private boolean retriedAtOnce;

	/**
	 * @param wifi the radio
	 * @param ssids the networks' names, at least one, tried in this order (strongest heard first when the radio
	 *        scans); not copied
	 * @param passphrases their passphrases (never logged)
	 * @param securityModes their security modes by name
	 * @param joinTimeoutMillis upper bound of one join, in ms
	 * @param time the SNTP client
	 * @param timeRequired true when the broker cannot be reached without a set clock (TLS, IoTDA credentials);
	 *        false lets bring-up continue with a warning when no time server answers
	 * @param link the MQTT engine, adapted
	 * @param backoff retry delays (owned by this machine)
	 */
	public BringUp(WifiRadio wifi, String[] ssids, String[] passphrases, String[] securityModes,
			int joinTimeoutMillis, TimeSync time, boolean timeRequired, BrokerLink link, Backoff backoff,
			Reporter reporter) {
		this.wifi = wifi;
		this.networks = new WifiNetworks(ssids, passphrases, securityModes);
		this.joinTimeoutMillis = joinTimeoutMillis;
		this.time = time;
		this.timeRequired = timeRequired;
		this.link = link;
		this.backoff = backoff;
		this.reporter = reporter;
	}

	/** @return the current {@link BringUpState} constant ({@link BringUpState#BOOT} before the first step) */
	public int state() {
		return this.state < 0 ? BringUpState.BOOT : this.state;
	}

	/** Advances the machine by at most one transition. */
	public void step(long nowMillis) {
		switch (this.state) {
		case -1:
			enter(BringUpState.BOOT);
			break;
		case BringUpState.BOOT:
			enter(BringUpState.CONFIG);
			break;
		case BringUpState.CONFIG:
			this.retryAt = nowMillis;
			enter(BringUpState.WIFI_JOIN);
			break;
		case BringUpState.WIFI_JOIN:
			stepWifi(nowMillis);
			break;
		case BringUpState.NETWORK_UP:
			if (this.wifi.isUp()) {
				enter(this.timeSet ? BringUpState.BROKER_CONNECT : BringUpState.TIME_SYNC);
			} else {
				fail(nowMillis, AppStatus.WIFI, "joined but no IP address", false, BringUpState.WIFI_JOIN);
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
			break;
		}
	}

	/** @return the time by which {@link #step} must run again, in ms */
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
		default:
			return nowMillis;
		}
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
		WifiNetworks n = this.networks;
		if (n.betweenRounds()) {
			n.startRound(this.wifi);
		}
		int network = n.current();
		String ssid = n.ssid(network);
		int rc = this.wifi.join(ssid, n.passphrase(network), n.security(network), this.joinTimeoutMillis);
		if (rc == WifiRadio.JOIN_OK) {
			n.endRound();
			enter(BringUpState.NETWORK_UP);
			return;
		}
		String reason;
		switch (rc) {
		case WifiRadio.JOIN_AUTH_FAILED:
			reason = "access point refused the passphrase (check wifi passphrase and security mode)";
			break;
		case WifiRadio.JOIN_NOT_FOUND:
			reason = "no access point named '" + ssid + "' in range";
			break;
		case WifiRadio.JOIN_TIMEOUT:
			reason = "no association or no IP address within " + this.joinTimeoutMillis + " ms";
			break;
		default:
			reason = "radio failure (" + WifiRadio.name(rc) + ")";
			break;
		}
		if (n.advance()) {
			// The next configured network at once; the backoff waits only after a whole round failed.
			this.reporter.error(AppStatus.WIFI, "join '" + ssid + "' failed: " + reason + "; trying '"
					+ n.ssid(n.current()) + "'");
			return;
		}
		fail(nowMillis, AppStatus.WIFI, (n.count() > 1 ? "join '" + ssid + "' failed: " : "join failed: ") + reason,
				false, BringUpState.WIFI_JOIN);
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
		String reason = "SNTP failed: " + TimeSync.name(rc);
		if (this.timeRequired) {
			fail(nowMillis, AppStatus.TIME, reason + " (the clock is needed for TLS and credentials)", false,
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
				linkFailed(nowMillis);
			}
			return;
		}
		this.link.step(nowMillis);
		int state = this.link.state();
		if (state == SessionState.CONNECTED) {
			this.onlineSince = nowMillis;
			enter(BringUpState.ONLINE);
		} else if (state == SessionState.DISCONNECTED) {
			this.linkStarted = false;
			linkFailed(nowMillis);
		}
	}

	private void stepOnline(long nowMillis) {
		if (!this.wifi.isUp()) {
			wifiLost(nowMillis);
			return;
		}
		this.link.step(nowMillis);
		if (this.link.state() == SessionState.CONNECTED) {
			if (nowMillis - this.onlineSince >= STABLE_MILLIS) {
				this.backoff.reset();
				this.retriedAtOnce = false;
			}
			return;
		}
		this.linkStarted = false;
		this.dropped = true;
		linkFailed(nowMillis);
	}

	private void wifiLost(long nowMillis) {
		this.link.drop();
		this.linkStarted = false;
		fail(nowMillis, AppStatus.WIFI, "Wi-Fi connection lost", false, BringUpState.WIFI_JOIN);
		// Rejoining at once is right: the first attempt after a drop needs no delay.
		this.retryAt = nowMillis;
	}

	/**
	 * The one switch from the session's close cause to the error the user sees; the CONNACK return codes are those
	 * of MQTT 3.1.1 section 3.2.2.3 (Table 3.1).
	 */
	private void linkFailed(long nowMillis) {
		int next = BringUpState.BROKER_CONNECT;
		switch (this.link.lastCause()) {
		case SessionStatus.TRANSPORT_OPEN_FAILED:
			transportFailed(nowMillis, this.link.lastTransportError());
			return;
		case SessionStatus.PROBABLE_TAKEOVER:
			fail(nowMillis, AppStatus.DUPLICATE_ID, "the broker keeps closing the link right after CONNACK: probably"
					+ " another client uses the same client id", true, next);
			return;
		case SessionStatus.REFUSED_PROTOCOL:
			fail(nowMillis, AppStatus.PROTOCOL, "CONNACK 1: broker does not accept this MQTT version", true, next);
			return;
		case SessionStatus.REFUSED_IDENTIFIER:
		case SessionStatus.BAD_SETTINGS:
			fail(nowMillis, AppStatus.CLIENT_ID, "CONNACK 2: client identifier rejected (check broker client id)",
					true, next);
			return;
		case SessionStatus.REFUSED_UNAVAILABLE:
			fail(nowMillis, AppStatus.BROKER, "CONNACK 3: server unavailable", false, next);
			return;
		case SessionStatus.REFUSED_CREDENTIALS:
			fail(nowMillis, AppStatus.AUTH, "CONNACK 4: bad user name or password", true, next);
			return;
		case SessionStatus.REFUSED_NOT_AUTHORIZED:
			fail(nowMillis, AppStatus.AUTH,
					"CONNACK 5: not authorized (credentials, client id, topic rights, quota or missing SNI)", true,
					next);
			return;
		case SessionStatus.CONNACK_TIMEOUT:
		case SessionStatus.KEEPALIVE_TIMEOUT:
			fail(nowMillis, AppStatus.BROKER, "broker did not answer in time (CONNACK or keep-alive)", false, next);
			return;
		case SessionStatus.ANNOUNCED_TOO_LARGE:
			fail(nowMillis, AppStatus.BROKER, "broker sent a message too large to skip: " + this.link.violation()
					+ "; link closed", false, next);
			return;
		default:
			if (SessionStatus.isViolation(this.link.lastCause())) {
				fail(nowMillis, AppStatus.BROKER, "broker broke the MQTT protocol: " + this.link.violation()
						+ "; link closed", false, next);
				return;
			}
			fail(nowMillis, AppStatus.BROKER, "broker closed the link", false, next);
			return;
		}
	}

	private void transportFailed(long nowMillis, int code) {
		String name = TransportError.name(code);
		switch (code) {
		case TransportError.TLS_CERT_DATE:
			// A certificate "expired" or "not yet valid" is usually our clock: set it again first.
			this.timeSet = false;
			fail(nowMillis, AppStatus.TIME, "TLS certificate date check failed (" + name
					+ "): device clock wrong?", false, BringUpState.TIME_SYNC);
			break;
		case TransportError.TLS_UNTRUSTED:
		case TransportError.TLS_HOSTNAME:
		case TransportError.TLS_PROTOCOL:
		case TransportError.TLS_CA_RESOURCE:
		case TransportError.BAD_SETTINGS:
			fail(nowMillis, AppStatus.TLS, "TLS handshake failed (" + name
					+ "): check broker host, port and CA certificates (broker.ca.resources, broker.ca.files)", true,
					BringUpState.BROKER_CONNECT);
			break;
		case TransportError.TLS_OTHER:
			fail(nowMillis, AppStatus.TLS, "TLS handshake failed (" + name + ")", false,
					BringUpState.BROKER_CONNECT);
			break;
		case TransportError.TLS_CLIENT_CERT_REQUIRED:
		case TransportError.TLS_CLIENT_CERT_UNTRUSTED:
		case TransportError.TLS_CLIENT_CERT_EXPIRED:
		case TransportError.TLS_CLIENT_KEY_MISMATCH:
		case TransportError.TLS_CLIENT_KEY_RESOURCE:
			// The broker's verdict on our certificate does not change by retrying: long backoff.
			fail(nowMillis, AppStatus.TLS, "client certificate refused (" + name + "): "
					+ clientCertificateHint(code), true, BringUpState.BROKER_CONNECT);
			break;
		case TransportError.NO_NETWORK:
			wifiLost(nowMillis);
			break;
		default:
			fail(nowMillis, AppStatus.BROKER, "cannot reach broker (" + name + ")", false,
					BringUpState.BROKER_CONNECT);
			break;
		}
	}

	/** @return what to fix for a mutual-TLS failure, naming the configuration keys (never their content) */
	private static String clientCertificateHint(int code) {
		switch (code) {
		case TransportError.TLS_CLIENT_CERT_REQUIRED:
			return "the broker requires one; set broker.client.cert and broker.client.key";
		case TransportError.TLS_CLIENT_CERT_UNTRUSTED:
			return "the broker does not trust its issuer; use a certificate the broker's CA signed (broker.client.cert)";
		case TransportError.TLS_CLIENT_CERT_EXPIRED:
			return "the certificate is expired or not yet valid; renew broker.client.cert";
		case TransportError.TLS_CLIENT_KEY_MISMATCH:
			return "broker.client.key is not the private key of broker.client.cert";
		default:
			return "broker.client.cert or broker.client.key is missing or not a PEM certificate / unencrypted key";
		}
	}

	private void fail(long nowMillis, int error, String reason, boolean refusal, int nextState) {
		long delay;
		if (refusal) {
			delay = this.backoff.nextRefusal();
		} else if (this.dropped && !this.retriedAtOnce && this.backoff.firstRetryAtOnce()) {
			// A link that was up is most likely back at once (a cut, a broker restart): the first retry does not
			// wait; a second failure in a row waits the backoff from its base. A fleet's larger base keeps the
			// jitter even here, or every board would come back in the same second.
			this.retriedAtOnce = true;
			delay = 0;
		} else {
			delay = this.backoff.next();
		}
		this.dropped = false;
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
