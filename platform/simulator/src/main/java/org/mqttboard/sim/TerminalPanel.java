/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.FirmwareVersion;

/**
 * The interactive terminal front panel of {@code ./simulate}: redraws the display (5x5 matrix as characters or
 * the LCD line), status, counters and the short log whenever they change, wrapping long lines at word boundaries
 * to the window's width, and reads single keys (see {@link KeyCommands}). The terminal is driven through JLine
 * (raw keys and the window size through its native library on Linux, macOS and Windows), and given back as it was.
 * <p>
 * Threading: {@link #run} owns the calling thread; a daemon thread redraws.
 */
public final class TerminalPanel {

	/** Width used when the terminal does not tell its own, and for {@link #render(BoardModel.View)}. */
	public static final int DEFAULT_WIDTH = 100;

	private static final String CLEAR = "\033[H\033[2J";
	/** Width of the display column on the left. */
	private static final int LEFT_COLUMNS = 26;
	/** Width of a label in the right column ({@code "status  "}). */
	private static final int LABEL_COLUMNS = 8;
	/** How long a key read waits before looking at the stop signal again, in ms. */
	private static final long KEY_POLL_MILLIS = 200;
	private static final long PAINT_MILLIS = 150;

	private final BoardModel model;
	private final KeyCommands keys;
	private final Terminal terminal;
	private final String header;

	/**
	 * @param model what to draw
	 * @param keys what keys do
	 * @param terminal the terminal (see {@link #open()}); closed by {@link #run}
	 * @param header lines shown above the panel (how to reach the broker)
	 */
	public TerminalPanel(BoardModel model, KeyCommands keys, Terminal terminal, String header) {
		this.model = model;
		this.keys = keys;
		this.terminal = terminal;
		this.header = header;
	}

