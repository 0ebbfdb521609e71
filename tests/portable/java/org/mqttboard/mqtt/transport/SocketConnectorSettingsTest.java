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

	private static int openError(Endpoint endpoint, int timeoutMillis) {
		SocketConnector connector = new SocketConnector(endpoint);
		assertNull(connector.open(timeoutMillis));
		return connector.lastError();
	}

	@Test
	public void open_refusesTlsToIpLiteral_whenHostVerificationIsOn() {
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("192.0.2.1", 8883, true, CA, true), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("::1", 8883, true, CA, true), 1000));
	}

	@Test
	public void open_refusesBadPortHostOrTimeout() {
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("localhost", 0, false, CA, true), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("localhost", 70000, false, CA, true), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("", 1883, false, CA, true), 1000));
		assertEquals(TransportError.BAD_SETTINGS, openError(new Endpoint("localhost", 1883, false, CA, true), 0));
	}

	@Test
	public void open_reportsCaResource_whenTlsHasNoOrMissingCa() {
		assertEquals(TransportError.TLS_CA_RESOURCE,
				openError(new Endpoint("localhost", 8883, true, new String[0], true), 1000));
		assertEquals(TransportError.TLS_CA_RESOURCE, openError(new Endpoint("localhost", 8883, true, CA, true), 1000));
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
			new SocketConnector(new Endpoint("localhost", 1883, false, CA, true), new NativeTlsPolicy(), 0);
			fail("a zero poll would make reads block forever (SO_TIMEOUT 0)");
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage().indexOf("pollMillis") >= 0);
		}
	}
}
