/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.mqttboard.platform.Display;

/**
 * The interactive terminal front panel of {@code ./simulate}: redraws the display (5x5 matrix as characters or
 * the LCD line), status, counters and the short log whenever they change, and reads single keys (see
 * {@link KeyCommands}). On a real terminal it switches it to unbuffered input with {@code stty} and restores it
 * on exit; without a terminal it reads keys from whole input lines.
 * <p>
 * Threading: {@link #run} owns the calling thread; a daemon thread redraws.
 */
public final class TerminalPanel {

	private static final String CLEAR = "\033[H\033[2J";

	private final BoardModel model;
	private final KeyCommands keys;
	private final PrintStream out;
	private final String header;

	/**
	 * @param model what to draw
	 * @param keys what keys do
	 * @param out the terminal
	 * @param header lines shown above the panel (how to reach the broker)
	 */
	public TerminalPanel(BoardModel model, KeyCommands keys, PrintStream out, String header) {
		this.model = model;
		this.keys = keys;
		this.out = out;
		this.header = header;
	}

	/**
	 * Renders one snapshot as text (also used for the capture in docs/simulator.md).
	 *
	 * @param view the snapshot
	 * @return the panel, lines separated by {@code \n}
	 */
	public static String render(BoardModel.View view) {
		String[] left = new String[7];
		if (view.displayKind() == Display.KIND_MATRIX_5X5) {
			left[0] = "display 5x5";
			for (int row = 0; row < 5; row++) {
				StringBuilder line = new StringBuilder("  ");
				for (int column = 0; column < 5; column++) {
					line.append((view.frame() & (1 << (row * 5 + column))) != 0 ? " #" : " .");
				}
				left[row + 1] = line.toString();
			}
			left[6] = "";
		} else {
			left[0] = view.displayKind() == Display.KIND_LCD ? "display LCD" : "display serial";
			left[1] = " +" + "-".repeat(SimDisplay.LCD_COLUMNS) + '+';
			String text = view.text().length() > SimDisplay.LCD_COLUMNS
					? view.text().substring(0, SimDisplay.LCD_COLUMNS) : view.text();
			left[2] = " |" + text + " ".repeat(SimDisplay.LCD_COLUMNS - text.length()) + '|';
			left[3] = " +" + "-".repeat(SimDisplay.LCD_COLUMNS) + '+';
			left[4] = "";
			left[5] = "";
			left[6] = "";
		}
		String[] right = {
				"status  " + (view.status().isEmpty() ? "-" : view.status()),
				"state   " + view.state(),
				"wifi    " + (view.wifiUp() ? "up" : "down") + (view.wifiInRange() ? "" : " (access point off)"),
				"broker  " + view.broker(),
				"sent " + view.published() + "   received " + view.received() + "   peer got " + view.peer(),
				"error   " + (view.lastError().isEmpty() ? "-" : view.lastError()),
				""};
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < left.length; i++) {
			String l = left[i];
			String line = l + " ".repeat(Math.max(1, 26 - l.length())) + right[i];
			text.append(line.stripTrailing()).append('\n');
		}
		text.append("log\n");
		for (String line : view.log()) {
			text.append("  ").append(line.length() > 100 ? line.substring(0, 100) : line).append('\n');
		}
		text.append(KeyCommands.help()).append('\n');
		return text.toString();
	}

	/**
	 * Runs the panel until {@code q} or end of input.
	 *
	 * @param in the keyboard
	 * @throws IOException when the keyboard cannot be read
	 */
	public void run(InputStream in) throws IOException {
		boolean tty = System.console() != null && new File("/dev/tty").exists();
		String saved = tty ? stty("-g") : null;
		Thread restore = null;
		if (saved != null) {
			stty("-icanon", "-echo", "min", "1");
			// Ctrl-C ends the JVM without running the finally block below: give the terminal back anyway.
			restore = new Thread(() -> stty(saved.strip()), "sim-tty-restore");
			Runtime.getRuntime().addShutdownHook(restore);
		}
		Thread painter = new Thread(this::paintLoop, "sim-panel");
		painter.setDaemon(true);
		painter.start();
		try {
			while (true) {
				int c = in.read();
				if (c < 0 || !this.keys.key((char) c)) {
					break;
				}
			}
		} finally {
			painter.interrupt();
			if (restore != null) {
				try {
					Runtime.getRuntime().removeShutdownHook(restore);
				} catch (IllegalStateException e) {
					// Already shutting down: the hook restores the terminal.
				}
				stty(saved.strip());
			}
		}
	}

	private void paintLoop() {
		int seen = -1;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				int version = this.model.version();
				if (version != seen) {
					seen = version;
					this.out.print(CLEAR + this.header + '\n' + render(this.model.view()));
					this.out.flush();
				}
				Thread.sleep(150);
			}
		} catch (InterruptedException e) {
			// Panel closed.
		}
	}

	/** Runs stty on the controlling terminal; returns its output, or null when it failed. */
	private static String stty(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "stty";
		System.arraycopy(args, 0, command, 1, args.length);
		try {
			Process process = new ProcessBuilder(command).redirectInput(new File("/dev/tty")).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.waitFor() == 0 ? output : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