	/**
	 * Opens the terminal the simulator runs in, when both standard input and standard output are one.
	 *
	 * @return the terminal, or null when there is none (input or output redirected, no terminal at all)
	 */
	public static Terminal open() {
		try {
			// Signals stay with the simulator (Ctrl-C ends it cleanly); no dumb fallback: no terminal means null.
			return TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysOut)
					.dumb(false).nativeSignals(false).build();
		} catch (IOException | IllegalStateException e) {
			return null;
		}
	}

	/**
	 * Renders one snapshot as text at {@link #DEFAULT_WIDTH} columns (also used for the capture in the README).
	 *
	 * @param view the snapshot
	 * @return the panel, lines separated by {@code \n}
	 */
	public static String render(BoardModel.View view) {
		return render(view, DEFAULT_WIDTH);
	}

	/**
	 * Renders one snapshot as text; no line is longer than {@code width} (but for a single word longer than it).
	 *
	 * @param view the snapshot
	 * @param width the terminal's width in columns
	 * @return the panel, lines separated by {@code \n}
	 */
	public static String render(BoardModel.View view, int width) {
		List<String> left = display(view);
		int valueColumns = Math.max(20, width - LEFT_COLUMNS - LABEL_COLUMNS);
		List<String> right = new ArrayList<>();
		field(right, "status", view.status().isEmpty() ? "-" : view.status(), valueColumns);
		field(right, "led", view.ledText(), valueColumns);
		field(right, "version", FirmwareVersion.VERSION, valueColumns);
		field(right, "state", view.state(), valueColumns);
		field(right, "wifi", (view.wifiUp() ? "up" : "down") + (view.wifiInRange() ? "" : " (access point off)"),
				valueColumns);
		field(right, "broker", view.broker(), valueColumns);
		right.addAll(indent("wire", wrap(List.of("sent " + view.published(), "received " + view.received(),
				"peer got " + view.peer()), "   ", valueColumns)));
		right.addAll(indent("mqtt", view.counters() == null ? List.of("-")
				: wrap(view.counters().items(), "  ", valueColumns)));
		field(right, "error", view.lastError().isEmpty() ? "-" : view.lastError(), valueColumns);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
			String l = i < left.size() ? left.get(i) : "";
			String r = i < right.size() ? right.get(i) : "";
			text.append((l + " ".repeat(Math.max(1, LEFT_COLUMNS - l.length())) + r).stripTrailing()).append('\n');
		}
		text.append("log\n");
		for (String line : view.log()) {
			List<String> parts = wrap(line, Math.max(20, width - 4));
			for (int i = 0; i < parts.size(); i++) {
				text.append(i == 0 ? "  " : "    ").append(parts.get(i)).append('\n');
			}
		}
		for (String line : wrap(KeyCommands.help(), Math.max(20, width))) {
			text.append(line).append('\n');
		}
		return text.toString();
	}

	/**
	 * Splits text at blanks into lines of at most {@code width} characters; a word longer than that is cut.
	 *
	 * @param text one line of text
	 * @param width columns, at least 1
	 * @return the lines, at least one
	 */
	static List<String> wrap(String text, int width) {
		return wrap(Arrays.asList(text.split(" ", -1)), " ", width);
	}

	/**
	 * Joins items with a separator into lines of at most {@code width} characters, breaking only between items (an
	 * item longer than a line is cut into pieces).
	 */
	private static List<String> wrap(List<String> items, String separator, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		boolean started = false;
		for (String item : items) {
			if (started && line.length() + separator.length() + item.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
				started = false;
			}
			if (started) {
				line.append(separator);
			}
			String rest = item;
			while (line.length() + rest.length() > width) {
				int take = width - line.length();
				lines.add(line.append(rest, 0, take).toString());
				line.setLength(0);
				rest = rest.substring(take);
			}
			line.append(rest);
			started = true;
		}
		lines.add(line.toString());
		return lines;
	}

	private static void field(List<String> right, String label, String value, int valueColumns) {
		right.addAll(indent(label, wrap(value, valueColumns)));
	}

	private static List<String> indent(String label, List<String> values) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String first = i == 0 ? label : "";
			lines.add(first + " ".repeat(LABEL_COLUMNS - first.length()) + values.get(i));
		}
		return lines;
	}

	private static List<String> display(BoardModel.View view) {
		List<String> left = new ArrayList<>();
		if (view.displayKind() == Display.KIND_MATRIX_5X5) {
			left.add("display 5x5");
			for (int row = 0; row < 5; row++) {
				StringBuilder line = new StringBuilder("  ");
				for (int column = 0; column < 5; column++) {
					line.append((view.frame() & (1 << (row * 5 + column))) != 0 ? " #" : " .");
				}
				left.add(line.toString());
			}
		} else {
			left.add(view.displayKind() == Display.KIND_LCD ? "display LCD" : "display serial");
			left.add(" +" + "-".repeat(SimDisplay.LCD_COLUMNS) + '+');
			String text = view.text().length() > SimDisplay.LCD_COLUMNS
					? view.text().substring(0, SimDisplay.LCD_COLUMNS) : view.text();
			left.add(" |" + text + " ".repeat(SimDisplay.LCD_COLUMNS - text.length()) + '|');
			left.add(" +" + "-".repeat(SimDisplay.LCD_COLUMNS) + '+');
		}
		return left;
	}

	/**
	 * Runs the panel until {@code q}, end of input or {@code stop}; then gives the terminal back as it was.
	 *
	 * @param stop counted down to end the panel (SIGINT, SIGTERM)
	 * @throws IOException when the keyboard cannot be read
	 */
	public void run(CountDownLatch stop) throws IOException {
		Attributes saved = this.terminal.enterRawMode();
		Thread painter = new Thread(this::paintLoop, "sim-panel");
		painter.setDaemon(true);
		painter.start();
		try {
			NonBlockingReader reader = this.terminal.reader();
			while (stop.getCount() > 0) {
				int c = reader.read(KEY_POLL_MILLIS);
				if (c == NonBlockingReader.READ_EXPIRED) {
					continue;
				}
				if (c < 0 || !this.keys.key((char) c)) {
					break;
				}
			}
		} finally {
			painter.interrupt();
			try {
				painter.join(1000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			this.terminal.setAttributes(saved);
			this.terminal.writer().flush();
			this.terminal.close();
		}
	}

	private void paintLoop() {
		PrintWriter out = this.terminal.writer();
		int seen = -1;
		int seenWidth = -1;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				int version = this.model.version();
				int width = this.terminal.getWidth() > 0 ? this.terminal.getWidth() : DEFAULT_WIDTH;
				if (version != seen || width != seenWidth) {
					seen = version;
					seenWidth = width;
					out.print(CLEAR + String.join("\n", wrap(this.header, width)) + '\n'
							+ render(this.model.view(), width));
					out.flush();
				}
				Thread.sleep(PAINT_MILLIS);
			}
		} catch (InterruptedException e) {
			// Panel closed.
		}
	}
}
