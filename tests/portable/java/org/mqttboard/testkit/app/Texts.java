/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import java.util.List;

/**
 * String and list checks written with the EDC subset only (the portable tests also run on MicroEJ, whose
 * collections lack {@code contains}, {@code Arrays.asList}, {@code String.contains}).
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * @param text a text
	 * @param part what to look for
	 * @return true when text contains part
	 */
	public static boolean has(String text, String part) {
		return text.indexOf(part) >= 0;
	}

	/**
	 * @param list strings
	 * @param item what to look for
	 * @return true when some element equals item
	 */
	public static boolean has(List<String> list, String item) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).equals(item)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param list strings
	 * @return the elements joined by {@code |}, for comparisons with readable failure messages
	 */
	public static String join(List<String> list) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				b.append('|');
			}
			b.append(list.get(i));
		}
		return b.toString();
	}
}
