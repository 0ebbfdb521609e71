/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.mqttboard.microej.BoardProfile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The ESP-WROVER-KIT front panel ({@code platform/microej-frontpanel}) matches the board the firmware expects: the
 * 320x240 display and MicroUI LED of {@code board.properties} and {@link BoardProfile}, one button per firmware
 * button (labels 0..n-1 = A, B) handled by the listener class the project holds, every image present and every
 * widget inside the board skin; its module.ivy has the dependencies of the VEE Port's own front panel project.
 */
public class FrontPanelTest {

	private static final Path ROOT = Paths.get(System.getProperty("mqttboard.root", "../..")).toAbsolutePath().normalize();
	private static final Path PROJECT = ROOT.resolve("platform/microej-frontpanel");
	private static final Path RESOURCES = PROJECT.resolve("src/main/resources");

	@Test
	public void wroverFrontPanel_hasTheBoardsDisplayLedAndButtons_withTheirImagesInsideTheSkin() throws Exception {
		Properties facts = new Properties();
		try (Reader r = Files.newBufferedReader(ROOT.resolve("board-config/esp32-wrover-kit/board.properties"),
				StandardCharsets.UTF_8)) {
			facts.load(r);
		}
		Element device = (Element) parse(RESOURCES.resolve("mqttboard-wrover.fp")).getElementsByTagName("device").item(0);
		assertNotNull("no <device>", device);
		BufferedImage skin = image(device.getAttribute("skin"));

		List<Element> displays = widgets(device, "ej.fp.widget.Display");
		assertEquals(1, displays.size());
		Element display = displays.get(0);
		int width = Integer.parseInt(display.getAttribute("width"));
		int height = Integer.parseInt(display.getAttribute("height"));
		assertEquals(facts.getProperty("display.size"), width + "x" + height);
		inside(skin, display, width, height);

		List<Element> leds = widgets(device, "ej.fp.widget.LED");
		assertEquals(1, leds.size());
		assertEquals(BoardProfile.forName("esp32-wrover-kit").redLed(), Integer.parseInt(leds.get(0).getAttribute("label")));
		BufferedImage ledOn = image(leds.get(0).getAttribute("ledOn"));
		BufferedImage ledOff = image(leds.get(0).getAttribute("ledOff"));
		assertEquals(ledOn.getWidth() + "x" + ledOn.getHeight(), ledOff.getWidth() + "x" + ledOff.getHeight());
		inside(skin, leds.get(0), ledOn.getWidth(), ledOn.getHeight());

		List<Element> buttons = widgets(device, "ej.fp.widget.Button");
		assertEquals(Integer.parseInt(facts.getProperty("buttons.count")), buttons.size());
		for (int i = 0; i < buttons.size(); i++) {
			Element b = buttons.get(i);
			assertEquals("labels are the firmware's button indexes (0 = A, 1 = B)", String.valueOf(i),
					b.getAttribute("label"));
			String listener = b.getAttribute("listenerClass");
			Path source = PROJECT.resolve("src/main/java").resolve(listener.replace('.', '/') + ".java");
			assertTrue(listener, Files.isRegularFile(source));
			BufferedImage up = image(b.getAttribute("skin"));
			BufferedImage down = image(b.getAttribute("pushedSkin"));
			assertEquals(up.getWidth() + "x" + up.getHeight(), down.getWidth() + "x" + down.getHeight());
			inside(skin, b, up.getWidth(), up.getHeight());
		}
	}

	@Test
	public void frontPanelModule_dependsOnWhatTheVeePortsOwnFrontPanelUses() throws IOException {
		String ivy = Files.readString(PROJECT.resolve("module.ivy"), StandardCharsets.UTF_8);
		assertTrue(ivy, ivy.contains("<dependency org=\"ej.tool.frontpanel\" name=\"widget\" rev=\"2.0.0\"/>"));
		assertTrue(ivy, ivy.contains("<dependency org=\"com.microej.pack.ui\" name=\"ui-pack\" rev=\"13.1.0\">"));
		assertTrue(ivy, ivy.contains("<artifact name=\"frontpanel\"/>"));
		String project = Files.readString(PROJECT.resolve(".project"), StandardCharsets.UTF_8);
		assertTrue(project, project.contains("<nature>ej.fp.v6.projectnature</nature>"));
	}

	private static void inside(BufferedImage skin, Element widget, int width, int height) {
		int x = Integer.parseInt(widget.getAttribute("x"));
		int y = Integer.parseInt(widget.getAttribute("y"));
		assertTrue(widget.getTagName() + " at " + x + "," + y + " " + width + "x" + height + " outside the "
				+ skin.getWidth() + "x" + skin.getHeight() + " skin",
				x >= 0 && y >= 0 && x + width <= skin.getWidth() && y + height <= skin.getHeight());
	}

	private static List<Element> widgets(Element device, String type) {
		List<Element> out = new ArrayList<>();
		NodeList children = device.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node n = children.item(i);
			if (n instanceof Element && ((Element) n).getTagName().equals(type)) {
				out.add((Element) n);
			}
		}
		return out;
	}

	private static BufferedImage image(String name) throws IOException {
		Path file = RESOURCES.resolve(name);
		assertTrue("missing image " + file, Files.isRegularFile(file));
		BufferedImage img = ImageIO.read(file.toFile());
		assertNotNull("not an image: " + file, img);
		return img;
	}

	private static Document parse(Path file) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(file.toFile());
	}
}
