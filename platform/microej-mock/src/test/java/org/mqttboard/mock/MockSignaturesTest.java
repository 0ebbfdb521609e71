/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mock;

import static org.junit.Assert.assertEquals;
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
 * Every {@code native} method of the device layer has its Simulator implementation here: same class, same name and
 * descriptor, {@code public static} (MicroEJ/docs VEEPortingGuide/mock.rst: otherwise "UnsatisfiedLinkError: No such
 * method in remote class"). Reads both sides' class files, so a native added to the firmware without a mock fails.
 */
public class MockSignaturesTest {

	private static final Path ROOT = Paths.get(System.getProperty("mqttboard.root", "../..")).toAbsolutePath().normalize();

	@Test
	public void everyNativeOfTheDeviceLayer_hasAPublicStaticMockMethod() throws IOException {
		Path device = ROOT.resolve("platform/microej/target/classes");
		Path mock = ROOT.resolve("platform/microej-mock/target/classes");
		assertTrue("device layer not compiled: " + device, Files.isDirectory(device));
		List<String> missing = new ArrayList<>();
		int natives = 0;
		try (Stream<Path> files = Files.walk(device)) {
			for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
				ClassNode c = read(f);
				for (MethodNode m : c.methods) {
					if ((m.access & Opcodes.ACC_NATIVE) == 0) {
						continue;
					}
					natives++;
					Path mocked = mock.resolve(c.name + ".class");
					if (!Files.isRegularFile(mocked) || !publicStatic(read(mocked), m)) {
						missing.add(c.name + '.' + m.name + m.desc);
					}
				}
			}
		}
		assertEquals("natives without a public static mock method", List.of(), missing);
		assertEquals("ButtonNatives.start and droppedEdges", 2, natives);
	}

	private static boolean publicStatic(ClassNode mock, MethodNode nativeMethod) {
		for (MethodNode m : mock.methods) {
			if (m.name.equals(nativeMethod.name) && m.desc.equals(nativeMethod.desc)
					&& (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) == (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) {
				return true;
			}
		}
		return false;
	}

	private static ClassNode read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			ClassNode node = new ClassNode();
			new ClassReader(in).accept(node, ClassReader.SKIP_CODE);
			return node;
		}
	}
}
