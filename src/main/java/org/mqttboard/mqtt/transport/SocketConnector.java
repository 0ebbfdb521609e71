/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Vector;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens plain TCP or TLS links to one {@link Endpoint} with the NET/SSL APIs that MicroEJ and a JDK share.
 * <p>
 * {@link #open} resolves the host name (once: the address is kept and resolved again only after a connect to it
 * failed, so a reconnect costs no DNS round trip), connects with the remaining budget, and for TLS wraps the socket
 * with {@code createSocket(socket, name, port, true)} (the name gives SNI) and runs {@code startHandshake()} under
 * an {@code SO_TIMEOUT} of the remaining budget. The context is {@code SSLContext.getInstance("TLSv1.2")}: TLS 1.2
 * only, which is the minimum the firmware accepts and the maximum the MicroEJ ports offer. The chain is checked
 * against the endpoint's CA resources only (PEM or DER, several PEM certificates per resource allowed); the host
 * name check is delegated to a {@link TlsPolicy}. With a client certificate in the endpoint, the context also gets
 * key managers for mutual TLS ({@link TlsMaterial}); a broker's refusal of the client side is classified with
 * {@link TransportError#classify(Throwable, boolean)}. TLS to an IP literal is refused with
 * {@link TransportError#BAD_SETTINGS} unless host verification is explicitly off.
 * <p>
 * Budget: the deadline is taken from {@code System.currentTimeMillis()}; name resolution cannot be interrupted by
 * the NET API, so a slow resolver may overrun it (its time is then charged to TCP and TLS). The handshake's reads
 * are each bounded by what remains when the handshake starts.
 * <p>
 * Reuse: the TLS socket factory (trust store parsed once) and the {@link SocketTransport} are kept across
 * reconnects; {@link #open} closes the previous link first and returns the same transport object again.
 * <p>
 * Threading: owned by the firmware main loop; not thread-safe.
 */
public final class SocketConnector implements Connector {

	/** Default read poll interval, ms: how long one probing {@link Transport#read} may wait. */
	public static final int DEFAULT_POLL_MILLIS = 5;

	/** Default minimum time between blocking probes of an idle link, ms (see {@link SocketTransport}). */
	public static final int DEFAULT_IDLE_PROBE_MILLIS = 200;

	/** Longest wait for a broker's alert after a handshake broke on a write, ms. */
	private static final int ALERT_WAIT_MILLIS = 200;

	private final Endpoint endpoint;
	private final TlsPolicy policy;
	private final int pollMillis;
	private final SocketTransport transport;
	private final CaFileSource caFiles;
	private SSLSocketFactory factory;
	/** The address the host name last resolved to, null until resolved or after a failed connect. */
	private InetAddress address;
	private int lastError;

	/**
	 * The one constructor: the firmware passes every argument (MicroEJ: {@link NativeTlsPolicy},
	 * {@link #DEFAULT_POLL_MILLIS} or the board's poll interval, {@link #DEFAULT_IDLE_PROBE_MILLIS}).
	 *
	 * @param endpoint the broker endpoint
	 * @param policy where the TLS host-name check happens
	 * @param pollMillis how long a probing read may wait, ms, at least 1 ({@code SO_TIMEOUT} of the link)
	 * @param idleProbeMillis minimum time between blocking probes of an idle link, ms; 0 = every idle read
	 *        waits up to {@code pollMillis}; negative = never probe (see {@link SocketTransport})
	 * @param caFiles where the endpoint's {@code broker.ca.files} are read, or null when there are none
	 * @throws IllegalArgumentException when an argument is unusable (the message names it)
	 */
	public SocketConnector(Endpoint endpoint, TlsPolicy policy, int pollMillis, int idleProbeMillis,
			CaFileSource caFiles) {
		if (endpoint == null || policy == null) {
			throw new IllegalArgumentException("endpoint/policy: missing");
		}
		if (pollMillis < 1) {
			throw new IllegalArgumentException("pollMillis: must be at least 1 ms");
		}
		this.endpoint = endpoint;
		this.caFiles = caFiles;
		this.policy = policy;
		this.pollMillis = pollMillis;
		this.transport = new SocketTransport(idleProbeMillis);
		this.lastError = TransportError.NONE;
	}

	@Override
	public Transport open(int timeoutMillis) {
		this.transport.close();
		Endpoint ep = this.endpoint;
		String host = ep.host();
		int settings = checkSettings(ep, timeoutMillis);
		if (settings != TransportError.NONE) {
			return fail(settings);
		}
		long deadline = System.currentTimeMillis() + timeoutMillis;
		if (ep.tls() && this.factory == null) {
			int trust = loadTrust(ep);
			if (trust != TransportError.NONE) {
				return fail(trust);
			}
		}
		Socket tcp = null;
		Socket link = null;
		InetAddress address = this.address;
		// Kept again only once a connect to it succeeded: a host that moved is resolved anew by the next open.
		this.address = null;
		try {
			if (address == null) {
				address = InetAddress.getByName(host);
			}
			tcp = new Socket();
			tcp.connect(new InetSocketAddress(address, ep.port()), remaining(deadline));
			this.address = address;
			tcp.setTcpNoDelay(true);
			link = tcp;
			if (ep.tls()) {
				String name = this.policy.socketHostName(host, address.getHostAddress(), ep.verifyHostName());
				// autoClose false: after a refused handshake the broker's alert may still wait in the TCP stream
				// (pendingAlert); the TCP socket is closed explicitly, here and by SocketTransport.close.
				SSLSocket ssl = (SSLSocket) this.factory.createSocket(tcp, name, ep.port(), false);
				link = ssl;
				int policyCode = this.policy.beforeHandshake(ssl, host, ep.verifyHostName());
				if (policyCode != TransportError.NONE) {
					SocketTransport.closeQuietly(link, tcp);
					return fail(policyCode);
				}
				// Whatever DNS and TCP left of the budget bounds each handshake read.
				link.setSoTimeout(remaining(deadline));
				ssl.startHandshake();
			}
			link.setSoTimeout(this.pollMillis);
			this.transport.attach(link, link == tcp ? null : tcp);
			this.lastError = TransportError.NONE;
			return this.transport;
		} catch (IOException e) {
			boolean clientCertificate = ep.clientCertificate() != null;
			int code = TransportError.classify(e, clientCertificate);
			if ((code == TransportError.IO || code == TransportError.TLS_OTHER) && link != tcp) {
				// The broker refused during the handshake and closed at once: our write then failed (broken pipe,
				// reset; raw or wrapped in an SSLException) before the TLS layer read the broker's alert, which may
				// still be there to read.
				int alert = pendingAlert(tcp, clientCertificate);
				code = alert != TransportError.NONE ? alert : code;
			}
			SocketTransport.closeQuietly(link, tcp);
			return fail(code);
		} catch (RuntimeException e) {
			// Some socket layers report a bad address or a policy failure unchecked: still a failed open.
			SocketTransport.closeQuietly(link, tcp);
			return fail(TransportError.classify(e, ep.clientCertificate() != null));
		}
	}

	@Override
	public int lastError() {
		return this.lastError;
	}

	private Transport fail(int code) {
		this.lastError = code;
		return null;
	}

	private static int checkSettings(Endpoint ep, int timeoutMillis) {
		String host = ep.host();
		if (host == null || host.length() == 0 || ep.port() < 1 || ep.port() > 65535 || timeoutMillis <= 0) {
			return TransportError.BAD_SETTINGS;
		}
		if (ep.tls() && ep.verifyHostName() && isIpLiteral(host)) {
			// A certificate names hosts; an address cannot be checked the way the native layer checks names.
			return TransportError.BAD_SETTINGS;
		}
		if (ep.tls() && ep.caResources().length == 0 && ep.caFiles().length == 0) {
			return TransportError.TLS_CA_RESOURCE;
		}
		return TransportError.NONE;
	}

	/**
	 * @return true for an IPv6 literal (has a colon) or a dotted IPv4 literal (digits and exactly three dots)
	 */
	public static boolean isIpLiteral(String host) {
		if (host.indexOf(':') >= 0) {
			return true;
		}
		int dots = 0;
		int length = host.length();
		for (int i = 0; i < length; i++) {
			char c = host.charAt(i);
			if (c == '.') {
				dots++;
			} else if (c < '0' || c > '9') {
				return false;
			}
		}
		return dots == 3;
	}

	private static int remaining(long deadline) throws java.net.SocketTimeoutException {
		long left = deadline - System.currentTimeMillis();
		if (left <= 0) {
			throw new java.net.SocketTimeoutException("connect budget spent");
		}
		return left > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) left;
	}

	private int loadTrust(Endpoint ep) {
		String[] resources = ep.caResources();
		String[] files = ep.caFiles();
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			Vector<Certificate> cas = new Vector<Certificate>(resources.length + files.length);
			for (int r = 0; r < resources.length + files.length; r++) {
				byte[] bytes = r < resources.length ? TlsMaterial.readResource(resources[r])
						: readFile(files[r - resources.length]);
				if (bytes == null || TlsMaterial.readCertificates(bytes, cas) == 0) {
					return TransportError.TLS_CA_RESOURCE;
				}
			}
			for (int i = 0; i < cas.size(); i++) {
				store.setCertificateEntry("ca" + i, cas.elementAt(i));
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance("X509");
			trust.init(store);
			KeyManager[] keys = null;
			if (ep.clientCertificate() != null) {
				keys = loadTlsMaterial(ep);
				if (keys == null) {
					return TransportError.TLS_CLIENT_KEY_RESOURCE;
				}
			}
			SSLContext context = SSLContext.getInstance("TLSv1.2");
			context.init(keys, trust.getTrustManagers(), null);
			this.factory = context.getSocketFactory();
			return TransportError.NONE;
		} catch (GeneralSecurityException e) {
			return TransportError.TLS_CA_RESOURCE;
		} catch (IOException e) {
			return TransportError.TLS_CA_RESOURCE;
		}
	}

	/** @return the CA file's bytes, or null when there is no file source or no such file */
	private byte[] readFile(String name) {
		if (this.caFiles == null) {
			return null;
		}
		try {
			return TlsMaterial.readAll(this.caFiles.read(name));
		} catch (IOException e) {
			return null;
		}
	}

	/** @return the client's key managers, or null when its certificate or key is missing or refused */
	private KeyManager[] loadTlsMaterial(Endpoint ep) {
		try {
			return TlsMaterial.load(ep, this.policy);
		} catch (GeneralSecurityException e) {
			return null; // the message may describe the key: not passed on
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Reads a fatal TLS alert record left unread in the TCP stream after a failed handshake: {@code 21} (alert),
	 * version {@code 3.x}, length 2, level 2 (fatal), description (RFC 5246 section 6.2.1 and 7.2). It is sent in
	 * clear because the handshake had not finished. Waits at most {@value #ALERT_WAIT_MILLIS} ms.
	 *
	 * @return the {@link TransportError} the alert means, or {@link TransportError#NONE}
	 */
	private static int pendingAlert(Socket tcp, boolean clientCertificate) {
		byte[] record = new byte[7];
		try {
			tcp.setSoTimeout(ALERT_WAIT_MILLIS);
			InputStream in = tcp.getInputStream();
			int n = 0;
			while (n < record.length) {
				int k = in.read(record, n, record.length - n);
				if (k < 0) {
					return TransportError.NONE;
				}
				n += k;
			}
		} catch (IOException e) {
			return TransportError.NONE;
		}
		if (record[0] != 21 || record[1] != 3 || record[3] != 0 || record[4] != 2 || record[5] != 2) {
			return TransportError.NONE;
		}
		return TransportError.peerAlert(record[6] & 0xFF, clientCertificate);
	}
}
