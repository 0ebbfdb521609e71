/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

/** Gate fixture: stands for host-only simulator code. */
public class HostThing {

	public static int value() {
		return 1;
	}
}
