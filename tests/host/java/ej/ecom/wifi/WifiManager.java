/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

import java.io.IOException;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public class WifiManager {

	/** Script: the instance every caller gets. */
	public static WifiManager instance = new WifiManager();

	/** Script: thrown by join when set. */
	public IOException joinFailure;
	/** Script: what getJoined returns after a join. */
	public AccessPoint joinedAfterJoin;
	/** Record: the last join arguments. */
	public String joinedSsid;
	public SecurityMode joinedMode;
	public int joins;
	public int leaves;
	private AccessPoint joined;

	public static WifiManager getInstance() {
		return instance;
	}

	public void join(String ssid, String passphrase, SecurityMode securityMode) throws IOException {
		this.joins++;
		this.joinedSsid = ssid;
		this.joinedMode = securityMode;
		if (this.joinFailure != null) {
			throw this.joinFailure;
		}
		this.joined = this.joinedAfterJoin;
	}

	public AccessPoint getJoined() throws IOException {
		return this.joined;
	}

	public void leave() throws IOException {
		this.leaves++;
		this.joined = null;
	}

	/** Script: what scan returns. */
	public AccessPoint[] scanResult = new AccessPoint[0];
	/** Record: the soft AP configuration enabled, null when disabled. */
	public SoftAPConfiguration softAp;
	/** Script: thrown by enableSoftAP when set. */
	public IOException softApFailure;

	public void enableSoftAP(SoftAPConfiguration configuration) throws IOException {
		if (this.softApFailure != null) {
			throw this.softApFailure;
		}
		this.softAp = configuration;
	}

	public void disableSoftAP() throws IOException {
		this.softAp = null;
	}

	public AccessPoint[] scan(boolean active) throws IOException {
		return this.scanResult;
	}
}
