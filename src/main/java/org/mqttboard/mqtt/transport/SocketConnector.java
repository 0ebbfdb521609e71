/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens plain TCP or TLS links to one {@link Endpoint} with the NET/SSL APIs that MicroEJ and a JDK share.
 * <p>
 * {@link #open} resolves the host name (once: the address is kept and resolved again only after a connect to it
 * failed, so a reconnect costs no DNS round trip), connects with the remaining budget, and for TLS wraps the
 * socket with {@code createSocket(socket, name, port, true)} (the name gives SNI) and runs
 * {@code startHandshake()} under an {@code SO_TIMEOUT} of the remaining budget. The context is {@code SSLContext.getInstance("TLSv1.2")}: TLS 1.2
 * only, which is the minimum the firmware accepts and the maximum the MicroEJ ports offer. The chain is checked
 * against the endpoint's CA resources only (PEM or DER, several PEM certificates per resource allowed); the host
 * name check is delegated to a {@link TlsPolicy}. TLS to an IP literal is refused with
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

	/** Largest CA resource read, bytes (a bundle of a few PEM certificates). */
	private static final int MAX_CA_RESOURCE_BYTES = 64 * 1024;

	private final Endpoint endpoint;
	private final TlsPolicy policy;
	private final int pollMillis;
	private final SocketTransport transport;
	private SSLSocketFactory factory;
	/** The address the host name last resolved to, null until resolved or after a failed connect. */
	private InetAddress address;
	private int lastError;

	/**
	 * Connector for MicroEJ: host names are checked by the native SSL layer ({@link NativeTlsPolicy}), reads poll
	 * for {@link #DEFAULT_POLL_MILLIS}.
	 *
	 * @param endpoint the broker endpoint
	 */
	public SocketConnector(Endpoint endpoint) {
		this(endpoint, new NativeTlsPolicy(), DEFAULT_POLL_MILLIS, DEFAULT_IDLE_PROBE_MILLIS);
	}

	/**
	 * Same as the four-argument constructor with {@link #DEFAULT_IDLE_PROBE_MILLIS}.
	 *
	 * @param endpoint the broker endpoint
	 * @param policy where the TLS host-name check happens
	 * @param pollMillis how long a probing read may wait, ms, at least 1
	 */
	public SocketConnector(Endpoint endpoint, TlsPolicy policy, int pollMillis) {
		this(endpoint, policy, pollMillis, DEFAULT_IDLE_PROBE_MILLIS);
	}

	/**
	 * @param endpoint the broker endpoint
	 * @param policy where the TLS host-name check happens
	 * @param pollMillis how long a probing read may wait, ms, at least 1 ({@code SO_TIMEOUT} of the link)
	 * @param idleProbeMillis minimum time between blocking probes of an idle link, ms; 0 = every idle read
	 *        waits up to {@code pollMillis}; negative = never probe (see {@link SocketTransport})
	 * @throws IllegalArgumentException when an argument is unusable (the message names it)
	 */
	public SocketConnector(Endpoint endpoint, TlsPolicy policy, int pollMillis, int idleProbeMillis) {
		if (endpoint == null || policy == null) {
			throw new IllegalArgumentException("endpoint/policy: missing");
		}
		if (pollMillis < 1) {
			throw new IllegalArgumentException("pollMillis: must be at least 1 ms");
		}
		this.endpoint = endpoint;
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
			int trust = loadTrust(ep.caResources());
			if (trust != TransportError.NONE) {
				return fail(trust);
			}
		}
		Socket tcp = null;
		Socket link = null;
		InetAddress address = this.address;
		try {
			if (address == null) {
				address = InetAddress.getByName(host);
			}
			tcp = new Socket();
			try {
				tcp.connect(new InetSocketAddress(address, ep.port()), remaining(deadline));
			} catch (IOException e) {
				// The host may have moved: the next open asks the resolver again.
				address = null;
				throw e;
			} finally {
				this.address = address;
			}
			tcp.setTcpNoDelay(true);
			link = tcp;
			if (ep.tls()) {
				String name = this.policy.socketHostName(host, address.getHostAddress(), ep.verifyHostName());
				SSLSocket ssl = (SSLSocket) this.factory.createSocket(tcp, name, ep.port(), true);
				link = ssl;
				int policyCode = this.policy.beforeHandshake(ssl, host, ep.verifyHostName());
				if (policyCode != TransportError.NONE) {
					closeQuietly(link);
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
			closeQuietly(link != null ? link : tcp);
			return fail(TransportError.classify(e));
		} catch (RuntimeException e) {
			// Some socket layers report a bad address or a policy failure unchecked: still a failed open.
			closeQuietly(link != null ? link : tcp);
			return fail(TransportError.classify(e));
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
		if (ep.tls() && ep.caResources().length == 0) {
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

	private int loadTrust(String[] resources) {
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			CertificateFactory certificates = CertificateFactory.getInstance("X.509");
			int count = 0;
			for (int r = 0; r < resources.length; r++) {
				byte[] bytes = readResource(resources[r]);
				if (bytes == null) {
					return TransportError.TLS_CA_RESOURCE;
				}
				ByteArrayInputStream in = new ByteArrayInputStream(bytes);
				int before = count;
				// A PEM resource may hold a bundle: parse until only trailing text is left.
				while (in.available() > 0) {
					Certificate ca;
					try {
						ca = certificates.generateCertificate(in);
					} catch (GeneralSecurityException e) {
						if (count == before) {
							throw e;
						}
						break;
					}
					store.setCertificateEntry("ca" + count, ca);
					count++;
				}
				if (count == before) {
					return TransportError.TLS_CA_RESOURCE;
				}
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance("X509");
			trust.init(store);
			SSLContext context = SSLContext.getInstance("TLSv1.2");
			context.init(null, trust.getTrustManagers(), null);
			this.factory = context.getSocketFactory();
			return TransportError.NONE;
		} catch (GeneralSecurityException e) {
			return TransportError.TLS_CA_RESOURCE;
		} catch (IOException e) {
			return TransportError.TLS_CA_RESOURCE;
		}
	}

	private static byte[] readResource(String path) throws IOException {
		String absolute = path.startsWith("/") ? path : "/" + path;
		InputStream in = SocketConnector.class.getResourceAsStream(absolute);
		if (in == null) {
			return null;
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
			byte[] chunk = new byte[512];
			int n;
			while ((n = in.read(chunk)) > 0) {
				bytes.write(chunk, 0, n);
				if (bytes.size() > MAX_CA_RESOURCE_BYTES) {
					return null;
				}
			}
			return bytes.toByteArray();
		} finally {
			in.close();
		}
	}

	private static void closeQuietly(Socket socket) {
		if (socket == null) {
			return;
		}
		try {
			socket.close();
		} catch (IOException e) {
			// Already failing; the close error adds nothing.
		}
	}
}
