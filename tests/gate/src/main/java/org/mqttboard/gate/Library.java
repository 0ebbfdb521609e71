/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

/**
 * A MicroEJ library one allow-list file describes.
 *
 * @param org     ivy organisation ({@code ej.api})
 * @param name    ivy module name ({@code edc})
 * @param rev     the revision the list was written for and module.ivy must pin ({@code 1.3.5})
 * @param file    allow-list file name, for messages
 */
public record Library(String org, String name, String rev, String file) {

	/** @return {@code org:name} */
	public String id() {
		return org + ':' + name;
	}

	/** @return the module.ivy line that declares this library */
	public String ivyLine() {
		return "<dependency org=\"" + org + "\" name=\"" + name + "\" rev=\"" + rev + "\"/>";
	}

	@Override
	public String toString() {
		return id() + ' ' + rev;
	}
}
