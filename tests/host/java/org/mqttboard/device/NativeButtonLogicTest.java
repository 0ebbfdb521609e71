/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.microej.ButtonEventCodec;

/**
 * The C button natives on the host: every board source compiles warning-free ({@code gcc -std=c99 -Wall -Wextra
 * -Werror -pedantic -c}) against the header shims, the pure logic's C unit test passes, and the Java decoder reads
 * exactly what the C encoder wrote (the C test prints its encoded vectors). Fails, never skips, when gcc is missing.
 */
public class NativeButtonLogicTest {

	private static final long PROCESS_TIMEOUT_SECONDS = 60;

	private static Path nativeDir;
	private static Path work;

	@BeforeClass
	public static void findSourcesAndGcc() throws Exception {
		nativeDir = Paths.get(System.getProperty("mqttboard.root", "../.."), "platform", "microej", "native")
				.toAbsolutePath().normalize();
		assertTrue("native sources not found at " + nativeDir, Files.isDirectory(nativeDir));
		work = Files.createTempDirectory("mqb-native-");
		Result version = run(List.of("gcc", "--version"));
		assertEquals("gcc is required for the native checks (apt-get install gcc libc6-dev): " + version.output, 0,
				version.exit);
	}

	@AfterClass
	public static void deleteWork() throws IOException {
		if (work == null) {
			return;
		}
		try (var files = Files.list(work)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(p);
			}
		}
		Files.deleteIfExists(work);
	}

	@Test
	public void esp32Natives_compileWithoutWarnings_forWroverKitPins() throws Exception {
		compileOnly("esp32/mqb_buttons_esp32.c", "esp32-wrover-kit");
	}

	@Test
	public void esp32Natives_compileWithoutWarnings_forS3DevKitCPins() throws Exception {
		compileOnly("esp32/mqb_buttons_esp32.c", "esp32-s3-devkitc");
	}

	@Test
	public void amb82Natives_compileWithoutWarnings_againstAmebaPro2Shims() throws Exception {
		compileOnly("amb82-mini/mqb_buttons_amb82.c", "amb82-mini");
	}

	@Test
	public void cUnitTest_passes_andJavaDecodesEveryVectorTheSameWay() throws Exception {
		Path binary = work.resolve("test_mqb_button_logic");
		Result build = run(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic",
				"-I" + nativeDir.resolve("common"), "-o", binary.toString(),
				nativeDir.resolve("test/test_mqb_button_logic.c").toString(),
				nativeDir.resolve("common/mqb_button_logic.c").toString()));
		assertEquals(build.output, 0, build.exit);

		Result test = run(List.of(binary.toString()));
		assertEquals(test.output, 0, test.exit);
		assertTrue(test.output, test.output.contains("PASS "));

		int vectors = 0;
		for (String line : test.output.split("\n")) {
			if (!line.startsWith("VECTOR ")) {
				continue;
			}
			String[] f = line.trim().split(" ");
			int button = Integer.parseInt(f[1]);
			boolean pressed = Integer.parseInt(f[2]) != 0;
			long timeMs = Long.parseLong(f[3]);
			boolean withTimestamp = Integer.parseInt(f[4]) != 0;
			int data = (int) Long.parseLong(f[5]);

			assertTrue(line, ButtonEventCodec.isValid(data, 2));
			assertEquals(line, button, ButtonEventCodec.button(data));
			assertEquals(line, pressed, ButtonEventCodec.pressed(data));
			// Reception 37 ms after the edge, on a clock whose high bits differ from the 20 bits sent.
			long now = timeMs + 37 + (5L << 20);
			long expected = withTimestamp ? now - 37 : now;
			assertEquals(line, expected, ButtonEventCodec.edgeMillis(data, now));
			vectors++;
		}
		assertTrue("the C test printed no vectors:\n" + test.output, vectors >= 5);
	}

	@Test
	public void cUnitTest_reportsFailure_whenEncoderIsBroken() throws Exception {
		// The harness must be able to fail: a deliberately wrong encoder makes the C test exit 1.
		Path broken = work.resolve("broken_logic.c");
		String source = Files.readString(nativeDir.resolve("common/mqb_button_logic.c"), StandardCharsets.UTF_8)
				.replace("data |= MQB_EVENT_PRESSED_FLAG;", "data |= 0u;");
		assertFalse("mutation did not apply", source.contains("data |= MQB_EVENT_PRESSED_FLAG;"));
		Files.writeString(broken, source, StandardCharsets.UTF_8);
		Path binary = work.resolve("broken_test");
		Result build = run(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic",
				"-I" + nativeDir.resolve("common"), "-o", binary.toString(),
				nativeDir.resolve("test/test_mqb_button_logic.c").toString(), broken.toString()));
		assertEquals(build.output, 0, build.exit);
		Result test = run(List.of(binary.toString()));
		assertEquals(test.output, 1, test.exit);
		assertTrue(test.output, test.output.contains("FAIL line"));
	}

	private static void compileOnly(String source, String board) throws Exception {
		Path object = work.resolve(board + ".o");
		Result r = run(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-c",
				"-I" + nativeDir.resolve("host-shims"), "-I" + nativeDir.resolve("common"),
				"-I" + nativeDir.resolve(board), "-o", object.toString(), nativeDir.resolve(source).toString()));
		assertEquals("gcc -Werror failed for " + source + " (" + board + "):\n" + r.output, 0, r.exit);
		assertTrue(Files.size(object) > 0);
	}

	private static Result run(List<String> command) throws Exception {
		Path log = Files.createTempFile(work, "out-", ".txt");
		ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		Process p;
		try {
			p = pb.start();
		} catch (IOException e) {
			fail("cannot run " + command.get(0) + ": " + e.getMessage());
			throw e;
		}
		if (!p.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			fail(command + " did not finish within " + PROCESS_TIMEOUT_SECONDS + " s");
		}
		return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	private record Result(int exit, String output) {
	}
}
