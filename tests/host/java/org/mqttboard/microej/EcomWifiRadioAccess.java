/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/** Test access to package-private helpers of {@link EcomWifiRadio} (host tests only). */
public final class EcomWifiRadioAccess {

	private EcomWifiRadioAccess() {
	}

	/**
	 * @param address an IP literal
	 * @return {@link EcomWifiRadio#isLeased(String)}
	 */
	public static boolean isLeased(String address) {
		return EcomWifiRadio.isLeased(address);
	}
}
