/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the checks need to know about one scanned class file. Immutable.
 *
 * @param name            internal name ({@code org/mqttboard/app/App})
 * @param file            class file it was read from
 * @param sourceFile      source file name from the SourceFile attribute, or {@code "?"}
 * @param major           class file major version (51 = Java 7)
 * @param superName       internal name of the superclass, {@code null} for java/lang/Object
 * @param interfaces      internal names of the directly implemented interfaces
 * @param declared        declared members as {@code name(desc)} for methods and {@code name:desc} for fields
 * @param references      every type/member reference found (header, signatures, annotations, code)
 * @param forbidden       structural findings that are violations on their own (invokedynamic, method handles)
 * @param strings         every String constant (ldc and ConstantValue), for the resources check
 * @param publicStaticMain true when the class declares {@code public static void main(String[])}
 */
public record ClassFacts(String name, Path file, String sourceFile, int major, String superName, List<String> interfaces,
		Set<String> declared, List<Reference> references, List<Reference> forbidden, Set<String> strings,
		boolean publicStaticMain) {

	/** @return the dotted class name */
	public String dottedName() {
		return name.replace('/', '.');
	}

	/** @return the internal package name ({@code org/mqttboard/app}), empty for the default package */
	public String packageName() {
		int i = name.lastIndexOf('/');
		return i < 0 ? "" : name.substring(0, i);
	}
}
