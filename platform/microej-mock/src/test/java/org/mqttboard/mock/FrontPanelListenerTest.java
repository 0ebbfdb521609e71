/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import ej.event.EventQueueMock;

/**
 * The front panel's button listener ({@code platform/microej-frontpanel}), compiled against a stub of the Front Panel
 * widget and run with this mock on its class path as in the Simulator: pressing and releasing button B offers the two
 * events of button B through the mock; without the mock, a press is reported, never thrown.
 */
public class FrontPanelListenerTest {

	private static final Path ROOT = Paths.get(System.getProperty("mqttboard.root", "../..")).toAbsolutePath().normalize();
	private static final int TYPE = 11;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@BeforeClass
	public static void startTheSharedDriver() {
		SimulatedButtons.get().start(TYPE); // what the firmware does through ButtonNatives.start; once per JVM
	}

	@Test
	public void pressAndRelease_ofButtonB_areOfferedThroughTheMock() throws Exception {
		EventQueueMock.offers.clear();
		EventQueueMock.result = 0;
		int delivered = SimulatedButtons.get().delivered();
		try (URLClassLoader panel = compilePanel(getClass().getClassLoader())) {
			click(panel, 1);
		}
		assertEquals(List.of(TYPE + ":" + ((1 << 20) | (1 << 22)), TYPE + ":" + (1 << 20)), EventQueueMock.offers);
		assertEquals(delivered + 2, SimulatedButtons.get().delivered());
	}

	@Test
	public void withoutTheMockInstalled_aPressIsReported_notThrown() throws Exception {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		try (URLClassLoader panel = compilePanel(ClassLoader.getPlatformClassLoader())) {
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			click(panel, 0);
		} finally {
			System.setErr(err);
		}
		String text = captured.toString(StandardCharsets.UTF_8);
		assertTrue(text, text.contains("button 0 ignored, the button mock is not installed"));
	}

	private static void click(ClassLoader panel, int id) throws Exception {
		Class<?> button = panel.loadClass("ej.fp.widget.Button");
		Object widget = button.getConstructor(int.class).newInstance(id);
		Object listener = panel.loadClass("org.mqttboard.frontpanel.EventQueueButtonListener").getConstructor().newInstance();
		listener.getClass().getMethod("press", button).invoke(listener, widget);
		listener.getClass().getMethod("release", button).invoke(listener, widget);
	}

	/** Compiles the front panel's Java sources with the widget stub; loads them under {@code parent}. */
	private URLClassLoader compilePanel(ClassLoader parent) throws Exception {
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> s = Files.walk(ROOT.resolve("platform/microej-frontpanel/src/main/java"))) {
			s.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
		}
		URL stub = getClass().getClassLoader().getResource("fp-stubs/ej/fp/widget/Button.java");
		assertNotNull(stub);
		sources.add(Paths.get(stub.toURI()));
		Path out = this.tmp.newFolder().toPath();
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		StringWriter diagnostics = new StringWriter();
		try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			boolean ok = javac.getTask(diagnostics, fm, null, List.of("--release", "8", "-Xlint:-options", "-d",
					out.toString()), null, fm.getJavaFileObjectsFromPaths(sources)).call();
			assertTrue(diagnostics.toString(), ok);
		}
		return new URLClassLoader(new URL[] { out.toUri().toURL() }, parent);
	}
}
