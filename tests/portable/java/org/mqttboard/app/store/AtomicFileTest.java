/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.store;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;

import org.junit.Test;
import org.mqttboard.app.setup.ConfigCheck;
import org.mqttboard.testkit.setup.PowerCutStorage;

/**
 * Crash safety of {@link AtomicFile}: the power is cut before every single mutation (create, each write, flush,
 * close, rename, delete) of a replacement, and after each cut the board must find exactly the old or exactly the new
 * configuration, valid, and be able to save again.
 */
public class AtomicFileTest {

	private static final String NAME = "mqttboard.properties";
	private static final byte[] A = utf8("wifi.ssid = old-net\nwifi.passphrase = old-passphrase\n"
			+ "broker.host = old.example.org\nbroker.tls = false\nbroker.port = 1883\n");
	private static final byte[] B = utf8("wifi.ssid = new-net\nwifi.passphrase = new-passphrase\n"
			+ "broker.host = new.example.org\nbroker.tls = false\nbroker.port = 1884\n# a comment\n");
	private static final byte[] C = utf8("wifi.ssid = third\nwifi.security = OPEN\nbroker.host = c.example.org\n"
			+ "broker.tls = false\n");

	@Test
	public void replace_cutBeforeEveryStep_leavesTheOldOrTheNewConfiguration_fromOneStoredBefore() throws IOException {
		int total = cleanSteps(A);
		assertTrue("a replacement has many steps: " + total, total >= 8);
		int sawOld = 0;
		int sawNew = 0;
		for (int k = 0; k <= total; k++) {
			PowerCutStorage storage = storageWith(A);
			AtomicFile file = new AtomicFile(storage, NAME);
			storage.cutBefore(k);
			boolean done = replaceQuietly(file, B);
			storage.reboot();
			byte[] now = committed(file);
			String where = "cut before step " + k + " of " + total + ", files " + storage.listing();
			assertTrue(where, same(now, A) || same(now, B));
			assertTrue(where + ": a completed save must be visible", !done || same(now, B));
			assertEquals(where, 0, ConfigCheck.check(new StoredConfigSource(file, "/none"), null));
			sawOld += same(now, A) ? 1 : 0;
			sawNew += same(now, B) ? 1 : 0;
			saveAgainCleanly(storage, file, where);
		}
		assertTrue("some cuts keep the old file: " + sawOld, sawOld > 0);
		assertTrue("some cuts already show the new file: " + sawNew, sawNew > 0);
	}

	@Test
	public void replace_cutBeforeEveryStep_withNothingStoredBefore_leavesNothingOrTheNew() throws IOException {
		int total = cleanSteps(null);
		for (int k = 0; k <= total; k++) {
			PowerCutStorage storage = new PowerCutStorage();
			AtomicFile file = new AtomicFile(storage, NAME);
			storage.cutBefore(k);
			boolean done = replaceQuietly(file, B);
			storage.reboot();
			byte[] now = committed(file);
			String where = "cut before step " + k + " of " + total + ", files " + storage.listing();
			assertTrue(where, now == null || same(now, B));
			assertTrue(where, !done || same(now, B));
			saveAgainCleanly(storage, file, where);
		}
	}

	@Test
	public void replace_twoCutsInARow_neverMixesVersions() throws IOException {
		int total = cleanSteps(A);
		for (int k1 = 0; k1 <= total; k1++) {
			for (int k2 = 0; k2 <= total + 2; k2++) {
				PowerCutStorage storage = storageWith(A);
				AtomicFile file = new AtomicFile(storage, NAME);
				storage.cutBefore(k1);
				replaceQuietly(file, B);
				storage.reboot();
				byte[] first = committed(file);
				storage.cutBefore(k2);
				replaceQuietly(file, C);
				storage.reboot();
				byte[] now = committed(file);
				String where = "cuts before steps " + k1 + " and " + k2 + ", files " + storage.listing();
				assertTrue(where, same(now, first) || same(now, C));
			}
		}
	}

	@Test
	public void discard_afterAFailedValidation_keepsTheCommittedVersion_andLeavesNoStagedFile() throws IOException {
		PowerCutStorage storage = storageWith(A);
		AtomicFile file = new AtomicFile(storage, NAME);
		OutputStream out = file.begin();
		out.write(utf8("broker.port = 0\n"));
		file.end(out);
		assertTrue(ConfigCheck.check(file.stagedSource(), null) > 0);
		file.discard();
		assertArrayEquals(A, committed(file));
		assertFalse(storage.listing(), storage.exists(NAME + ".new"));
	}

	@Test
	public void open_withNothingStored_isNull_andTheSourceFallsBackToTheEmbeddedResource() throws IOException {
		PowerCutStorage storage = new PowerCutStorage();
		AtomicFile file = new AtomicFile(storage, NAME);
		assertNull(file.open());
		StoredConfigSource source = new StoredConfigSource(file, "/org/mqttboard/app/default.properties");
		assertFalse(source.isStored());
		assertEquals("/org/mqttboard/app/default.properties", source.name());
		InputStream in = source.open();
		assertTrue(in.read() >= 0);
		in.close();
		storage.put(NAME, A);
		assertTrue(source.isStored());
		assertEquals("mem:" + NAME, source.name());
		assertArrayEquals(A, readAll(source.open()));
	}

	@Test
	public void source_withNeitherStoredNorEmbedded_saysSo() {
		StoredConfigSource source = new StoredConfigSource(null, "/no/such/resource.properties");
		try {
			source.open();
			fail("no configuration at all must be an IOException");
		} catch (IOException e) {
			assertTrue(e.getMessage(), e.getMessage().indexOf("/no/such/resource.properties") >= 0);
		}
	}

	/** The save sequence of setup mode: staged in three writes, flushed, validated, committed. */
	static void replace(AtomicFile file, byte[] content) throws IOException {
		OutputStream out = file.begin();
		int third = content.length / 3;
		out.write(content, 0, third);
		out.write(content, third, third);
		out.write(content, 2 * third, content.length - 2 * third);
		file.end(out);
		if (ConfigCheck.check(file.stagedSource(), null) != 0) {
			file.discard();
			throw new IOException("invalid");
		}
		file.commit();
	}

	private static boolean replaceQuietly(AtomicFile file, byte[] content) {
		try {
			replace(file, content);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int cleanSteps(byte[] initial) throws IOException {
		PowerCutStorage storage = initial == null ? new PowerCutStorage() : storageWith(initial);
		replace(new AtomicFile(storage, NAME), B);
		return storage.steps();
	}

	private static void saveAgainCleanly(PowerCutStorage storage, AtomicFile file, String where) throws IOException {
		replace(file, C);
		assertArrayEquals(where, C, committed(file));
		assertEquals(where, "[" + NAME + "]", storage.listing());
	}

	private static PowerCutStorage storageWith(byte[] content) {
		PowerCutStorage s = new PowerCutStorage();
		s.put(NAME, content);
		return s;
	}

	private static byte[] committed(AtomicFile file) throws IOException {
		InputStream in = file.open();
		return in == null ? null : readAll(in);
	}

	private static boolean same(byte[] a, byte[] b) {
		if (a == null || b == null || a.length != b.length) {
			return false;
		}
		for (int i = 0; i < a.length; i++) {
			if (a[i] != b[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[64];
		for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
			out.write(buf, 0, n);
		}
		in.close();
		return out.toByteArray();
	}

	private static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
