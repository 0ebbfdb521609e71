/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Import cycles in the device-bound code, found on bytecode references (see {@link ClassFacts#references()}):
 * <ul>
 * <li>between top-level classes, nested and inner classes folded into their top-level class ({@code A$B} counts as
 * {@code A}): a class never depends on itself through others;</li>
 * <li>between packages: a package never depends on itself through others.</li>
 * </ul>
 * Each finding names one cycle as a path, {@code a -> b -> c -> a}. Stateless.
 */
public final class CycleCheck {

	private CycleCheck() {
	}

	/**
	 * @param classes device-bound classes
	 * @return one line per cycle of top-level classes, then one per cycle of packages; empty when there is none
	 */
	public static List<String> problems(ClassSet classes) {
		List<String> out = new ArrayList<>();
		for (List<String> cycle : cycles(graph(classes, CycleCheck::topLevel))) {
			out.add("class cycle: " + String.join(" -> ", cycle));
		}
		for (List<String> cycle : cycles(graph(classes, CycleCheck::packageOf))) {
			out.add("package cycle: " + String.join(" -> ", cycle));
		}
		return out;
	}

	/** @return dotted name of the top-level class of an internal name ({@code a/B$C} gives {@code a.B}) */
	static String topLevel(String internalName) {
		int nested = internalName.indexOf('$');
		return (nested < 0 ? internalName : internalName.substring(0, nested)).replace('/', '.');
	}

	/** @return dotted package of an internal name */
	static String packageOf(String internalName) {
		int slash = internalName.lastIndexOf('/');
		return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
	}

	/** Node → nodes it references, both folded by {@code node}; only references between scanned classes count. */
	private static Map<String, Set<String>> graph(ClassSet classes, Function<String, String> node) {
		Map<String, Set<String>> g = new TreeMap<>();
		for (ClassFacts c : classes.all()) {
			String from = node.apply(c.name());
			Set<String> to = g.computeIfAbsent(from, k -> new TreeSet<>());
			for (Reference r : c.references()) {
				String owner = r.owner();
				while (owner.startsWith("[")) {
					owner = owner.substring(1);
				}
				if (owner.startsWith("L") && owner.endsWith(";")) {
					owner = owner.substring(1, owner.length() - 1);
				}
				if (classes.contains(owner)) {
					String target = node.apply(owner);
					if (!target.equals(from)) {
						to.add(target);
					}
				}
			}
		}
		return g;
	}

	/** @return one cycle (first node repeated at the end) per strongly connected component of two or more nodes */
	private static List<List<String>> cycles(Map<String, Set<String>> g) {
		List<List<String>> out = new ArrayList<>();
		for (Set<String> component : components(g)) {
			if (component.size() > 1) {
				out.add(cycleThrough(g, component));
			}
		}
		return out;
	}

	/** Tarjan's strongly connected components, iteration order of {@code g} (sorted: stable messages). */
	private static List<Set<String>> components(Map<String, Set<String>> g) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new TreeSet<>();
		List<Set<String>> out = new ArrayList<>();
		for (String v : g.keySet()) {
			if (!index.containsKey(v)) {
				strongConnect(v, g, index, low, stack, onStack, out);
			}
		}
		return out;
	}

	private static void strongConnect(String v, Map<String, Set<String>> g, Map<String, Integer> index,
			Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out) {
		index.put(v, index.size());
		low.put(v, index.get(v));
		stack.push(v);
		onStack.add(v);
		for (String w : g.getOrDefault(v, Set.of())) {
			if (!index.containsKey(w)) {
				strongConnect(w, g, index, low, stack, onStack, out);
				low.put(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.contains(w)) {
				low.put(v, Math.min(low.get(v), index.get(w)));
			}
		}
		if (low.get(v).equals(index.get(v))) {
			Set<String> component = new TreeSet<>();
			String w;
			do {
				w = stack.pop();
				onStack.remove(w);
				component.add(w);
			} while (!w.equals(v));
			out.add(component);
		}
	}

	/** @return a shortest path from the component's first node back to itself, inside the component */
	private static List<String> cycleThrough(Map<String, Set<String>> g, Set<String> component) {
		String start = component.iterator().next();
		Map<String, String> parent = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			String v = queue.poll();
			for (String w : g.getOrDefault(v, Set.of())) {
				if (!component.contains(w)) {
					continue;
				}
				if (w.equals(start)) {
					List<String> path = new ArrayList<>();
					for (String x = v; x != null; x = parent.get(x)) {
						path.add(0, x);
					}
					path.add(start);
					return path;
				}
				if (!parent.containsKey(w) && !w.equals(start)) {
					parent.put(w, v);
					queue.add(w);
				}
			}
		}
		throw new IllegalStateException("no cycle through " + component);
	}
}
