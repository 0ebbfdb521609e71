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
 * Reads: when the stream reports bytes as {@link InputStream#available() available} they are read without
 * blocking. Otherwise one read waits at most the poll interval (the socket's {@code SO_TIMEOUT}, set by the
 * connector) and a {@link SocketTimeoutException} is reported as 0. The blocking probe is needed because
 * {@code available()} cannot see a closed peer (it stays 0) nor, on TLS, records still encrypted in the kernel
 * buffer. On a JDK each idle probe allocates the timeout exception (measured and documented in docs/transport.md);
 * reads that find data allocate nothing.
 * <p>
 * Writes go straight to the socket's stream: all bytes are accepted or the link is declared dead (the socket
 * layer blocks while its send buffer is full).
 * <p>
 * One instance is reused by its {@link SocketConnector} for every connection. Threading: owned by one thread.
 */
public final class SocketTransport implements Transport {

	private Socket socket;
	private InputStream in;
	private OutputStream out;
	private boolean open;
	private int timeouts;

	/** Created by {@link SocketConnector} only. */
	SocketTransport() {
	}

	/**
	 * Takes over a connected socket whose {@code SO_TIMEOUT} is already the poll interval.
	 *
	 * @throws IOException when the socket's streams cannot be obtained (the socket is then left to the caller)
	 */
	void attach(Socket connected) throws IOException {
		this.in = connected.getInputStream();
		this.out = connected.getOutputStream();
		this.socket = connected;
		this.open = true;
	}

	/** @return true while the link has not been closed or found broken */
	public boolean isOpen() {
		return this.open;
	}

	/** @return how many reads found nothing within the poll interval since construction (a diagnostic counter) */
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
			int n = this.in.read(buf, off, ready > 0 && ready < len ? ready : len);
			if (n < 0) {
				close();
				return -1;
			}
			return n;
		} catch (SocketTimeoutException e) {
			this.timeouts++;
			return 0;
		} catch (IOException e) {
			close();
			return -1;
		}
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
		this.socket = null;
		this.in = null;
		this.out = null;
		try {
			s.close();
		} catch (IOException e) {
			// Closing a dead link may fail; it is closed as far as we are concerned.
		} catch (RuntimeException e) {
			// Never throw out of close(), whatever the socket implementation does.
		}
	}
}
