/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.setup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mqttboard.platform.Storage;

/**
 * An in-memory {@link Storage} whose power can be cut before any chosen mutation: create, each write, flush, close,
 * rename and delete each count as one step. From the cut on, every mutation throws. {@link #reboot()} then models
 * what the medium holds after power comes back: a file keeps what was flushed, plus a torn part (the first half) of
 * what was written after its last flush, as a file system may store data blocks before their size is recorded.
 * Renames and deletes are all or nothing, as the {@link Storage} contract says.
 * <p>
 * Threading: single test thread.
 */
public final class PowerCutStorage implements Storage {

	private final Map<String, byte[]> files = new HashMap<String, byte[]>();
	private final List<Writer> open = new ArrayList<Writer>();
	/** Names ever used (base names and their .new/.old forms are listed by {@link #listing()}). */
	private final List<String> known = new ArrayList<String>();
	private int steps;
	private int cutAt = Integer.MAX_VALUE;
	private boolean dead;

	/**
	 * @param step the mutation number (0 = the next one) before which power goes; a negative value never cuts
	 */
	public void cutBefore(int step) {
		this.cutAt = step < 0 ? Integer.MAX_VALUE : this.steps + step;
	}

	/** @return how many mutations ran since this storage was made */
	public int steps() {
		return this.steps;
	}

	/** @return true once the power was cut */
	public boolean cut() {
		return this.dead;
	}

	/** Power comes back: open files keep their flushed bytes plus a torn half of the rest; the cut is cleared. */
	public void reboot() {
		for (Writer w : this.open) {
			byte[] pending = w.pending.toByteArray();
			append(w.name, pending, pending.length / 2);
		}
		this.open.clear();
		this.dead = false;
		this.cutAt = Integer.MAX_VALUE;
	}

	/**
	 * @param name a file name
	 * @return its durable bytes, or null when absent
	 */
	public byte[] content(String name) {
		byte[] b = this.files.get(name);
		return b == null ? null : b.clone();
	}

	/** @return the names present, sorted, e.g. {@code [a, b.new]} */
	public String listing() {
		List<String> names = new ArrayList<String>();
		for (String n : new String[] { "", ".new", ".old" }) {
			for (int i = 0; i < this.known.size(); i++) {
				String name = this.known.get(i) + n;
				if (this.files.containsKey(name) && indexOf(names, name) < 0) {
					names.add(name);
				}
			}
		}
		StringBuilder b = new StringBuilder("[");
		for (int i = 0; i < names.size(); i++) {
			b.append(i > 0 ? ", " : "").append(names.get(i));
		}
		return b.append(']').toString();
	}

	/**
	 * Puts a file there directly (test setup; not a counted step).
	 *
	 * @param name a file name
	 * @param bytes its content
	 */
	public void put(String name, byte[] bytes) {
		remember(name);
		this.files.put(name, bytes.clone());
	}

	@Override
	public InputStream read(String name) throws IOException {
		byte[] b = this.files.get(name);
		if (b == null) {
			throw new IOException(name + " does not exist");
		}
		return new ByteArrayInputStream(b);
	}

	@Override
	public OutputStream create(String name) throws IOException {
		step();
		remember(name);
		this.files.put(name, new byte[0]);
		Writer w = new Writer(name);
		this.open.add(w);
		return w;
	}

	@Override
	public boolean exists(String name) {
		return this.files.containsKey(name);
	}

	@Override
	public boolean rename(String from, String to) {
		if (!tryStep() || !this.files.containsKey(from) || this.files.containsKey(to)) {
			return false;
		}
		remember(to);
		this.files.put(to, this.files.remove(from));
		return true;
	}

	@Override
	public boolean delete(String name) {
		if (!tryStep()) {
			return false;
		}
		this.files.remove(name);
		return true;
	}

	@Override
	public String describe(String name) {
		return "mem:" + name;
	}

	private void remember(String name) {
		String base = name.endsWith(".new") || name.endsWith(".old") ? name.substring(0, name.length() - 4) : name;
		if (indexOf(this.known, base) < 0) {
			this.known.add(base);
		}
	}

	private static int indexOf(List<String> list, String s) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).equals(s)) {
				return i;
			}
		}
		return -1;
	}

	private void append(String name, byte[] more, int length) {
		byte[] old = this.files.get(name);
		if (old == null) {
			return; // renamed away or deleted while open
		}
		byte[] b = new byte[old.length + length];
		System.arraycopy(old, 0, b, 0, old.length);
		System.arraycopy(more, 0, b, old.length, length);
		this.files.put(name, b);
	}

	private void step() throws IOException {
		if (!tryStep()) {
			throw new IOException("power cut");
		}
	}

	private boolean tryStep() {
		if (this.dead || this.steps >= this.cutAt) {
			this.dead = true;
			return false;
		}
		this.steps++;
		return true;
	}

	/** A file being written: bytes stay pending until flushed. */
	private final class Writer extends OutputStream {
		final String name;
		final ByteArrayOutputStream pending = new ByteArrayOutputStream();
		private boolean closed;

		Writer(String name) {
			this.name = name;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			check();
			step();
			this.pending.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			check();
			step();
			byte[] p = this.pending.toByteArray();
			append(this.name, p, p.length);
			this.pending.reset();
		}

		@Override
		public void close() throws IOException {
			if (this.closed) {
				return;
			}
			flush();
			this.closed = true;
			List<Writer> writers = PowerCutStorage.this.open;
			for (int i = 0; i < writers.size(); i++) {
				if (writers.get(i) == this) {
					writers.remove(i);
					break;
				}
			}
		}

		private void check() throws IOException {
			if (this.closed) {
				throw new IOException(this.name + " is closed");
			}
		}
	}
}
