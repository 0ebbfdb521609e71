/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of a MicroEJ SDK 5 {@code module.ivy} the checks read: the easyant build type, its
 * {@code ea:property} options and the dependencies. Immutable.
 *
 * @param buildType    {@code ea:build} module ({@code build-firmware-singleapp})
 * @param buildTypeRevision {@code ea:build} revision as written ({@code 2.+})
 * @param properties   {@code ea:property} name → value
 * @param dependencies every {@code dependency}, in file order
 */
public record ModuleIvy(String buildType, String buildTypeRevision, Map<String, String> properties,
		List<Dependency> dependencies) {

	/**
	 * One {@code <dependency>}.
	 *
	 * @param org  organisation
	 * @param name module name
	 * @param rev  revision as written
	 * @param conf conf mapping as written, or {@code null} (default configuration)
	 */
	public record Dependency(String org, String name, String rev, String conf) {

		/** @return {@code org:name} */
		public String id() {
			return org + ':' + name;
		}

		/** @return true for test or platform (VEE Port) dependencies, which the application code never references */
		public boolean isTestOrPlatform() {
			return conf != null && (conf.startsWith("test") || conf.startsWith("platform"));
		}
	}

	/**
	 * @param file the module.ivy
	 * @return its content
	 * @throws IOException when unreadable, not XML, or without {@code ea:build}
	 */
	public static ModuleIvy read(Path file) throws IOException {
		Document doc;
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(false);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			doc = f.newDocumentBuilder().parse(file.toFile());
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(file + ": not a valid module.ivy: " + e.getMessage(), e);
		}
		NodeList builds = doc.getElementsByTagName("ea:build");
		if (builds.getLength() != 1) {
			throw new IOException(file + ": expected exactly one <ea:build>, found " + builds.getLength());
		}
		Element build = (Element) builds.item(0);
		Map<String, String> props = new LinkedHashMap<>();
		NodeList ps = build.getElementsByTagName("ea:property");
		for (int i = 0; i < ps.getLength(); i++) {
			Element p = (Element) ps.item(i);
			props.put(p.getAttribute("name"), p.getAttribute("value"));
		}
		List<Dependency> deps = new ArrayList<>();
		NodeList ds = doc.getElementsByTagName("dependency");
		for (int i = 0; i < ds.getLength(); i++) {
			Element d = (Element) ds.item(i);
			deps.add(new Dependency(d.getAttribute("org"), d.getAttribute("name"), d.getAttribute("rev"),
					d.hasAttribute("conf") ? d.getAttribute("conf") : null));
		}
		return new ModuleIvy(build.getAttribute("module"), build.getAttribute("revision"), props, deps);
	}

	/** @return {@code org:name} of every dependency that is not a test or platform dependency */
	public Set<String> applicationLibraries() {
		Set<String> out = new LinkedHashSet<>();
		for (Dependency d : dependencies) {
			if (!d.isTestOrPlatform()) {
				out.add(d.id());
			}
		}
		return out;
	}
}
