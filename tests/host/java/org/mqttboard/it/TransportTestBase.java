/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import org.junit.After;
import org.junit.Test;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * What every real broker must show the device-bound connector the same way: the open/fail helpers and the TLS
 * failures reported by kind. A subclass starts its broker with TLS listeners named {@code tls} (the generated
 * server certificate), {@code wrong-host} and {@code expired}, and user {@code board}/{@code s3cret}.
 */
public abstract class TransportTestBase {

	private Transport open;

	/** @return the loopback port of the named listener */
	protected abstract int port(String listener);

	/** @return the PKI the broker's certificates come from */
	protected abstract TestPki pki();

	/** @return the connect budget for this broker, ms */
	protected abstract int budgetMillis();

	/** @return the broker's log for failure messages, or an empty string */
	protected abstract String brokerLog();

	@After
	public void closeLink() {
		if (this.open != null) {
			this.open.close();
		}
	}

	/** Opens a link that must succeed; it is closed after the test. */
	protected Transport openOk(SocketConnector connector) {
		Transport t = connector.open(budgetMillis());
		assertEquals("open failed\n" + brokerLog(),
				TransportError.name(TransportError.NONE), TransportError.name(connector.lastError()));
		assertNotNull(t);
		this.open = t;
		return t;
	}

	/** Opens a link that must fail with {@code expected}. */
	protected void assertOpenFails(int expected, SocketConnector connector) {
		Transport t = connector.open(budgetMillis());
		assertNull("open should fail with " + TransportError.name(expected), t);
		assertEquals(TransportError.name(expected),
				TransportError.name(connector.lastError()));
	}

	@Test
	public void tls_unknownCa_reportsUntrusted() {
		assertOpenFails(TransportError.TLS_UNTRUSTED,
				Connectors.tls("localhost", port("tls"), pki().otherCaResource(), true));
	}

	@Test
	public void tls_wrongHostName_reportsHostname() {
		assertOpenFails(TransportError.TLS_HOSTNAME,
				Connectors.tls("localhost", port("wrong-host"), pki().caResource(), true));
	}

	@Test
	public void tls_expiredCertificate_reportsCertDate() {
		assertOpenFails(TransportError.TLS_CERT_DATE,
				Connectors.tls("localhost", port("expired"), pki().caResource(), true));
	}

	@Test
	public void tls_ipLiteral_connects_whenVerificationExplicitlyOff() {
		Transport t = openOk(Connectors.tls("127.0.0.1", port("tls"), pki().caResource(), false));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "ip-noverify", "board", "s3cret"));
	}
}
