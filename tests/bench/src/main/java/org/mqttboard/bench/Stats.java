/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.util.Arrays;

/** Order statistics of repeated measurements. Host-only. */
final class Stats {

	private final double[] values;

	Stats(double[] values) {
		this.values = values.clone();
		Arrays.sort(this.values);
	}

	static Stats of(java.util.List<Double> list) {
		double[] v = new double[list.size()];
		for (int i = 0; i < v.length; i++) {
			v[i] = list.get(i);
		}
		return new Stats(v);
	}

	/** @param q quantile in [0, 1], nearest-rank */
	double quantile(double q) {
		if (this.values.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * this.values.length);
		return this.values[Math.max(0, Math.min(this.values.length - 1, rank - 1))];
	}

	double median() {
		return quantile(0.5);
	}

	double min() {
		return this.values.length == 0 ? Double.NaN : this.values[0];
	}

	double max() {
		return this.values.length == 0 ? Double.NaN : this.values[this.values.length - 1];
	}

	int count() {
		return this.values.length;
	}
}
