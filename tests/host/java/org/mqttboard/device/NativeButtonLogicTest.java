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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.microej.ButtonEventCodec;

/**
 * The C button natives on the host: every board source compiles warning-free ({@code gcc -std=c99 -Wall -Wextra
 * -Werror -pedantic}) against the header shims; the pure logic's C unit test passes and the Java decoder reads exactly
 * what the C encoder wrote (the C test prints its encoded vectors); and the interrupt-to-task hand-off of every board
 * runs against fakes of FreeRTOS, LLEVENT and the board SDK ({@code native/test/host_fakes.c}): LLEVENT_offerEvent is
 * only ever called from the relay task and its results 0, -1, -2 are counted as delivered, invalid, refused. Each
 * harness is shown able to fail on a mutated source. Fails, never skips, when gcc is missing.
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
		compileOnly("esp32/mqb_buttons_esp32.c", "esp32-wrover-kit", "esp32");
	}

	@Test
	public void esp32Natives_compileWithoutWarnings_forS3DevKitCPins() throws Exception {
		compileOnly("esp32/mqb_buttons_esp32.c", "esp32-s3-devkitc", "esp32");
	}

	@Test
	public void amb82Natives_compileWithoutWarnings_againstAmebaPro2Shims() throws Exception {
		compileOnly("amb82-mini/mqb_buttons_amb82.c", "amb82-mini", "amb82-mini");
	}

	@Test
	public void relay_compilesWithoutWarnings_onEsp32AndAmebaFreeRtosIncludes() throws Exception {
		compileOnly("common/mqb_button_relay.c", "esp32-wrover-kit", "esp32");
		compileOnly("common/mqb_button_relay.c", "amb82-mini", "amb82-mini");
	}

	@Test
	public void handOff_wroverKit_offersFromTheTaskOnly_andCountsEveryResult() throws Exception {
		assertRelayPasses("esp32-wrover-kit", null);
	}

	@Test
	public void handOff_s3DevKitC_offersFromTheTaskOnly_andCountsEveryResult() throws Exception {
		assertRelayPasses("esp32-s3-devkitc", null);
	}

	@Test
	public void handOff_amb82Mini_offersFromTheTaskOnly_andCountsEveryResult() throws Exception {
		assertRelayPasses("amb82-mini", null);
	}

	@Test
	public void handOffHarness_fails_whenTheInterruptOffersDirectly() throws Exception {
		// The design this replaces: LLEVENT_offerEvent inside the GPIO interrupt. The LLEVENT fake must catch it.
		Result r = relay("esp32-wrover-kit", Map.of("if (xQueueSendFromISR(mqb_queue, &data, &woken) != pdTRUE) {",
				"mqb_button_count_offer(&mqb_state, LLEVENT_offerEvent(mqb_event_type, data));\n\tif (0) {"));
		assertEquals(r.output, 1, r.exit);
		assertTrue(r.output, r.output.contains("FAIL LLEVENT_offerEvent called in interrupt context"));
	}

	@Test
	public void handOffHarness_fails_whenFifoFullIsCountedAsDelivered() throws Exception {
		// The defect this replaces: "if (!LLEVENT_offerEvent(..)) dropped++" counted every success as a drop.
		Result r = relay("amb82-mini", Map.of("state->refused++;", "state->delivered++;"));
		assertEquals(r.output, 1, r.exit);
		assertTrue(r.output, r.output.contains("FAIL line"));
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

	private static void compileOnly(String source, String board, String rtos) throws Exception {
		Path object = work.resolve(board + "-" + Path.of(source).getFileName() + ".o");
		List<String> cmd = new ArrayList<>(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-c"));
		cmd.addAll(includes(board, rtos));
		cmd.addAll(List.of("-o", object.toString(), nativeDir.resolve(source).toString()));
		Result r = run(cmd);
		assertEquals("gcc -Werror failed for " + source + " (" + board + "):\n" + r.output, 0, r.exit);
		assertTrue(Files.size(object) > 0);
	}

	/** Include path of one board: shims (plus the bare FreeRTOS names on Ameba), common, pins, RTOS header. */
	private static List<String> includes(String board, String rtos) {
		List<String> out = new ArrayList<>(List.of("-I" + nativeDir.resolve("host-shims")));
		if (rtos.equals("amb82-mini")) {
			out.add("-I" + nativeDir.resolve("host-shims/freertos"));
		}
		out.addAll(List.of("-I" + nativeDir.resolve("common"), "-I" + nativeDir.resolve(board),
				"-I" + nativeDir.resolve(rtos), "-I" + nativeDir.resolve("test")));
		return out;
	}

	private static void assertRelayPasses(String board, Map<String, String> mutations) throws Exception {
		Result r = relay(board, mutations);
		assertEquals(r.output, 0, r.exit);
		assertTrue(r.output, r.output.contains("PASS "));
		assertFalse(r.output, r.output.contains("FAIL"));
	}

	/**
	 * Builds and runs test_mqb_button_relay.c with the board's natives, the relay (mutated when asked: each key
	 * replaced by its value, which must apply) and the fakes.
	 */
	private static Result relay(String board, Map<String, String> mutations) throws Exception {
		boolean esp32 = board.startsWith("esp32");
		String rtos = esp32 ? "esp32" : "amb82-mini";
		Path relaySource = nativeDir.resolve("common/mqb_button_relay.c");
		Path logicSource = nativeDir.resolve("common/mqb_button_logic.c");
		if (mutations != null) {
			for (Map.Entry<String, String> m : mutations.entrySet()) {
				boolean inRelay = Files.readString(relaySource, StandardCharsets.UTF_8).contains(m.getKey());
				Path original = inRelay ? relaySource : logicSource;
				String text = Files.readString(original, StandardCharsets.UTF_8);
				assertTrue("mutation does not apply: " + m.getKey(), text.contains(m.getKey()));
				Path mutated = work.resolve("mutated-" + original.getFileName());
				Files.writeString(mutated, text.replace(m.getKey(), m.getValue()), StandardCharsets.UTF_8);
				if (inRelay) {
					relaySource = mutated;
				} else {
					logicSource = mutated;
				}
			}
		}
		Path binary = work.resolve("relay-" + board + (mutations == null ? "" : "-mutated"));
		List<String> cmd = new ArrayList<>(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic",
				esp32 ? "-DMQB_HOST_ESP32" : "-DMQB_HOST_AMB82"));
		cmd.addAll(includes(board, rtos));
		cmd.addAll(List.of("-o", binary.toString(), nativeDir.resolve("test/test_mqb_button_relay.c").toString(),
				nativeDir.resolve("test/host_fakes.c").toString(), relaySource.toString(), logicSource.toString(),
				nativeDir.resolve(esp32 ? "esp32/mqb_buttons_esp32.c" : "amb82-mini/mqb_buttons_amb82.c").toString()));
		Result build = run(cmd);
		assertEquals(build.output, 0, build.exit);
		return run(List.of(binary.toString()));
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
