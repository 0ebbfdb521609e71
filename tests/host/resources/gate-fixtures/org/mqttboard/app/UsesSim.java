/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.sim.HostThing;

/** Gate fixture: device-bound code importing host-only code. */
public class UsesSim {

	public static int value() {
		return HostThing.value();
	}
}
