/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The {@code --gui} window: the front panel drawn by {@link PanelRenderer}; click or hold buttons A/B (press and
 * release are real edges), click the Wi-Fi switch; keys as in the terminal ({@code a b w p q}).
 * <p>
 * Threading: built and driven on the Swing event thread; {@link #awaitClosed} blocks the caller.
 */
public final class FrontPanelWindow {

	private final CountDownLatch closed = new CountDownLatch(1);

	private FrontPanelWindow() {
	}

	/**
	 * Opens the window.
	 *
	 * @param model what to draw
	 * @param keys the terminal key handler (shared key bindings)
	 * @param buttons the board buttons, for real press/release edges on mouse down/up
	 * @return the window handle
	 * @throws Exception when no display is available
	 */
	public static FrontPanelWindow open(BoardModel model, KeyCommands keys, SimButtons buttons) throws Exception {
		FrontPanelWindow window = new FrontPanelWindow();
		SwingUtilities.invokeAndWait(() -> window.build(model, keys, buttons));
		return window;
	}

	private void build(BoardModel model, KeyCommands keys, SimButtons buttons) {
		JFrame frame = new JFrame("mqttboard simulator");
		JComponent panel = new JComponent() {
			private static final long serialVersionUID = 1L;

			@Override
			protected void paintComponent(Graphics g) {
				PanelRenderer.paint((Graphics2D) g, model.view());
			}
		};
		panel.setPreferredSize(new Dimension(PanelRenderer.WIDTH, PanelRenderer.HEIGHT));
		panel.setFocusable(true);
		panel.addMouseListener(new MouseAdapter() {
			private int held = -1;

			@Override
			public void mousePressed(MouseEvent e) {
				switch (PanelRenderer.hit(e.getX(), e.getY())) {
				case BUTTON_A -> this.held = 0;
				case BUTTON_B -> this.held = 1;
				case WIFI -> keys.key('w');
				default -> this.held = -1;
				}
				if (this.held >= 0) {
					buttons.edge(this.held, true);
				}
			}

			@Override
			public void mouseReleased(MouseEvent e) {
				if (this.held >= 0) {
					buttons.edge(this.held, false);
					this.held = -1;
				}
			}
		});
		panel.addKeyListener(new KeyAdapter() {
			@Override
			public void keyTyped(KeyEvent e) {
				if (!keys.key(e.getKeyChar())) {
					frame.dispose();
				}
			}
		});
		frame.addWindowListener(new WindowAdapter() {
			@Override
			public void windowClosed(WindowEvent e) {
				FrontPanelWindow.this.closed.countDown();
			}
		});
		frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
		frame.add(panel);
		frame.pack();
		frame.setVisible(true);
		panel.requestFocusInWindow();
		int[] seen = {-1};
		new Timer(100, e -> {
			if (!frame.isDisplayable()) {
				((Timer) e.getSource()).stop();
			} else if (model.version() != seen[0]) {
				seen[0] = model.version();
				panel.repaint();
			}
		}).start();
	}

	/**
	 * Waits until the window is closed (by the user or the {@code q} key).
	 *
	 * @throws InterruptedException when interrupted
	 */
	public void awaitClosed() throws InterruptedException {
		this.closed.await();
	}
}
