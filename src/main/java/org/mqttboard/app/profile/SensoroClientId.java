/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

/**
 * The SENSORO client id rule {@code ^<AppID>(/[-_0-9a-zA-Z]{0,36})?$}, written by hand (no
 * {@code java.util.regex} on the device). The AppID is compared literally, so characters that would be regex
 * metacharacters in it ({@code a.b}) only match themselves.
 */
public final class SensoroClientId {

	/** Longest suffix after {@code AppID/}. */
	public static final int MAX_SUFFIX = 36;

	private SensoroClientId() {
	}

	/**
	 * @param appId the AppID (the user name)
	 * @param clientId the candidate client id
	 * @return true when {@code clientId} matches the rule for {@code appId}
	 */
	public static boolean matches(String appId, String clientId) {
		if (appId.length() == 0 || !clientId.startsWith(appId)) {
			return false;
		}
		int rest = clientId.length() - appId.length();
		if (rest == 0) {
			return true;
		}
		if (clientId.charAt(appId.length()) != '/' || rest - 1 > MAX_SUFFIX) {
			return false;
		}
		for (int i = appId.length() + 1; i < clientId.length(); i++) {
			char c = clientId.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_';
			if (!ok) {
				return false;
			}
		}
		return true;
	}
}
