/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.mqttboard.app.BoardLife;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.mqtt.transport.CaFileSource;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Log;

/**
 * One running simulation: optional embedded broker, loopback SNTP responder, the simulated board running a
 * {@link BoardProgram} on its own thread, and the peer client. Implements the {@link Controls} that keys, GUI and
 * scripts use.
 * <p>
 * Threading: {@link #start} and {@link #close} from the main thread; controls from any thread.
 */
public final class Simulation implements Controls, AutoCloseable {

	/** Loopback address every simulator service binds to. */
	public static final String LOOPBACK = "127.0.0.1";
	private static final long STOP_MILLIS = 5000;

	private final SimSetup setup;
	private final Events events = new Events();
	private final BoardModel model;
	private final SimClock clock = new SimClock();
	private final SimWifi wifi = new SimWifi();
	private final SimButtons buttons = new SimButtons(this.clock);
	private final SimLog log;
	private final SimStorage storage;
	private final BoardProgram program;
	private final BiFunction<Endpoint, CaFileSource, Connector> socketConnectors;
	private EmbeddedBroker broker;
	private SntpResponder sntp;
	private PeerClient peer;
	private Thread firmwareThread;
	private String displayTopic;

	/**
	 * @param setup what to run against (options and configuration)
	 * @param program the firmware
	 * @param socketConnectors the firmware's socket connector factory, given where {@code broker.ca.files} are read
	 * @param logEcho where log lines are copied, or null
	 */
	public Simulation(SimSetup setup, BoardProgram program,
			BiFunction<Endpoint, CaFileSource, Connector> socketConnectors,
			PrintStream logEcho) {
		this.setup = setup;
		this.program = program;
		this.socketConnectors = socketConnectors;
		this.model = new BoardModel(setup.options().displayKind());
		this.log = new SimLog(this.model, logEcho);
		this.storage = new SimStorage(Path.of(setup.options().dataDir()));
		this.events.addListener(this.model::apply);
		this.wifi.onChange(() -> this.model.wifi(this.wifi.inRange(), this.wifi.isUp()));
	}

	/** @return the panel model */
	public BoardModel model() {
		return this.model;
	}

	/** @return the buttons (the GUI sends raw edges) */
	public SimButtons buttons() {
		return this.buttons;
	}

	/** @return the serial console */
	public SimLog log() {
		return this.log;
	}

	@Override
	public Events events() {
		return this.events;
	}

	/** @return the embedded broker, or null when an external broker is used */
	public EmbeddedBroker broker() {
		return this.broker;
	}

	/**
	 * Starts the services and the peer and prepares the board; {@link #powerOn} switches the board on.
	 *
	 * @throws IOException when a service cannot bind or the configuration cannot be read
	 * @throws MqttException when the peer cannot reach the broker
	 */
	public void start() throws IOException, MqttException {
		this.sntp = new SntpResponder(LOOPBACK, 0, this.clock::worldMillis);
		String brokerHost = this.setup.peerHost();
		int brokerPort = this.setup.peerPort();
		if (this.setup.options().startsEmbeddedBroker()) {
			this.broker = new EmbeddedBroker(LOOPBACK);
			this.broker.start(this.setup.options().embeddedPort());
			brokerHost = LOOPBACK;
			brokerPort = this.broker.port();
		}
		AtomicFile stored = new AtomicFile(this.storage, BoardLife.CONFIG_FILE);
		ConfigSource config = this.setup.boardSource(stored, brokerHost, brokerPort, LOOPBACK, this.sntp.port());
		ConfigSource page = this.setup.pageSource(stored, brokerHost, brokerPort, LOOPBACK, this.sntp.port());
		this.displayTopic = SimSetup.displayTopic(config);
		this.model.broker(brokerHost == null ? SimSetup.describeBroker(config)
				: brokerHost + ':' + brokerPort + (this.broker != null ? " (embedded)" : ""));
		SimDisplay display = new SimDisplay(this.setup.options().displayKind(), this.model);
		Board board = new Board("simulator", this.clock, this.wifi,
				new SimNetwork(this.wifi, endpoint -> this.socketConnectors.apply(endpoint, caFiles(stored)), this.events),
				this.buttons, display, this.log, config);
		if (brokerHost != null) {
			this.peer = new PeerClient(brokerHost, brokerPort, this.events);
			this.peer.connect();
		}
		this.firmwareThread = new Thread(() -> {
			try {
				this.program.run(board, this.storage, page, this.events, this.model);
			} catch (Throwable e) {
				this.log.log(Log.ERROR, "simulator: the firmware stopped: " + e);
			}
		}, "firmware");
	}

	/**
	 * @param stored the stored configuration
	 * @return where {@code broker.ca.files} are read: beside the configuration in force, i.e. the board's storage
	 *         when a configuration is stored (or none was given), else the folder of the {@code --config} file
	 */
	private CaFileSource caFiles(AtomicFile stored) {
		String file = this.setup.options().configFile();
		if (stored.exists() || file == null) {
			return this.storage;
		}
		Path folder = Path.of(file).toAbsolutePath().getParent();
		return new SimStorage(folder);
	}

	@Override
	public synchronized void powerOn() {
		if (this.firmwareThread != null && this.firmwareThread.getState() == Thread.State.NEW) {
			this.firmwareThread.start();
		}
	}

	/** @return the topic the {@code p} key publishes to (valid after {@link #start}) */
	public String displayTopic() {
		return this.displayTopic;
	}

	/** @return how the broker can be reached from other programs, or null when it is the config's own */
	public String brokerAddress() {
		if (this.broker != null) {
			return this.broker.host() + ' ' + this.broker.port();
		}
		return this.setup.peerHost() == null ? null : this.setup.peerHost() + ' ' + this.setup.peerPort();
	}

	@Override
	public void hold(int button, long millis) throws InterruptedException {
		this.buttons.hold(button, millis);
	}

	@Override
	public void wifi(boolean inRange) {
		this.wifi.setInRange(inRange);
		this.log.log(Log.INFO, "simulator: access point " + (inRange ? "in range" : "out of range"));
	}

	@Override
	public boolean wifiInRange() {
		return this.wifi.inRange();
	}

	@Override
	public void clockOffset(long seconds) {
		this.clock.setWorldOffsetSeconds(seconds);
		this.log.log(Log.INFO, "simulator: world clock offset " + seconds + " s");
	}

	@Override
	public void peerPublish(String topic, String payload, int qos, boolean retain) throws Exception {
		requirePeer().publish(topic, payload, qos, retain);
	}

	@Override
	public void peerSubscribe(String filter) throws Exception {
		requirePeer().subscribe(filter);
	}

	private PeerClient requirePeer() {
		if (this.peer == null) {
			throw new IllegalStateException("no peer: the configuration's own broker is used; add --broker or "
					+ "--broker embedded");
		}
		return this.peer;
	}

	/** Stops the firmware, the peer and the services; bounded in time; idempotent. */
	@Override
	public synchronized void close() {
		this.program.stop();
		if (this.firmwareThread != null && this.firmwareThread.getState() != Thread.State.NEW) {
			try {
				this.firmwareThread.join(STOP_MILLIS);
				if (this.firmwareThread.isAlive()) {
					this.firmwareThread.interrupt();
					this.firmwareThread.join(STOP_MILLIS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.peer != null) {
			this.peer.close();
		}
		if (this.broker != null) {
			this.broker.close();
		}
		if (this.sntp != null) {
			this.sntp.close();
		}
	}
}
