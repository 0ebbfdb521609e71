/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Clock;

import ej.bon.Util;

/**
 * {@link Clock} on BON: monotonic time from {@code Util.platformTimeMillis()}, wall clock from
 * {@code System.currentTimeMillis()}, set by {@code Util.setCurrentTimeMillis} after the firmware's SNTP exchange.
 * <p>
 * Threading: stateless, callable from any thread.
 */
public final class MicroejClock implements Clock {

	@Override
	public long monotonicMillis() {
		return Util.platformTimeMillis();
	}

	@Override
	public long wallMillis() {
		return System.currentTimeMillis();
	}

	@Override
	public void setWallMillis(long utcMillis) {
		Util.setCurrentTimeMillis(utcMillis);
	}
}
