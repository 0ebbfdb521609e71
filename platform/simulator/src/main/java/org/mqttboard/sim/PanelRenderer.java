/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.FirmwareVersion;

/**
 * Draws the simulated board's front panel (LED matrix or LCD, status LED, buttons A/B, Wi-Fi switch, counters,
 * log) from a {@link BoardModel.View}. Pure Java 2D with a fixed layout, so the Swing window and headless tests
 * ({@link #render}) draw exactly the same pixels, and tests can find every LED with {@link #ledCenter}.
 * <p>
 * Threading: stateless apart from constants; callable from any thread.
 */
public final class PanelRenderer {

	/** Panel width in pixels. */
	public static final int WIDTH = 560;
	/** Panel height in pixels. */
	public static final int HEIGHT = 420;
	/** Colour of a lit matrix LED. */
	public static final Color LED_ON = new Color(255, 48, 32);
	/** Colour of a dark matrix LED. */
	public static final Color LED_OFF = new Color(58, 22, 20);

	/** What a click hit. */
	public enum Target {
		/** Button A. */
		BUTTON_A,
		/** Button B. */
		BUTTON_B,
		/** The Wi-Fi switch. */
		WIFI,
		/** Nothing clickable. */
		NONE
	}

	private static final int MATRIX_X = 40;
	private static final int MATRIX_Y = 70;
	private static final int LED_PITCH = 30;
	private static final int LED_RADIUS = 11;
	private static final Rectangle BUTTON_A = new Rectangle(40, 250, 60, 60);
	private static final Rectangle BUTTON_B = new Rectangle(120, 250, 60, 60);
	private static final Rectangle WIFI_SWITCH = new Rectangle(260, 250, 120, 34);
	private static final Color BOARD = new Color(20, 70, 50);
	private static final Color SILK = new Color(230, 235, 225);
	private static final Font SANS = new Font(Font.SANS_SERIF, Font.BOLD, 14);
	private static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 12);
	private static final Font LCD_FONT = new Font(Font.MONOSPACED, Font.BOLD, 16);

	private PanelRenderer() {
	}

	/**
	 * Renders a snapshot into a new image (works headless).
	 *
	 * @param view the snapshot
	 * @return a {@link #WIDTH} x {@link #HEIGHT} RGB image
	 */
	public static BufferedImage render(BoardModel.View view) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			paint(g, view);
		} finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * @param row 0 = top
	 * @param column 0 = left
	 * @return the centre pixel of that matrix LED
	 */
	public static Point ledCenter(int row, int column) {
		return new Point(MATRIX_X + column * LED_PITCH + LED_PITCH / 2, MATRIX_Y + row * LED_PITCH + LED_PITCH / 2);
	}

	/**
	 * @param x panel x
	 * @param y panel y
	 * @return what is there
	 */
	public static Target hit(int x, int y) {
		if (BUTTON_A.contains(x, y)) {
			return Target.BUTTON_A;
		}
		if (BUTTON_B.contains(x, y)) {
			return Target.BUTTON_B;
		}
		return WIFI_SWITCH.contains(x, y) ? Target.WIFI : Target.NONE;
	}

	/**
	 * Paints the whole panel.
	 *
	 * @param g where to paint, origin at the panel's top left
	 * @param view the snapshot
	 */
	public static void paint(Graphics2D g, BoardModel.View view) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(BOARD);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(SILK);
		g.setFont(SANS);
		g.drawString("mqttboard simulator  firmware " + FirmwareVersion.VERSION, 20, 28);
		if (view.displayKind() == Display.KIND_MATRIX_5X5) {
			paintMatrix(g, view.frame());
		} else {
			paintLcd(g, view.text());
		}
		paintStatus(g, view);
		paintButton(g, BUTTON_A, "A");
		paintButton(g, BUTTON_B, "B");
		paintWifi(g, view.wifiInRange());
		paintLog(g, view.log());
	}

	private static void paintMatrix(Graphics2D g, int frame) {
		g.setColor(Color.BLACK);
		g.fillRoundRect(MATRIX_X - 8, MATRIX_Y - 8, LED_PITCH * 5 + 16, LED_PITCH * 5 + 16, 12, 12);
		for (int row = 0; row < 5; row++) {
			for (int column = 0; column < 5; column++) {
				boolean on = (frame & (1 << (row * 5 + column))) != 0;
				Point c = ledCenter(row, column);
				g.setColor(on ? LED_ON : LED_OFF);
				g.fillOval(c.x - LED_RADIUS, c.y - LED_RADIUS, 2 * LED_RADIUS, 2 * LED_RADIUS);
			}
		}
	}

	private static void paintLcd(Graphics2D g, String text) {
		g.setColor(new Color(30, 40, 90));
		g.fillRect(MATRIX_X - 8, MATRIX_Y - 8, 210, 70);
		g.setColor(new Color(200, 230, 255));
		g.setFont(LCD_FONT);
		g.drawString(text.length() > SimDisplay.LCD_COLUMNS ? text.substring(0, SimDisplay.LCD_COLUMNS) : text,
				MATRIX_X, MATRIX_Y + 30);
	}

	private static void paintStatus(Graphics2D g, BoardModel.View view) {
		int x = 260;
		// The status LED as the firmware drives it (its pattern blinks).
		int led = view.led();
		g.setColor(led == 0 ? new Color(60, 60, 60) : new Color((led & 1) != 0 ? 240 : 30, (led & 2) != 0 ? 220 : 30,
				(led & 4) != 0 ? 255 : 30));
		g.fillOval(x, 60, 22, 22);
		g.setColor(SILK);
		g.setFont(SANS);
		g.drawString(view.status().isEmpty() ? "-" : view.status(), x + 32, 77);
		g.setFont(MONO);
		int y = 110;
		for (String line : new String[] {"state  " + view.state(),
				"wifi   " + (view.wifiUp() ? "up" : "down") + (view.wifiInRange() ? "" : " (AP off)"),
				"broker " + view.broker(),
				"sent " + view.published() + "  received " + view.received() + "  peer " + view.peer(),
				"error  " + (view.lastError().isEmpty() ? "-" : view.lastError()), mqtt(view.counters())}) {
			g.drawString(line.length() > 44 ? line.substring(0, 44) : line, x, y);
			y += 18;
		}
	}

	/** The session counters that fit one line; the terminal panel shows them all. */
	private static String mqtt(BoardModel.Counters c) {
		return c == null ? "mqtt   -" : "mqtt   connects " + c.connects() + "  drops " + c.drops() + "  pings "
				+ c.pings() + (c.lastPingRttMillis() < 0 ? "" : " (" + c.lastPingRttMillis() + " ms)");
	}

	private static void paintButton(Graphics2D g, Rectangle r, String label) {
		g.setColor(new Color(40, 40, 40));
		g.fillRect(r.x, r.y, r.width, r.height);
		g.setColor(new Color(90, 90, 90));
		g.fillOval(r.x + 8, r.y + 8, r.width - 16, r.height - 16);
		g.setColor(SILK);
		g.setFont(SANS);
		g.drawString(label, r.x + r.width / 2 - 5, r.y + r.height / 2 + 5);
	}

	private static void paintWifi(Graphics2D g, boolean on) {
		Rectangle r = WIFI_SWITCH;
		g.setColor(on ? new Color(40, 160, 240) : new Color(90, 90, 90));
		g.fillRoundRect(r.x, r.y, r.width, r.height, r.height, r.height);
		g.setColor(Color.WHITE);
		int knob = r.height - 8;
		g.fillOval(on ? r.x + r.width - knob - 4 : r.x + 4, r.y + 4, knob, knob);
		g.setColor(SILK);
		g.setStroke(new BasicStroke(1));
		g.setFont(SANS);
		g.drawString("Wi-Fi " + (on ? "on" : "off"), r.x + r.width + 12, r.y + r.height / 2 + 5);
	}

	private static void paintLog(Graphics2D g, List<String> log) {
		g.setColor(Color.BLACK);
		g.fillRect(10, 340 - 14 - 12, WIDTH - 20, HEIGHT - 340 + 14);
		g.setColor(new Color(180, 255, 180));
		g.setFont(MONO);
		int y = 340;
		// Newest lines at the bottom; only what fits.
		int first = Math.max(0, log.size() - 5);
		for (int i = first; i < log.size(); i++) {
			String line = log.get(i);
			g.drawString(line.length() > 76 ? line.substring(0, 76) : line, 16, y);
			y += 15;
		}
	}
}
