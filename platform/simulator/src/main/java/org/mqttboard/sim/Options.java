/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.Display;

/**
 * The command line of {@code ./simulate}, parsed and checked. Immutable.
 *
 * @param configFile {@code --config FILE}, or null for the built-in default configuration
 * @param brokerHost {@code --broker HOST:PORT} host, or null (embedded broker or the config's broker)
 * @param brokerPort {@code --broker HOST:PORT} port, or 0
 * @param embedded {@code --broker embedded}: force the embedded broker under a user's config
 * @param embeddedPort {@code --broker-port N} for the embedded broker, 0 = ephemeral
 * @param script {@code --script FILE|-}, or null for the interactive panel
 * @param gui {@code --gui}
 * @param displayKind {@code --display matrix|lcd|serial}
 * @param snapshot {@code --snapshot FILE.png}: front panel image written at exit, or null
 * @param check {@code --check FILE}: only check that configuration file, or null
 * @param setup {@code --setup}: boot into setup mode
 * @param dataDir {@code --data DIR}: the simulated board's storage folder ({@link #DEFAULT_DATA_DIR} otherwise)
 */
public record Options(String configFile, String brokerHost, int brokerPort, boolean embedded, int embeddedPort,
		String script, boolean gui, int displayKind, String snapshot, String check, boolean setup, String dataDir) {

	/** The storage folder of the simulated board without {@code --data}: relative to the repository root. */
	public static final String DEFAULT_DATA_DIR = ".mqttboard-data";

	/** Usage text for {@code --help} and argument errors. */
	public static final String USAGE = String.join("\n",
			"usage: ./simulate [--config FILE] [--broker HOST:PORT | --broker embedded] [--broker-port N]",
			"                  [--setup] [--data DIR]",
			"                  [--script FILE|-] [--gui] [--display matrix|lcd|serial] [--snapshot FILE.png] [--help]",
			"       ./simulate --check FILE",
			"  (no options)         embedded broker + board with the HiveMQ tutorial configuration, terminal panel",
			"  --check FILE         check a configuration file as the board does at boot (no broker, no network);",
			"                       exit status 0 valid, 1 problems (each printed with line, key and reason)",
			"  --config FILE        run the firmware with your properties file (its own broker unless --broker)",
			"  --broker HOST:PORT   board and peer use this broker, plain TCP, no credentials",
			"  --broker embedded    start the embedded broker even with --config and point the board at it",
			"  --broker-port N      port of the embedded broker (default: a free ephemeral port)",
			"  --setup              boot into setup mode: the setup page on 127.0.0.1, its URL printed as SETUP <url>",
			"                       (also automatic when the configuration is refused)",
			"  --data DIR           the board's storage: the configuration saved by setup mode wins over --config",
			"                       (default: " + DEFAULT_DATA_DIR + " in the repository root)",
			"  --script FILE|-      run a script (docs/simulator.md), exit 0 when every expectation held",
			"  --gui                open the Swing front panel",
			"  --display KIND       simulated display: matrix (default), lcd or serial",
			"  --snapshot FILE.png  write the front panel as an image when the simulator ends");

	/**
	 * @param args the command line
	 * @return the options
	 * @throws IllegalArgumentException with a one-line reason when the command line is wrong
	 */
	public static Options parse(String[] args) {
		String config = null;
		String host = null;
		int port = 0;
		boolean embedded = false;
		int embeddedPort = 0;
		String script = null;
		boolean gui = false;
		int kind = Display.KIND_MATRIX_5X5;
		String snapshot = null;
		String check = null;
		boolean setup = false;
		String data = DEFAULT_DATA_DIR;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
			case "--config" -> config = value(args, ++i, arg);
			case "--broker" -> {
				String value = value(args, ++i, arg);
				if (value.equals("embedded")) {
					embedded = true;
				} else {
					int colon = value.lastIndexOf(':');
					if (colon <= 0) {
						throw new IllegalArgumentException("--broker wants HOST:PORT or embedded, not '" + value + '\'');
					}
					host = value.substring(0, colon);
					if (host.startsWith("[") && host.endsWith("]")) {
						host = host.substring(1, host.length() - 1);
					}
					port = port(value.substring(colon + 1), "--broker", 1);
				}
			}
			case "--broker-port" -> embeddedPort = port(value(args, ++i, arg), arg, 0);
			case "--script" -> script = value(args, ++i, arg);
			case "--gui" -> gui = true;
			case "--snapshot" -> snapshot = value(args, ++i, arg);
			case "--check" -> check = value(args, ++i, arg);
			case "--setup" -> setup = true;
			case "--data" -> data = value(args, ++i, arg);
			case "--display" -> kind = switch (value(args, ++i, arg)) {
			case "matrix" -> Display.KIND_MATRIX_5X5;
			case "lcd" -> Display.KIND_LCD;
			case "serial" -> Display.KIND_SERIAL;
			default -> throw new IllegalArgumentException("--display wants matrix, lcd or serial");
			};
			default -> throw new IllegalArgumentException("unknown option '" + arg + '\'');
			}
		}
		if (embedded && host != null) {
			throw new IllegalArgumentException("--broker given twice");
		}
		if (check != null && args.length != 2) {
			throw new IllegalArgumentException("--check FILE takes no other option");
		}
		return new Options(config, host, port, embedded, embeddedPort, script, gui, kind, snapshot, check, setup, data);
	}

	/** @return true when the simulator starts its own broker */
	public boolean startsEmbeddedBroker() {
		return this.embedded || (this.brokerHost == null && this.configFile == null);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static int port(String text, String option, int min) {
		try {
			int port = Integer.parseInt(text);
			if (port >= min && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// Reported below.
		}
		throw new IllegalArgumentException(option + ": bad port '" + text + '\'');
	}
}
