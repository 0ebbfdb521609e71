/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

/**
 * {@link SocketConnector} checks that need no network: settings refused before any socket is opened, IP literal
 * detection, the native policy's choice of name, constructor argument checks.
 */
public class SocketConnectorSettingsTest {

	private static final String[] CA = { "/no/such/ca.pem" };

	/** @return an endpoint without stored CA files or client certificate, host names verified */
	private static Endpoint endpoint(String host, int port, boolean tls, String[] cas) {
		return new Endpoint(host, port, tls, cas, new String[0], true, null, null);
	}

	private static SocketConnector connector(Endpoint endpoint, int pollMillis) {
		return new SocketConnector(endpoint, new NativeTlsPolicy(), pollMillis,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null);
	}

	private static int openError(Endpoint endpoint, int timeoutMillis) {
		SocketConnector connector = connector(endpoint, SocketConnector.DEFAULT_POLL_MILLIS);
		assertNull(connector.open(timeoutMillis));
		return connector.lastError();
	}

	@Test
	public void open_refusesTlsToIpLiteral_whenHostVerificationIsOn() {
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("192.0.2.1", 8883, true, CA), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("::1", 8883, true, CA), 1000));
	}

	@Test
	public void open_refusesBadPortHostOrTimeout() {
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("localhost", 0, false, CA), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("localhost", 70000, false, CA), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("", 1883, false, CA), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(endpoint("localhost", 1883, false, CA), 0));
	}

	@Test
	public void open_reportsCaResource_whenTlsHasNoOrMissingCa() {
		assertEquals(TransportError.TLS_CA_RESOURCE,
				openError(endpoint("localhost", 8883, true, new String[0]), 1000));
		assertEquals(TransportError.TLS_CA_RESOURCE, openError(endpoint("localhost", 8883, true, CA), 1000));
	}

	@Test
	public void isIpLiteral_recognisesV4AndV6ButNotNames() {
		assertTrue(SocketConnector.isIpLiteral("127.0.0.1"));
		assertTrue(SocketConnector.isIpLiteral("fe80::1"));
		assertFalse(SocketConnector.isIpLiteral("localhost"));
		assertFalse(SocketConnector.isIpLiteral("1.2.3"));
		assertFalse(SocketConnector.isIpLiteral("a1.b2.c3.d4"));
		assertFalse(SocketConnector.isIpLiteral("broker.hivemq.cloud"));
	}

	@Test
	public void nativePolicy_givesHostNameWhenVerifying_andAddressOtherwise() {
		NativeTlsPolicy policy = new NativeTlsPolicy();
		assertEquals("broker.example", policy.socketHostName("broker.example", "192.0.2.7", true));
		assertEquals("192.0.2.7", policy.socketHostName("broker.example", "192.0.2.7", false));
		assertEquals(TransportError.NONE, policy.beforeHandshake(null, "broker.example", true));
	}

	@Test
	public void constructor_rejectsZeroPoll() {
		try {
			connector(endpoint("localhost", 1883, false, CA), 0);
			fail("a zero poll would make reads block forever (SO_TIMEOUT 0)");
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage().indexOf("pollMillis") >= 0);
		}
	}
}
