/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Result of one gate run: the violations, and which declared library satisfied at least one reference (with one
 * example), so the module.ivy check can tell a used dependency from an unused one. Immutable.
 *
 * @param violations every violation, in class order
 * @param used       library → one reference it satisfied ({@code class: member})
 * @param scanned    number of classes scanned
 */
public record GateReport(List<Violation> violations, Map<Library, String> used, int scanned) {

	/** Copies the collections. */
	public GateReport {
		violations = List.copyOf(violations);
		used = Collections.unmodifiableMap(used);
	}

	/** @return true when there is no violation */
	public boolean passed() {
		return violations.isEmpty();
	}

	/** @return a readable report: a summary line then one violation per line */
	public String format() {
		StringBuilder sb = new StringBuilder("API gate: ").append(scanned).append(" classes scanned, ")
				.append(violations.size()).append(" violation(s)");
		for (Violation v : violations) {
			sb.append("\n  ").append(v);
		}
		return sb.toString();
	}
}
