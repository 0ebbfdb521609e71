/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.Test;
import org.mqttboard.gate.ClassFacts;

/**
 * One rule for the status codes of the device-bound code: every vocabulary (a class with a {@code static String
 * name(int)}) is either a status vocabulary with its own numeric range or declared here as a vocabulary of states or
 * events; no two status vocabularies share a value (0, success, excepted) or overlap in range; every status constant
 * lies in its range and has its own name.
 */
public class StatusVocabularyTest {

	/** Status vocabulary → {lowest, highest} of its failure codes (0 = success is shared). */
	private static final Map<String, int[]> RANGES = new TreeMap<>();
	/** Values a status vocabulary may have outside its range, besides 0. */
	private static final Map<String, int[]> EXTRAS = new HashMap<>();
	/** Vocabularies of states and events: they name what happens, not a result, and are not checked for overlap. */
	private static final List<String> NOT_STATUS = List.of("org.mqttboard.app.bringup.BringUpState",
			"org.mqttboard.app.bringup.LedPattern",
			"org.mqttboard.mqtt.session.SessionEvent", "org.mqttboard.mqtt.session.SessionState");

	static {
		RANGES.put("org.mqttboard.mqtt.codec.Status", new int[] { -99, -1 });
		RANGES.put("org.mqttboard.mqtt.session.SessionStatus", new int[] { -199, -100 });
		RANGES.put("org.mqttboard.mqtt.transport.TransportError", new int[] { -299, -200 });
		RANGES.put("org.mqttboard.app.bringup.AppStatus", new int[] { -329, -300 });
		RANGES.put("org.mqttboard.app.time.TimeSync", new int[] { -339, -330 });
		RANGES.put("org.mqttboard.platform.WifiRadio", new int[] { -409, -400 });
		EXTRAS.put("org.mqttboard.app.bringup.AppStatus", new int[] { 1 }); // QUEUED: not a failure
	}

	@Test
	public void everyVocabularyOfTheDeviceBoundCode_isClassified() throws IOException {
		List<String> unclassified = new ArrayList<>();
		for (ClassFacts c : Repo.deviceClasses().all()) {
			if (c.declared().contains("name(I)Ljava/lang/String;") && !RANGES.containsKey(c.dottedName())
					&& !NOT_STATUS.contains(c.dottedName())) {
				unclassified.add(c.dottedName());
			}
		}
		assertEquals("classes with a static name(int) that are neither a status vocabulary with a range nor a"
				+ " vocabulary of states or events (add them to RANGES or NOT_STATUS)", List.of(), unclassified);
	}

	@Test
	public void statusVocabularies_shareNoValue_stayInTheirRange_andNameEveryConstant() throws Exception {
		List<String> problems = problems(RANGES, EXTRAS);
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	@Test
	public void check_reportsASharedValue_aNameMissing_andARangeOverlap() throws Exception {
		Map<String, int[]> ranges = new TreeMap<>();
		ranges.put(Clash.class.getName(), new int[] { -119, -100 });
		ranges.put(SessionStatusLike.class.getName(), new int[] { -199, -110 });
		assertEquals(List.of(Clash.class.getName() + " and " + SessionStatusLike.class.getName()
				+ " have overlapping ranges", Clash.class.getName() + ".LATE = -111: name() gives UNKNOWN, not a name"
				+ " of its own", SessionStatusLike.class.getName() + ".LATE = -111 is also a value of "
				+ Clash.class.getName()), problems(ranges, Map.of()));
	}

	/** Fixture: a vocabulary whose name() forgets a constant. */
	public static final class Clash {
		public static final int EARLY = -101;
		public static final int LATE = -111;

		public static String name(int v) {
			return v == EARLY ? "EARLY" : "UNKNOWN";
		}
	}

	/** Fixture: a vocabulary reusing a value of {@link Clash}. */
	public static final class SessionStatusLike {
		public static final int LATE = -111;

		public static String name(int v) {
			return v == LATE ? "LATE" : "UNKNOWN";
		}
	}

	/** @return every overlap of ranges, shared value, value out of its range and constant without a name of its own */
	private static List<String> problems(Map<String, int[]> ranges, Map<String, int[]> extras) throws Exception {
		List<String> problems = new ArrayList<>();
		Map<Integer, String> owner = new TreeMap<>();
		for (Map.Entry<String, int[]> e : ranges.entrySet()) {
			String vocabulary = e.getKey();
			int[] range = e.getValue();
			for (Map.Entry<String, int[]> other : ranges.entrySet()) {
				int[] r = other.getValue();
				if (other.getKey().compareTo(vocabulary) > 0 && range[0] <= r[1] && r[0] <= range[1]) {
					problems.add(vocabulary + " and " + other.getKey() + " have overlapping ranges");
				}
			}
			Class<?> c = Class.forName(vocabulary);
			TreeSet<String> names = new TreeSet<>();
			for (Field f : c.getDeclaredFields()) {
				int m = f.getModifiers();
				if (f.getType() != int.class || !Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) {
					continue;
				}
				int value = f.getInt(null);
				String where = vocabulary + "." + f.getName() + " = " + value;
				if (value != 0 && (value < range[0] || value > range[1]) && !isExtra(extras, vocabulary, value)) {
					problems.add(where + " is outside its range " + range[0] + ".." + range[1]);
				}
				String name = (String) c.getMethod("name", int.class).invoke(null, value);
				if (name == null || name.equals("UNKNOWN") || !names.add(name)) {
					problems.add(where + ": name() gives " + name + ", not a name of its own");
				}
				String before = value == 0 ? null : owner.put(value, vocabulary);
				if (before != null && !before.equals(vocabulary)) {
					problems.add(where + " is also a value of " + before);
				}
			}
		}
		return problems;
	}

	private static boolean isExtra(Map<String, int[]> extras, String vocabulary, int value) {
		for (int v : extras.getOrDefault(vocabulary, new int[0])) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}
}
