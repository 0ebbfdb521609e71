/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A {@link Transport} over a connected {@code java.net.Socket} or {@code javax.net.ssl.SSLSocket}.
 * <p>
 * Reads, in order:
 * <ol>
 * <li>bytes the stream reports as {@link InputStream#available() available} (plain: in the kernel; TLS: already
 * decrypted) are read without blocking;</li>
 * <li>TLS only: when the underlying TCP socket holds bytes (an encrypted record), one read decrypts them, waiting
 * at most the poll interval for the rest of a record;</li>
 * <li>otherwise the link looks idle: at most once per idle-probe interval, one read waits up to the poll interval
 * ({@code SO_TIMEOUT}) so that a closed peer is seen ({@code available()} stays 0 at end of stream); a
 * {@link SocketTimeoutException} there means "still idle" and is reported as 0. Between probes an idle read
 * returns 0 at once.</li>
 * </ol>
 * Allocation: step 1 allocates nothing on plain TCP; the idle probe allocates its timeout exception (about 1.4 KB
 * on JDK 17, figures in docs/transport.md), which the probe interval rate-limits. With an idle-probe interval of 0
 * every idle read blocks up to the poll interval (paces a caller that does not sleep, at one exception per call).
 * <p>
 * Writes go straight to the socket's stream: all bytes are accepted or the link is declared dead (the socket
 * layer blocks while its send buffer is full).
 * <p>
 * One instance is reused by its {@link SocketConnector} for every connection. Threading: owned by one thread.
 */
public final class SocketTransport implements Transport {

	private final int idleProbeMillis;
	private Socket socket;
	/** The TCP socket under TLS (its TLS socket does not close it), or null for plain TCP. */
	private Socket tcp;
	private InputStream in;
	private OutputStream out;
	private InputStream rawIn;
	private boolean tls;
	private boolean open;
	private long lastProbeAt;
	private int timeouts;

	/**
	 * Created by {@link SocketConnector} only.
	 *
	 * @param idleProbeMillis minimum time between blocking probes of an idle link, ms; 0 probes on every idle
	 *        read; negative never probes (a closed peer is then only seen by a failing write or keep-alive)
	 */
	SocketTransport(int idleProbeMillis) {
		this.idleProbeMillis = idleProbeMillis;
	}

	/**
	 * Takes over a connected socket whose {@code SO_TIMEOUT} is already the poll interval.
	 *
	 * @param connected the socket to read and write (the TLS socket for TLS)
	 * @param tcp the underlying TCP socket for TLS, or null for plain TCP; closed by {@link #close} after the TLS
	 *        socket
	 * @throws IOException when the socket's streams cannot be obtained (the socket is then left to the caller)
	 */
	void attach(Socket connected, Socket tcp) throws IOException {
		this.in = connected.getInputStream();
		this.out = connected.getOutputStream();
		this.tls = tcp != null;
		this.rawIn = null;
		if (this.tls) {
			try {
				this.rawIn = tcp.getInputStream();
			} catch (IOException e) {
				// A stack that hides the TCP stream under TLS: then every idle read probes (step 3 with 0).
				this.rawIn = null;
			}
		}
		this.socket = connected;
		this.tcp = tcp;
		this.lastProbeAt = System.currentTimeMillis();
		this.open = true;
	}

	/** @return how many probe reads found nothing within the poll interval since construction (diagnostic) */
	public int pollTimeouts() {
		return this.timeouts;
	}

	@Override
	public int read(byte[] buf, int off, int len) {
		if (!this.open) {
			return -1;
		}
		if (len <= 0) {
			return 0;
		}
		try {
			int ready = this.in.available();
			if (ready > 0) {
				return check(this.in.read(buf, off, ready < len ? ready : len));
			}
			boolean wait;
			if (this.tls && this.rawIn == null) {
				wait = true;
			} else if (this.tls && this.rawIn.available() > 0) {
				wait = true;
			} else if (this.idleProbeMillis < 0) {
				wait = false;
			} else {
				long now = System.currentTimeMillis();
				wait = now - this.lastProbeAt >= this.idleProbeMillis || now < this.lastProbeAt;
				if (wait) {
					this.lastProbeAt = now;
				}
			}
			return wait ? check(this.in.read(buf, off, len)) : 0;
		} catch (SocketTimeoutException e) {
			this.timeouts++;
			return 0;
		} catch (IOException e) {
			close();
			return -1;
		}
	}

	private int check(int n) {
		if (n < 0) {
			close();
			return -1;
		}
		return n;
	}

	@Override
	public int write(byte[] buf, int off, int len) {
		if (!this.open) {
			return -1;
		}
		if (len <= 0) {
			return 0;
		}
		try {
			this.out.write(buf, off, len);
			this.out.flush();
			return len;
		} catch (IOException e) {
			close();
			return -1;
		}
	}

	@Override
	public void close() {
		if (!this.open) {
			return;
		}
		this.open = false;
		Socket s = this.socket;
		Socket raw = this.tcp;
		this.socket = null;
		this.tcp = null;
		this.in = null;
		this.out = null;
		this.rawIn = null;
		closeQuietly(s, raw);
	}

	/**
	 * Closes a link and the TCP socket under it (either may be null, or both the same socket), never throwing: the
	 * connector's failure paths use it too.
	 */
	static void closeQuietly(Socket link, Socket tcp) {
		for (int i = 0; i < 2; i++) {
			Socket s = i == 0 ? link : tcp;
			try {
				if (s != null) {
					s.close();
				}
			} catch (Exception e) {
				// Closing a dead link may fail, and a socket implementation may throw unchecked: either way it is
				// closed as far as we are concerned, and close() never throws.
			}
		}
	}
}
