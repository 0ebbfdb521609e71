/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.mqttboard.app.button.PayloadTemplate;
import org.mqttboard.platform.FirmwareVersion;

/**
 * One version everywhere: the constant the firmware shows (boot banner, panels, {@code ${version}}) equals the
 * {@code module.ivy} revision, the {@code build.gradle.kts} version and the {@code pom.xml} version (less
 * {@code -SNAPSHOT}).
 */
public class FirmwareVersionTest {

	private static final Path ROOT = Path.of(System.getProperty("mqttboard.root", "."));

	private static String find(String file, String regex) throws IOException {
		String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
		Matcher m = Pattern.compile(regex).matcher(text);
		assertTrue(file + " has no match for " + regex, m.find());
		return m.group(1);
	}

	@Test
	public void theConstant_equalsEveryBuildFile() throws IOException {
		assertTrue(FirmwareVersion.VERSION, FirmwareVersion.VERSION.matches("\\d+\\.\\d+\\.\\d+"));
		assertEquals("module.ivy", FirmwareVersion.VERSION, find("module.ivy", "<info [^>]*revision=\"([^\"]+)\""));
		assertEquals("build.gradle.kts", FirmwareVersion.VERSION, find("build.gradle.kts", "(?m)^version = \"([^\"]+)\""));
		assertEquals("pom.xml", FirmwareVersion.VERSION, find("pom.xml",
				"<artifactId>mqttboard-parent</artifactId>\\s*<version>([^<-]+)(?:-SNAPSHOT)?</version>"));
	}

	@Test
	public void versionPlaceholder_rendersTheVersion() {
		PayloadTemplate t = new PayloadTemplate("{\"fw\":\"${version}\",\"n\":${count}}", "board-1");
		byte[] out = new byte[64];
		int n = t.render(0, false, 7, 0, out);
		assertEquals("{\"fw\":\"" + FirmwareVersion.VERSION + "\",\"n\":7}", new String(out, 0, n,
				StandardCharsets.UTF_8));
	}
}
