/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import org.mqttboard.app.UsesSim;

/** Layer fixture: the codec must reference nothing of ours; this one reaches up into app. */
public class ReachesUp {

	public static int value() {
		return UsesSim.value();
	}
}
