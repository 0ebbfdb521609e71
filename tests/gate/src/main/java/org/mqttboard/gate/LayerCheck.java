/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package layering of the device-bound code, checked on bytecode references (so it also sees fully qualified
 * names and inherited members, not only imports). Each of our packages (and its subpackages) belongs to one layer;
 * a layer may reference only the layers listed for it:
 * <pre>
 * codec     → (nothing of ours)          transport → (nothing of ours)
 * session   → codec, transport          platform  → transport
 * app       → anything in src/           microej   → anything device-bound
 * </pre>
 * Device-bound code never references host-only code (see {@link ApiGate#isHostOnly}). A device-bound package
 * with no layer is itself a finding: new packages must be placed in the design. Stateless.
 */
public final class LayerCheck {

	/** Layer name → package prefix. Order matters only for display. */
	public static final Map<String, String> LAYERS = new LinkedHashMap<>();

	/** Layer name → layers it may reference (itself implied). */
	public static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

	static {
		LAYERS.put("codec", "org/mqttboard/mqtt/codec/");
		LAYERS.put("transport", "org/mqttboard/mqtt/transport/");
		LAYERS.put("session", "org/mqttboard/mqtt/session/");
		LAYERS.put("platform", "org/mqttboard/platform/");
		LAYERS.put("app", "org/mqttboard/app/");
		LAYERS.put("microej", "org/mqttboard/microej/");
		ALLOWED.put("codec", Set.of());
		ALLOWED.put("transport", Set.of());
		ALLOWED.put("session", Set.of("codec", "transport"));
		ALLOWED.put("platform", Set.of("transport"));
		ALLOWED.put("app", Set.of("codec", "transport", "session", "platform"));
		ALLOWED.put("microej", Set.of("codec", "transport", "session", "platform", "app"));
	}

	private LayerCheck() {
	}

	/** @return the layer of an internal class name, or {@code null} when none */
	public static String layerOf(String internalName) {
		for (Map.Entry<String, String> e : LAYERS.entrySet()) {
			if (internalName.startsWith(e.getValue())) {
				return e.getKey();
			}
		}
		return null;
	}

	/**
	 * @param classes device-bound classes
	 * @return one readable problem per offending (class, referenced class) pair; empty when layered correctly
	 */
	public static List<String> problems(ClassSet classes) {
		Set<String> out = new LinkedHashSet<>();
		for (ClassFacts c : classes.all()) {
			String from = layerOf(c.name());
			if (from == null) {
				out.add(c.dottedName() + " is in a device-bound package with no layer: place it under one of "
						+ LAYERS.values() + " or add a layer rule to LayerCheck and docs/foundation.md");
				continue;
			}
			List<Reference> refs = new ArrayList<>(c.references());
			refs.addAll(c.forbidden());
			for (Reference r : refs) {
				String target = r.owner();
				if (target.startsWith("[") || !target.startsWith("org/mqttboard/") || target.equals(c.name())) {
					continue;
				}
				if (ApiGate.isHostOnly(target)) {
					out.add(c.dottedName() + " (" + c.sourceFile() + ") [" + from + "] references host-only "
							+ Reference.readableType(target));
					continue;
				}
				String to = layerOf(target);
				if (to == null || (!to.equals(from) && !ALLOWED.get(from).contains(to))) {
					out.add(c.dottedName() + " (" + c.sourceFile() + ") [" + from + "] must not reference "
							+ Reference.readableType(target) + " [" + (to == null ? "no layer" : to) + "]; " + from
							+ " may reference only " + ALLOWED.get(from));
				}
			}
		}
		return new ArrayList<>(out);
	}
}
