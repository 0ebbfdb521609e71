/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.mqttboard.app.Firmware;
import org.mqttboard.app.FirmwareObserver;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Display;
import org.mqttboard.sim.BoardModel;
import org.mqttboard.sim.Events;
import org.mqttboard.sim.SimButtons;
import org.mqttboard.sim.SimClock;
import org.mqttboard.sim.SimConfigSource;
import org.mqttboard.sim.SimDisplay;
import org.mqttboard.sim.SimLog;
import org.mqttboard.sim.SimNetwork;
import org.mqttboard.sim.SimWifi;
import org.mqttboard.sim.tls.JdkTlsPolicy;

/**
 * HOST-ONLY: the real {@link Firmware} on the simulator's board ports (clock, Wi-Fi switch, gated socket
 * network with the firmware's own {@link SocketConnector}, buttons, LCD display, serial log), in-process, with a
 * recording observer. Everything the board prints (log lines, display text, states, errors, publish/receive
 * events) goes to {@link #transcript()} so suites can scan it for secrets.
 * <p>
 * Threading: the firmware runs its main loop on one thread started by {@link #start()}; the query methods are
 * thread-safe; {@link #close()} stops and joins it (bounded).
 */
public final class SimBoard implements AutoCloseable, FirmwareObserver {

	/** A state change and when it happened (monotonic ms). */
	record StateChange(long atMillis, int state) {
	}

	/** The simulator's socket stack: the firmware's own connector with the JDK TLS policy and default polling. */
	public static final Function<Endpoint, Connector> JDK_SOCKETS = endpoint -> new SocketConnector(endpoint,
			new JdkTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS, SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null);

	private final SimClock clock = new SimClock();
	private final SimWifi wifi = new SimWifi();
	private final SimButtons buttons = new SimButtons(this.clock);
	private final Events events = new Events();
	private final Firmware firmware;
	private final List<String> transcript = new CopyOnWriteArrayList<>();
	private final List<StateChange> states = new CopyOnWriteArrayList<>();
	private final List<String> errors = new CopyOnWriteArrayList<>();
	private final List<String> received = new CopyOnWriteArrayList<>();
	private final List<String> shown = new CopyOnWriteArrayList<>();
	private final Thread thread;
	private volatile int state = -1;

	/**
	 * @param name the board name
	 * @param configText the properties file
	 * @param seed backoff jitter seed
	 */
	public SimBoard(String name, String configText, long seed) {
		this(name, seed, configText.getBytes(StandardCharsets.UTF_8), JDK_SOCKETS);
	}

	/**
	 * @param name the board name
	 * @param seed backoff jitter seed
	 * @param configBytes the properties file, byte for byte
	 * @param connectors the board's socket stack (the firmware's own connector, possibly counted or tuned)
	 */
	public SimBoard(String name, long seed, byte[] configBytes, Function<Endpoint, Connector> connectors) {
		BoardModel model = new BoardModel(Display.KIND_LCD);
		PrintStream echo = new PrintStream(new LineSink(), true, StandardCharsets.UTF_8);
		SimLog log = new SimLog(model, echo);
		SimDisplay display = new SimDisplay(Display.KIND_LCD, model);
		SimNetwork network = new SimNetwork(this.wifi, connectors, this.events);
		Board board = new Board(name, this.clock, this.wifi, network, this.buttons, display, log,
				new SimConfigSource(name + ".properties", configBytes));
		this.firmware = new Firmware(board, this, new Random(seed));
		this.thread = new Thread(this.firmware::run, "firmware-" + name);
		this.thread.setDaemon(true);
	}

	/** Powers the board on (the firmware's main loop starts). */
	public void start() {
		if (this.thread.getState() != Thread.State.NEW) {
			return;
		}
		this.thread.start();
	}

	/**
	 * One pass of the main loop on the caller's thread, for boards driven without their own thread (fleets).
	 *
	 * @return when the board wants the next pass, monotonic ms
	 */
	long step() {
		return this.firmware.runOnce(this.clock.monotonicMillis());
	}

	/** @return the firmware */
	public Firmware firmware() {
		return this.firmware;
	}

