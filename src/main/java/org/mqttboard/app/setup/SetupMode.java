/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ServerSocket;
import java.net.Socket;

import org.mqttboard.app.bringup.LedPattern;
import org.mqttboard.app.bringup.StatusLight;
import org.mqttboard.app.display.Scroller;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.Storage;

/**
 * Setup mode: opens the board's access point ({@code mqttboard-<last 4 hex digits of the MAC>}, WPA2 with a random
 * passphrase made for this boot), shows {@code SETUP}, the network and its passphrase on the display and the serial
 * console, and serves the setup page one connection at a time until the user saves a configuration, or until
 * {@link #IDLE_MILLIS} pass without a request while a valid configuration exists. Entered when the configuration in
 * force is not valid, or when button A is held through boot ({@link BootHold}).
 * <p>
 * Memory: built only when setup mode starts; its buffers (HTTP head and I/O, the secret filter, the scan table)
 * are allocated here, once. Threading: {@link #run} on the main loop thread, which it keeps until it returns;
 * {@link #stop} from any thread.
 */
public final class SetupMode {

	/** {@link #run}: a configuration was saved; restart into normal mode. */
	public static final int SAVED = 1;
	/** {@link #run}: no request for {@link #IDLE_MILLIS} and the configuration in force is valid: normal mode. */
	public static final int IDLE = 2;
	/** {@link #run}: {@link #stop()} was called. */
	public static final int STOPPED = 3;
	/** {@link #run}: the access point or the server socket failed (logged); the caller reboots or halts. */
	public static final int FAILED = 4;

	/** Setup mode ends after this long without a request when a valid configuration exists, ms (15 min). */
	public static final int IDLE_MILLIS = 15 * 60 * 1000;
	/** Longest wait for one read from the browser, ms. */
	static final int READ_TIMEOUT_MILLIS = 10000;
	/** Longest time for a whole request (a 64 KiB configuration over a slow link included), ms. */
	static final int REQUEST_MILLIS = 30000;
	/** How often the accept loop looks at the time (idle end, display scrolling), ms. */
	static final int ACCEPT_POLL_MILLIS = 250;
	private static final int PASSPHRASE_CHARS = 12;
	private static final int TOKEN_BYTES = 16;
	/** Bytes of randomness {@link SetupMode} needs: passphrase and token. */
	public static final int ENTROPY_BYTES = PASSPHRASE_CHARS + TOKEN_BYTES;
	/** Passphrase alphabet: lower case and digits without the look-alikes 0/o, 1/l/i (32 symbols, 5 bits each). */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789-";
	private static final String HEX = "0123456789abcdef";
	private static final int SCROLL_STEP_MILLIS = 120;

	private final Clock clock;
	private final Display display;
	/** The status LED: the setup pattern, stepped by the accept loop (every {@link #ACCEPT_POLL_MILLIS} at most). */
	private final StatusLight light;
	private final Log log;
	private final AccessPointRadio radio;
	private final ConfigSource current;
	private final String ssid;
	private final String passphrase;
	private final SetupRoutes routes;
	private final HttpServer server;
	private Scroller scroller;
	private String address;
	private volatile boolean stopped;

	/**
	 * @param clock time base
	 * @param display shows SETUP and the access point
	 * @param log serial console (the access point and its passphrase are printed: the user needs them)
	 * @param radio the access point and scanner
	 * @param storage where the configuration and CA files are stored
	 * @param current the configuration in force (the page starts from it; its secrets are kept by the marker)
	 * @param target where Save stores the configuration
	 * @param entropy at least {@link #ENTROPY_BYTES} random bytes from a cryptographic generator
	 *        ({@code java.security.SecureRandom}); used for the passphrase and the page token, then no longer needed
	 * @throws IOException when the setup page is not embedded
	 */
	public SetupMode(Clock clock, Display display, Log log, AccessPointRadio radio, Storage storage,
			ConfigSource current, AtomicFile target, byte[] entropy) throws IOException {
		this.clock = clock;
		this.display = display;
		this.light = new StatusLight(display);
		this.log = log;
		this.radio = radio;
		this.current = current;
		this.ssid = accessPointName(radio.macAddress());
		this.passphrase = passphrase(entropy, 0);
		this.routes = new SetupRoutes(hex(entropy, PASSPHRASE_CHARS, TOKEN_BYTES), current, target, storage, radio);
		this.server = new HttpServer(this.routes, clock, READ_TIMEOUT_MILLIS, REQUEST_MILLIS);
	}

	/** @return the access point's name */
	public String ssid() {
		return this.ssid;
	}

	/** @return the access point's WPA2 passphrase */
	public String passphrase() {
		return this.passphrase;
	}

	/** @return the board's address on its access point, null before {@link #openAccessPoint} */
	public String address() {
		return this.address;
	}

