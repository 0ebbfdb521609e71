/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The scripted fakes of {@code tests/host/java/ej/**} stand in for the MicroEJ API when device tests run the device
 * layer on a JDK. The device layer is compiled against the signature stubs, so every public method of a stub must
 * exist in its fake with the same descriptor and the same static-ness, or the tests would hit NoSuchMethodError (or,
 * worse, test a call the stubs no longer allow).
 */
public class HostFakesMatchStubsTest {

	private static final Path STUBS = Paths.get(System.getProperty("mqttboard.root", "../.."))
			.resolve("platform/microej-api-stubs/target/classes").toAbsolutePath().normalize();

	@Test
	public void everyStubMethod_existsInItsFake_withTheSameDescriptor() throws IOException {
		assertTrue("stubs not compiled: " + STUBS, Files.isDirectory(STUBS));
		List<String> missing = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(STUBS)) {
			for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
				ClassNode stub = read(Files.newInputStream(f));
				if (stub.name.endsWith("Mock")) {
					continue; // HIL mock APIs run in the Simulator only; platform/microej-mock's tests fake them
				}
				ClassNode fake = read(getClass().getClassLoader().getResourceAsStream(stub.name + ".class"));
				for (MethodNode m : stub.methods) {
					if ((m.access & Opcodes.ACC_PUBLIC) == 0 || m.name.equals("<init>")) {
						continue;
					}
					checked++;
					if (!declares(fake, m)) {
						missing.add(stub.name + '.' + m.name + m.desc + ((m.access & Opcodes.ACC_STATIC) != 0 ? " static" : ""));
					}
				}
			}
		}
		assertEquals("stub methods the host fakes lack", List.of(), missing);
		assertTrue("methods checked: " + checked, checked >= 35);
	}

	private static boolean declares(ClassNode fake, MethodNode m) {
		for (MethodNode f : fake.methods) {
			if (f.name.equals(m.name) && f.desc.equals(m.desc)
					&& (f.access & Opcodes.ACC_STATIC) == (m.access & Opcodes.ACC_STATIC)) {
				return true;
			}
		}
		return false;
	}

	private static ClassNode read(InputStream in) throws IOException {
		assertNotNull("no host fake for a stub class", in);
		try (InputStream s = in) {
			ClassNode node = new ClassNode();
			new ClassReader(s).accept(node, ClassReader.SKIP_CODE);
			return node;
		}
	}
}