	/** @return the board's clock */
	SimClock clock() {
		return this.clock;
	}

	/** @param inRange the simulated access point's switch */
	public void wifi(boolean inRange) {
		this.wifi.setInRange(inRange);
	}

	/** A short press of button A (blocks for the press duration). */
	public void pressA() throws InterruptedException {
		this.buttons.press(0);
	}

	/** @return the current {@link BringUpState} (as last reported) */
	public int state() {
		return this.state;
	}

	/** @return every state change so far */
	List<StateChange> states() {
		return this.states;
	}

	/** @return {@code CODE message} of every error reported */
	public List<String> errors() {
		return this.errors;
	}

	/** @return payloads received on subscriptions, in order */
	public List<String> received() {
		return this.received;
	}

	/** @return display texts, in order */
	public List<String> shown() {
		return this.shown;
	}

	/** @return every line the board printed or reported */
	public List<String> transcript() {
		return this.transcript;
	}

	/**
	 * @param wanted a {@link BringUpState}
	 * @param timeoutMillis bound
	 * @return true when the state was reached in time
	 */
	public boolean awaitState(int wanted, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (this.state != wanted) {
			if (System.currentTimeMillis() >= deadline) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}

	/**
	 * @param afterMillis monotonic time, ms
	 * @return the first time after {@code afterMillis} the board left ONLINE, or -1
	 */
	long leftOnlineAfter(long afterMillis) {
		for (StateChange c : this.states) {
			if (c.atMillis() >= afterMillis && c.state() != BringUpState.ONLINE) {
				return c.atMillis();
			}
		}
		return -1;
	}

	/** @return true when the firmware logged a SUBACK since it last started connecting to the broker */
	public boolean subscribed() {
		for (int i = this.transcript.size() - 1; i >= 0; i--) {
			String line = this.transcript.get(i);
			if (line.contains("MQTT SUBSCRIBED")) {
				return true;
			}
			if (line.equals("STATE BROKER_CONNECT")) {
				return false;
			}
		}
		return false;
	}

	/** @return the firmware thread is alive */
	public boolean running() {
		return this.thread.isAlive();
	}

	@Override
	public void onState(int newState, String name) {
		this.state = newState;
		this.states.add(new StateChange(this.clock.monotonicMillis(), newState));
		this.transcript.add("STATE " + name);
	}

	@Override
	public void onError(int error, String code, String message) {
		this.errors.add(code + ' ' + message);
		this.transcript.add("ERROR " + code + ' ' + message);
	}

	@Override
	public void onPublished(String topic, byte[] payload, int length, boolean queued) {
		this.transcript.add("PUBLISHED " + topic + ' ' + new String(payload, 0, length, StandardCharsets.UTF_8)
				+ (queued ? " (queued)" : ""));
	}

	@Override
	public void onReceived(byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen) {
		String payload = new String(buf, payloadOff, payloadLen, StandardCharsets.UTF_8);
		this.received.add(payload);
		this.transcript.add("RECEIVED " + new String(buf, topicOff, topicLen, StandardCharsets.UTF_8) + ' '
				+ payload);
	}

	@Override
	public void onDisplay(String text) {
		this.shown.add(text);
		this.transcript.add("DISPLAY " + text);
	}

	/** Stops the firmware and waits (bounded) for its thread. */
	@Override
	public void close() throws InterruptedException {
		this.firmware.stop();
		this.wifi.setInRange(false); // closes the link underneath, as a power-off would
		this.thread.join(5000);
	}

	/** Collects the serial log's echo into the transcript, line by line. */
	private final class LineSink extends OutputStream {
		private final List<Byte> line = new ArrayList<>();

		@Override
		public synchronized void write(int b) {
			if (b == '\n') {
				byte[] bytes = new byte[this.line.size()];
				for (int i = 0; i < bytes.length; i++) {
					bytes[i] = this.line.get(i);
				}
				SimBoard.this.transcript.add(new String(bytes, StandardCharsets.UTF_8));
				this.line.clear();
			} else {
				this.line.add((byte) b);
			}
		}
	}
}
