/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Storage;

/**
 * One file of {@link Storage} that a power cut never leaves half-written: a new version is written beside it
 * ({@code NAME.new}), flushed to the medium, validated, and only then takes the name, the previous version being
 * moved aside ({@code NAME.old}) for the moment of the swap. The FS API has no rename that replaces an existing file
 * (FatFs {@code f_rename} refuses an existing target), hence the two renames.
 * <p>
 * Which version a reader gets after a cut at any point, with N = NAME, W = NAME.new, O = NAME.old:
 * <pre>
 * files present     how it came about                           committed version
 * N (+ W)           cut before the swap (W possibly partial)    N, the old one
 * O + W             cut between the two renames                 W, the new one (complete: it was flushed first)
 * N + O             cut after the swap, before O was deleted    N, the new one
 * O                 (not produced by this protocol)             O
 * W only            first version ever, cut before its rename   none: the embedded default stays in force
 * </pre>
 * {@link #begin} first completes or rolls back an interrupted replacement, so each state above is left at most once.
 * Reading never writes.
 * <p>
 * Threading: main loop only; one replacement at a time.
 */
public final class AtomicFile {

	private static final String NEW = ".new";
	private static final String OLD = ".old";

	private final Storage storage;
	private final String name;
	private final String staged;
	private final String aside;

	/**
	 * @param storage where the file lives
	 * @param name its name (the committed version has exactly this name)
	 */
	public AtomicFile(Storage storage, String name) {
		this.storage = storage;
		this.name = name;
		this.staged = name + NEW;
		this.aside = name + OLD;
	}

	/** @return the file name */
	public String name() {
		return this.name;
	}

	/** @return where the committed version lives, for messages */
	public String describe() {
		return this.storage.describe(this.name);
	}

	/** @return true when a committed version exists */
	public boolean exists() {
		return committed() != null;
	}

	/**
	 * @return the committed version's bytes (caller closes), or null when there is none
	 * @throws IOException when it exists but cannot be read
	 */
	public InputStream open() throws IOException {
		String c = committed();
		return c == null ? null : this.storage.read(c);
	}

	/**
	 * Starts a replacement: settles any interrupted one, then creates the staged version.
	 *
	 * @return the stream of the staged version; pass it to {@link #end}
	 * @throws IOException when the storage refuses
	 */
	public OutputStream begin() throws IOException {
		recover();
		if (!this.storage.delete(this.staged)) {
			throw new IOException("cannot delete " + this.storage.describe(this.staged));
		}
		return this.storage.create(this.staged);
	}

	/**
	 * Makes the staged bytes durable: flushes them to the medium and closes the stream.
	 *
	 * @param out the stream {@link #begin} returned
	 * @throws IOException when the medium refuses
	 */
	public void end(OutputStream out) throws IOException {
		try {
			out.flush();
		} finally {
			out.close();
		}
	}

	/**
	 * @return the staged version's bytes, to validate before {@link #commit} (caller closes)
	 * @throws IOException when it cannot be read
	 */
	public InputStream openStaged() throws IOException {
		return this.storage.read(this.staged);
	}

	/** @return the staged version as a configuration source, to validate it with the firmware's reader */
	public ConfigSource stagedSource() {
		return new ConfigSource() {
			@Override
			public InputStream open() throws IOException {
				return openStaged();
			}

			@Override
			public String name() {
				return AtomicFile.this.storage.describe(AtomicFile.this.staged);
			}
		};
	}

	/**
	 * Makes the staged version the committed one.
	 *
	 * @throws IOException when a rename fails (the previous committed version stays readable)
	 */
	public void commit() throws IOException {
		if (this.storage.exists(this.name) && !this.storage.rename(this.name, this.aside)) {
			throw new IOException("cannot move " + describe() + " aside");
		}
		if (!this.storage.rename(this.staged, this.name)) {
			throw new IOException("cannot rename " + this.storage.describe(this.staged) + " to " + this.name);
		}
		this.storage.delete(this.aside);
	}

	/** Drops the staged version (after a failed validation); the committed version is untouched. */
	public void discard() {
		this.storage.delete(this.staged);
	}

	/** @return the name holding the committed version, or null; see the table in the class comment */
	private String committed() {
		if (this.storage.exists(this.name)) {
			return this.name;
		}
		if (this.storage.exists(this.aside)) {
			return this.storage.exists(this.staged) ? this.staged : this.aside;
		}
		return null;
	}

	/** Settles an interrupted replacement so the committed version has its own name and nothing else is left. */
	private void recover() throws IOException {
		String c = committed();
		if (c != null && !c.equals(this.name) && !this.storage.rename(c, this.name)) {
			throw new IOException("cannot restore " + describe());
		}
		this.storage.delete(this.aside);
	}
}
