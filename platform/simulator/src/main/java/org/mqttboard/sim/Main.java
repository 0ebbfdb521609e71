/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.jline.terminal.Terminal;

import org.mqttboard.mqtt.transport.CaFileSource;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.platform.Log;
import org.mqttboard.sim.tls.JdkTlsPolicy;

import sun.misc.Signal;

/**
 * Entry point of {@code ./simulate}: parses the command line (see {@link Options#USAGE}), starts a
 * {@link Simulation} running the unchanged firmware, then hands over to the terminal panel, the Swing window or
 * the script console, or only checks a configuration file ({@link ConfigCheck}). Exit status: 0 normal end or every
 * expectation held (with {@code --check}: valid), 1 an expectation failed (with {@code --check}: problems), 2 bad
 * command line or script, 3 the simulation could not start.
 */
public final class Main {

	/** Exit status: the simulation could not start (port in use, unreadable file, broker unreachable). */
	public static final int START_FAILED = 3;
	/** Exit status: bad command line. */
	public static final int USAGE_ERROR = 2;

	/** The firmware's own TCP/TLS connector, with the JDK checking host names (the native SSL layer on a device). */
	static final Function<Endpoint, Connector> JDK_SOCKETS = endpoint -> jdkSockets(endpoint, null);

	/**
	 * @param endpoint the broker
	 * @param caFiles where its {@code broker.ca.files} are read, or null
	 * @return the firmware's own TCP/TLS connector, with the JDK checking host names
	 */
	static Connector jdkSockets(Endpoint endpoint, CaFileSource caFiles) {
		return new SocketConnector(endpoint, new JdkTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, caFiles);
	}

	private Main() {
	}

	/**
	 * @param args the command line
	 */
	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs the simulator to its end.
	 *
	 * @param args the command line
	 * @return the exit status
	 */
	public static int run(String[] args) {
		quietLibraries();
		Options options;
		try {
			if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
				System.out.println(Options.USAGE);
				return 0;
			}
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("simulate: " + e.getMessage());
			System.err.println(Options.USAGE);
			return USAGE_ERROR;
		}
		if (options.check() != null) {
			return ConfigCheck.run(options.check(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
		}
		PeerClient.preload();
		if (options.gui() && GraphicsEnvironment.isHeadless()) {
			System.err.println("simulate: --gui needs a display (DISPLAY is not set); use the terminal panel instead");
			return USAGE_ERROR;
		}
		boolean panel = options.script() == null && !options.gui();
		Terminal terminal = panel ? TerminalPanel.open() : null;
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		// Standard output belongs to the event stream (or the panel): anything a library prints goes to stderr.
		System.setOut(System.err);
		Simulation simulation;
		try {
			SimSetup setup = SimSetup.from(options);
			simulation = new Simulation(setup, new FirmwareProgram(options.setup()), Main::jdkSockets,
					terminal != null ? null : System.err);
			if (terminal == null) {
				// Script, GUI and no-terminal modes: the event stream is standard output, one line per event.
				simulation.events().addListener(event -> out.println(event.line()));
			}
		} catch (IOException e) {
			System.err.println("simulate: " + e.getMessage());
			return START_FAILED;
		}
		Simulation running = simulation;
		Thread onShutdown = new Thread(running::close, "sim-shutdown");
		Runtime.getRuntime().addShutdownHook(onShutdown);
		try {
			try {
				simulation.start();
			} catch (Exception e) {
				System.err.println("simulate: cannot start: " + e.getMessage());
				return START_FAILED;
			}
			String reach = reachLine(simulation);
			if (options.script() != null) {
				System.err.println(reach);
				return script(simulation, options.script(), out);
			}
			watchEverything(simulation);
			simulation.powerOn();
			if (panel && terminal == null) {
				System.err.println(reach);
				return untilStopped(simulation, stopOnSignals());
			}
			KeyCommands keys = new KeyCommands(simulation, simulation.displayTopic(), simulation.log());
			try (keys) {
				if (options.gui()) {
					System.err.println(reach);
					FrontPanelWindow.open(simulation.model(), keys, simulation.buttons()).awaitClosed();
				} else {
					new TerminalPanel(simulation.model(), keys, terminal, reach).run(stopOnSignals());
				}
			}
			return 0;
		} catch (Exception e) {
			System.err.println("simulate: " + e);
			return START_FAILED;
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(onShutdown);
			} catch (IllegalStateException e) {
				// Already shutting down: the hook closes the simulation.
			}
			simulation.close();
			if (options.snapshot() != null) {
				snapshot(simulation, options.snapshot());
			}
		}
	}

