/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by all live threads of this JVM (HotSpot's per-thread TLAB counters), so a library's own threads
 * are counted together with the caller's. Host-only.
 */
final class Allocation {

	private static final com.sun.management.ThreadMXBean THREADS =
			(com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

	private Allocation() {
	}

	/** @return the sum of allocated bytes over all live threads now */
	static long allThreads() {
		long[] ids = THREADS.getAllThreadIds();
		long[] bytes = THREADS.getThreadAllocatedBytes(ids);
		long sum = 0;
		for (long b : bytes) {
			if (b > 0) {
				sum += b;
			}
		}
		return sum;
	}

	/** @return threads started in this JVM since it began */
	static long startedThreads() {
		return THREADS.getTotalStartedThreadCount();
	}

	/** @return heap bytes in use after three full collections */
	static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