	/**
	 * Opens the access point and tells the user how to reach the page.
	 *
	 * @param port the TCP port the page is served on (80 on a board)
	 * @return true when the access point is up
	 */
	public boolean openAccessPoint(int port) {
		try {
			this.address = this.radio.startAccessPoint(this.ssid, this.passphrase);
		} catch (IOException e) {
			this.log.log(Log.ERROR, "setup: cannot open access point " + this.ssid + ": " + e.getMessage());
			this.display.showStatus("ERR SETUP");
			this.light.show(LedPattern.OTHER_ERROR);
			this.light.step(this.clock.monotonicMillis());
			return false;
		}
		String url = "http://" + this.address + (port == 80 ? "" : ":" + port) + "/";
		this.log.log(Log.INFO, "SETUP: join Wi-Fi " + this.ssid + " with passphrase " + this.passphrase
				+ ", then open " + url);
		this.display.showStatus("SETUP");
		this.light.show(LedPattern.SETUP_MODE);
		String text = "SETUP " + this.ssid + " " + this.passphrase + " " + url;
		// Scrolls on the matrix and on a text line narrower than the text, so the whole passphrase and URL are seen.
		char[] chars = text.toCharArray();
		this.scroller = new Scroller(this.display, this.display.kind() == Display.KIND_MATRIX_5X5,
				this.display.columns(), chars.length, SCROLL_STEP_MILLIS);
		this.scroller.show(chars, chars.length, this.clock.monotonicMillis());
		return true;
	}

	/**
	 * Serves the setup page until the user saves, the idle time ends with a valid configuration, or {@link #stop()}.
	 * The access point is closed on return.
	 *
	 * @param listener bound server socket (port 80 on a board, a loopback port in the simulator); closed on return
	 * @return {@link #SAVED}, {@link #IDLE}, {@link #STOPPED} or {@link #FAILED}
	 */
	public int run(ServerSocket listener) {
		try {
			long lastRequest = this.clock.monotonicMillis();
			listener.setSoTimeout(ACCEPT_POLL_MILLIS);
			while (!this.stopped) {
				Socket s = accept(listener);
				long now = this.clock.monotonicMillis();
				if (s != null) {
					this.server.serve(s);
					lastRequest = this.clock.monotonicMillis();
					if (this.routes.saved()) {
						this.log.log(Log.INFO, "setup: configuration saved; restarting");
						return SAVED;
					}
				} else if (now - lastRequest >= IDLE_MILLIS) {
					if (ConfigCheck.check(this.current, null) == 0) {
						this.log.log(Log.INFO, "setup: no request for 15 min and the configuration is valid; leaving");
						return IDLE;
					}
					lastRequest = now; // nothing valid to go back to: keep serving
				}
				if (this.scroller != null) {
					this.scroller.step(now);
				}
				this.light.step(now);
			}
			return STOPPED;
		} catch (IOException e) {
			this.log.log(Log.ERROR, "setup: the page server failed: " + e.getMessage());
			return FAILED;
		} finally {
			try {
				listener.close();
			} catch (IOException e) {
				// closed either way
			}
			this.radio.stopAccessPoint();
		}
	}

	/** Makes {@link #run} return {@link #STOPPED} within {@link #ACCEPT_POLL_MILLIS}; callable from any thread. */
	public void stop() {
		this.stopped = true;
	}

	/** @return the next connection, or null when none came within the poll time */
	private static Socket accept(ServerSocket listener) throws IOException {
		try {
			return listener.accept();
		} catch (InterruptedIOException e) {
			return null; // poll time: look at the clock
		}
	}

	/**
	 * @param mac the radio's MAC address, or null
	 * @return {@code mqttboard-} and the last 4 hex digits of the MAC ({@code mqttboard-setup} without one)
	 */
	static String accessPointName(byte[] mac) {
		if (mac == null || mac.length < 2) {
			return "mqttboard-setup";
		}
		return "mqttboard-" + hex(mac, mac.length - 2, 2);
	}

	/**
	 * @param entropy random bytes
	 * @param off first byte used
	 * @return a {@value #PASSPHRASE_CHARS}-character passphrase, 5 random bits per character (60 bits)
	 */
	static String passphrase(byte[] entropy, int off) {
		char[] c = new char[PASSPHRASE_CHARS];
		for (int i = 0; i < c.length; i++) {
			c[i] = ALPHABET.charAt(entropy[off + i] & 0x1F);
		}
		return new String(c);
	}

	private static String hex(byte[] b, int off, int len) {
		char[] c = new char[2 * len];
		for (int i = 0; i < len; i++) {
			c[2 * i] = HEX.charAt((b[off + i] >> 4) & 0xF);
			c[2 * i + 1] = HEX.charAt(b[off + i] & 0xF);
		}
		return new String(c);
	}
}
