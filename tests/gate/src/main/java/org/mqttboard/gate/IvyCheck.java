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
}
