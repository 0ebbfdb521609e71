/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.mqttboard.app.Firmware;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Problem;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Display;

/**
 * {@code ./simulate --check FILE}: checks a configuration file as the board does at boot, without a broker or any
 * network. The file goes through the firmware's own loader ({@link Profiles#load}: profile defaults, every rule,
 * all problems at once with line, key and reason, secrets masked), then a valid file boots the unchanged
 * {@link Firmware} on a simulated board up to the point where it would join Wi-Fi, so whatever the firmware
 * itself would refuse is refused here too.
 * <p>
 * Output (standard output): one line per problem ({@link Problem#toString()}, e.g.
 * {@code ERROR line 12: broker.port: out of range 1..65535 (got 0)}), then one verdict line.
 * <p>
 * Threading: runs on the caller's thread.
 */
final class ConfigCheck {

	/** Exit status: the board would start with this file (warnings allowed). */
	static final int VALID = 0;
	/** Exit status: the board would stop at boot, or the file cannot be read. */
	static final int PROBLEMS = 1;

	/** Bring-up passes needed at most to leave BOOT and CONFIG. */
	private static final int MAX_PASSES = 8;

	private ConfigCheck() {
	}

	/**
	 * @param file the configuration file
	 * @param out where the problems and the verdict go
	 * @return {@link #VALID} or {@link #PROBLEMS}
	 */
	static int run(String file, PrintStream out) {
		SimConfigSource source;
		try {
			source = new SimConfigSource(file, SimSetup.read(Path.of(file)));
		} catch (IOException e) {
			out.println(e.getMessage());
			return PROBLEMS;
		}
		FirmwareConfig config;
		try {
			config = Profiles.load(source);
		} catch (ConfigException e) {
			print(e.problems(), out);
			out.println(file + ": " + count(e.errorCount(), "error") + ", "
					+ count(e.problems().length - e.errorCount(), "warning") + ": the board would stop at boot and show "
					+ e.shortSummary());
			return PROBLEMS;
		}
		Problem[] warnings = config.warnings;
		print(warnings, out);
		String refusal = boot(source);
		if (refusal != null) {
			out.println("ERROR " + refusal);
			out.println(file + ": the firmware refuses it at boot");
			return PROBLEMS;
		}
		out.println(file + ": valid (profile " + config.profile + ", broker "
				+ SimSetup.describeBroker(config) + "), " + count(warnings.length, "warning"));
		return VALID;
	}

	/** Boots the firmware on a simulated board up to Wi-Fi; returns why it halted, or null when it would go on. */
	private static String boot(SimConfigSource source) {
		SimClock clock = new SimClock();
		BoardModel model = new BoardModel(Display.KIND_SERIAL);
		SimWifi wifi = new SimWifi();
		// The connector is built, never used: the board stops before Wi-Fi.
		Board board = new Board("simulator", clock, wifi, new SimNetwork(wifi, Main.JDK_SOCKETS, new Events()),
				new SimButtons(clock), new SimDisplay(Display.KIND_SERIAL, model), new SimLog(model, null), source);
		Events events = new Events();
		Firmware firmware = new Firmware(board, FirmwareProgram.observer(events));
		for (int i = 0; i < MAX_PASSES && firmware.state() != BringUpState.WIFI_JOIN
				&& firmware.state() != BringUpState.HALTED; i++) {
			firmware.runOnce(clock.monotonicMillis());
		}
		Events.Event error = events.last(Events.ERROR);
		return firmware.state() != BringUpState.HALTED ? null : error == null ? "the board halted" : error.second();
	}

	private static void print(Problem[] problems, PrintStream out) {
		for (Problem p : problems) {
			out.println(p);
		}
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
