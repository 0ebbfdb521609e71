/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that rewrites another one byte by byte: the subclass sees each input byte once ({@link #accept})
 * and answers by passing one byte on ({@link #pass}) and/or queueing a run of bytes before it ({@link #emit}).
 * Reads return what is ready before blocking on the source again.
 * <p>
 * Memory: a fixed input buffer; emitted runs are referenced, not copied. Threading: one reader.
 */
abstract class ByteFilter extends InputStream {

	private final byte[] input = new byte[256];
	private final byte[] one = new byte[1];
	private InputStream source;
	private int inPos;
	private int inLen;
	private boolean eof;
	private byte[] pending;
	private int pendingPos;
	private int pendingEnd;
	private int held = -1;

	/** @param in the stream to rewrite from now on; closed by {@link #close()} */
	final void open(InputStream in) {
		this.source = in;
		this.inPos = 0;
		this.inLen = 0;
		this.eof = false;
		this.pending = null;
		this.pendingPos = 0;
		this.pendingEnd = 0;
		this.held = -1;
	}

	/** Takes one input byte; may call {@link #emit} and then {@link #pass}, each at most once. */
	abstract void accept(int c);

	/** The source ended; may call {@link #emit} once. */
	abstract void endOfInput();

	/** Called by {@link #close()}: drop what the text left referenced. */
	abstract void released();

	/** @param c the next output byte, after any run queued by {@link #emit} in the same step */
	final void pass(int c) {
		this.held = c;
	}

	/**
	 * @param bytes a run of output bytes, referenced until read
	 * @param length how many
	 */
	final void emit(byte[] bytes, int length) {
		this.pending = bytes;
		this.pendingPos = 0;
		this.pendingEnd = length;
	}

	@Override
	public int read() throws IOException {
		return read(this.one, 0, 1) < 0 ? -1 : this.one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		int n = 0;
		while (n < len) {
			if (this.pendingPos < this.pendingEnd) {
				b[off + n++] = this.pending[this.pendingPos++];
			} else if (this.held >= 0) {
				b[off + n++] = (byte) this.held;
				this.held = -1;
			} else if (this.eof) {
				break;
			} else if (this.inPos < this.inLen) {
				accept(this.input[this.inPos++] & 0xFF);
			} else if (n > 0) {
				break; // hand over what is there before blocking on the source again
			} else {
				fill();
			}
		}
		return n == 0 ? -1 : n;
	}

	@Override
	public void close() throws IOException {
		InputStream in = this.source;
		this.source = null;
		this.pending = null;
		released();
		if (in != null) {
			in.close();
		}
	}

	private void fill() throws IOException {
		int r = this.source.read(this.input, 0, this.input.length);
		if (r > 0) {
			this.inPos = 0;
			this.inLen = r;
		} else if (r < 0) {
			this.eof = true;
			endOfInput();
		}
	}
}
