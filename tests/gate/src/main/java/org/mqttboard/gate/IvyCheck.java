/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps module.ivy honest against the device-bound bytecode: standalone firmware build type, an entry point that
 * exists, every library the code needs declared (pinned to the revision its allow-list was written for), nothing
 * declared that the code does not use, JUnit on the test configuration only. Stateless.
 */
public final class IvyCheck {

	/** The SDK 5 build type of a standalone (mono-sandbox) firmware (MicroEJ/docs SDKUserGuide/moduleNatures.rst). */
	public static final String BUILD_TYPE = "build-firmware-singleapp";

	/**
	 * Every released revision of {@link #BUILD_TYPE}, SDK 5.1.0 to 5.9.0 (MicroEJ/docs@60343897:
	 * SDKUserGuide/sdkChangeLog.rst:1234-1470, "Build Types per SDK"). A revision asked for must be one of them, or an
	 * Ivy {@code x.+} pattern that matches one; 2.x is needed for the test suite options (SDK 5.5.0+).
	 */
	public static final List<String> RELEASED = List.of("1.2.9", "1.2.10", "1.4.0", "2.0.0", "2.1.0", "2.2.0", "2.3.0",
			"2.4.0");

	private IvyCheck() {
	}

	/**
	 * @param ivy     the parsed module.ivy
	 * @param allow   the allow-list (knows each library's pinned revision)
	 * @param report  a gate run made with {@code ivy.applicationLibraries()} declared
	 * @param classes the device-bound classes the gate ran on
	 * @return one readable problem per line; empty when module.ivy is consistent
	 */
	public static List<String> problems(ModuleIvy ivy, AllowList allow, GateReport report, ClassSet classes) {
		List<String> out = new ArrayList<>();
		if (!BUILD_TYPE.equals(ivy.buildType())) {
			out.add("build type is '" + ivy.buildType() + "', want '" + BUILD_TYPE + "' (standalone firmware)");
		} else if (!released(ivy.buildTypeRevision())) {
			out.add("build type revision " + ivy.buildTypeRevision() + " matches no released " + BUILD_TYPE + " "
					+ RELEASED + ": Ivy cannot resolve it; use 2.+");
		}
		String main = ivy.properties().get("application.main.class");
		if (main == null || main.isEmpty()) {
			out.add("ea:property application.main.class is missing");
		} else {
			ClassFacts c = classes.get(main.replace('.', '/'));
			if (c == null) {
				out.add("application.main.class " + main + " is not a device-bound class");
			} else if (!c.publicStaticMain()) {
				out.add("application.main.class " + main + " has no public static void main(String[])");
			}
		}
		for (Violation v : report.violations()) {
			if (v.library().contains("module.ivy")) {
				out.add("used but not declared: " + v);
			}
		}
		for (ModuleIvy.Dependency d : ivy.dependencies()) {
			if (d.isTestOrPlatform()) {
				continue;
			}
			Library lib = allow.libraries().get(d.id());
			if (lib == null) {
				out.add("declared " + d.id() + " has no allow-list file in tests/gate/allowlist, so nothing may use it:"
						+ " add one (with its source) or remove the dependency");
				continue;
			}
			if (!lib.rev().equals(d.rev())) {
				out.add("declared " + d.id() + " rev " + d.rev() + " but " + lib.file() + " was written for rev "
						+ lib.rev() + " (pins follow what the VEE Ports embed)");
			}
			if (!report.used().containsKey(lib)) {
				out.add("declared " + d.id() + " is unused by the device-bound bytecode: remove " + lib.ivyLine());
			}
		}
		boolean junit = false;
		for (ModuleIvy.Dependency d : ivy.dependencies()) {
			if (d.id().equals("ej.library.test:junit")) {
				junit = true;
				if (d.conf() == null || !d.conf().startsWith("test")) {
					out.add("ej.library.test:junit must be on the test configuration (conf=\"test->*\"), got " + d.conf());
				}
			}
		}
		if (!junit) {
			out.add("ej.library.test:junit is not declared on the test configuration (portable tests need it)");
		}
		return out;
	}

	/** @return true for a released revision, or an Ivy {@code prefix+} pattern (e.g. {@code 2.+}) matching one */
	static boolean released(String revision) {
		for (String r : RELEASED) {
			if (r.equals(revision) || (revision.endsWith("+") && r.startsWith(revision.substring(0, revision.length() - 1)))) {
				return true;
			}
		}
		return false;
	}
}
