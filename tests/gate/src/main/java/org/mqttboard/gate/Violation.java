/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

/**
 * One gate finding, worded for the developer who has to fix it.
 *
 * @param className  offending class, dotted
 * @param sourceFile its source file name ({@code "?"} when the class file has none)
 * @param line       source line, or -1 when unknown
 * @param context    where in the class ("method run()", "class header", "field x", "class file")
 * @param what       the offending reference in Java notation ("method java.lang.String.format(...) -> ...")
 * @param how        how it is referenced ("invokestatic", "catch", "superclass"...)
 * @param reason     why it is rejected
 * @param library    what would provide it / what to do instead
 */
public record Violation(String className, String sourceFile, int line, String context, String what, String how,
		String reason, String library) {

	/** @return {@code file:line}, or the file alone when the line is unknown */
	public String location() {
		return line < 0 ? sourceFile : sourceFile + ':' + line;
	}

	@Override
	public String toString() {
		return className + " (" + location() + ") in " + context + ": " + what + " [" + how + "] " + reason
				+ "; library: " + library;
	}
}
