/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;

/** Retained size of device-bound objects reachable from a root, 32-bit layout. */
final class HeapWalker {

	static long[] measure(Object root) {
		IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
		ArrayDeque<Object> todo = new ArrayDeque<>();
		todo.add(root);
		seen.put(root, Boolean.TRUE);
		long bytes = 0;
		long objects = 0;
		while (!todo.isEmpty()) {
			Object o = todo.poll();
			Class<?> c = o.getClass();
			objects++;
			if (c.isArray()) {
				Class<?> e = c.getComponentType();
				int n = Array.getLength(o);
				bytes += align(12L + (long) n * size(e));
				if (!e.isPrimitive()) {
					for (int i = 0; i < n; i++) {
						push(Array.get(o, i), seen, todo);
					}
				}
			} else if (o instanceof String s) {
				bytes += align(16) + align(12L + 2L * s.length());
			} else if (deviceBound(c)) {
				long shallow = 8;
				for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
					for (Field f : k.getDeclaredFields()) {
						if (Modifier.isStatic(f.getModifiers())) {
							continue;
						}
						shallow += size(f.getType());
						if (!f.getType().isPrimitive()) {
							f.setAccessible(true);
							try {
								push(f.get(o), seen, todo);
							} catch (IllegalAccessException e) {
								throw new AssertionError(e);
							}
						}
					}
				}
				bytes += align(shallow);
			} else {
				objects--; // JDK or host object: outside the device's Java heap model
			}
		}
		return new long[] { bytes, objects };
	}

	private static boolean deviceBound(Class<?> c) {
		String n = c.getName();
		return n.startsWith("org.mqttboard.app.") || n.startsWith("org.mqttboard.mqtt.")
				|| n.startsWith("org.mqttboard.platform.") || n.startsWith("org.mqttboard.microej.");
	}

	private static void push(Object v, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object> todo) {
		if (v != null && seen.put(v, Boolean.TRUE) == null) {
			todo.add(v);
		}
	}

	private static long size(Class<?> t) {
		if (t == long.class || t == double.class) {
			return 8;
		}
		if (t == byte.class || t == boolean.class) {
			return 1;
		}
		if (t == short.class || t == char.class) {
			return 2;
		}
		return 4;
	}

	private static long align(long n) {
		return (n + 3) & ~3L;
	}
}