	/**
	 * No terminal (a service manager, a pipe): the event lines go on until SIGINT or SIGTERM (status 0). A refused
	 * configuration ends in setup mode, whose {@code SETUP <url>} line says where to fix it.
	 */
	private static int untilStopped(Simulation simulation, CountDownLatch stop) throws InterruptedException {
		simulation.events().addListener(event -> {
			if (ScriptRunner.isHalt(event)) {
				System.err.println("simulate: the configuration is refused (ERROR lines above); fix it on the setup"
						+ " page (SETUP line), or check a file with ./simulate --check FILE");
			}
		});
		stop.await();
		System.err.println("simulate: stopped");
		return 0;
	}

	/**
	 * SIGINT (Ctrl-C) and SIGTERM end the terminal panel and the no-terminal mode cleanly: the simulation is closed (brokers
	 * stopped) and the status is 0, instead of the JVM's default end by signal.
	 *
	 * @return counted down by either signal
	 */
	private static CountDownLatch stopOnSignals() {
		CountDownLatch stop = new CountDownLatch(1);
		for (String name : new String[] { "INT", "TERM" }) {
			try {
				Signal.handle(new Signal(name), signal -> stop.countDown());
			} catch (IllegalArgumentException e) {
				// No such signal here: the shutdown hook still closes the simulation.
			}
		}
		return stop;
	}

	/** Panels: the peer listens to every topic and its messages go to the panel's log, so presses are visible. */
	private static void watchEverything(Simulation simulation) {
		if (simulation.brokerAddress() == null) {
			return;
		}
		simulation.events().addListener(event -> {
			if (event.kind().equals(Events.PEER)) {
				simulation.log().log(Log.INFO, "peer got " + event.first() + ' ' + event.second());
			}
		});
		try {
			simulation.peerSubscribe("#");
		} catch (Exception e) {
			simulation.log().log(Log.WARN, "simulator: the peer cannot subscribe: " + e.getMessage());
		}
	}

	/** The embedded broker logs through logback: no status chatter, nothing before its own (silent) setup. */
	private static void quietLibraries() {
		System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "org/mqttboard/sim/logback-quiet.xml");
		}
	}

	private static String reachLine(Simulation simulation) {
		String address = simulation.brokerAddress();
		if (address == null) {
			return "broker: the configuration's own (no peer client; --broker embedded adds one)";
		}
		String[] hostPort = address.split(" ");
		return "broker: " + hostPort[0] + " port " + hostPort[1] + (simulation.broker() != null ? " (embedded)" : "")
				+ "   try: mosquitto_sub -h " + hostPort[0] + " -p " + hostPort[1] + " -t '#' -v";
	}

	private static int script(Simulation simulation, String script, PrintStream out) throws Exception {
		BufferedReader reader;
		if (script.equals("-")) {
			reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		} else {
			try {
				reader = new BufferedReader(new InputStreamReader(new FileInputStream(script), StandardCharsets.UTF_8));
			} catch (IOException e) {
				System.err.println("simulate: script " + script + " cannot be read: " + e.getMessage());
				return USAGE_ERROR;
			}
		}
		try (reader) {
			return new ScriptRunner(simulation, out).run(reader);
		}
	}

	/** {@code --snapshot FILE.png}: the front panel as it was at the end, rendered headless (tests, docs). */
	private static void snapshot(Simulation simulation, String file) {
		try {
			ImageIO.write(PanelRenderer.render(simulation.model().view()), "png", new File(file));
		} catch (IOException e) {
			System.err.println("simulate: snapshot " + file + " not written: " + e.getMessage());
		}
	}
}
