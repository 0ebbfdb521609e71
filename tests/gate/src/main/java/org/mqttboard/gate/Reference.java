/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import org.objectweb.asm.Type;

/**
 * One reference from a scanned class to a type, method or field, with where it was found.
 *
 * @param kind    what is referenced
 * @param owner   internal name of the referenced type, or of the member's owner (may be an array descriptor)
 * @param name    member name; {@code null} for a type reference
 * @param desc    member descriptor; {@code null} for a type reference
 * @param context readable place in the referencing class ("method run()", "class header", "field x")
 * @param line    source line, or -1 when the class file has no line for it
 * @param how     how the reference is made ("invokevirtual", "superclass", "catch", "ldc class literal"...)
 */
public record Reference(Kind kind, String owner, String name, String desc, String context, int line, String how) {

	/** What a reference points at. */
	public enum Kind {
		TYPE, METHOD, FIELD
	}

	/** @return the referenced type or member in Java notation, e.g. {@code java.lang.String.format(java.lang.String, java.lang.Object[])} */
	public String readable() {
		return readableMember(kind, owner, name, desc);
	}

	/** @return {@code owner.name(desc)} / {@code owner.name:desc} / {@code owner}: the allow-list notation */
	public String jvmNotation() {
		switch (kind) {
		case METHOD:
			return owner + '.' + name + desc;
		case FIELD:
			return owner + '.' + name + ':' + desc;
		default:
			return owner;
		}
	}

	/** Readable Java notation of a type or member given in JVM notation. */
	public static String readableMember(Kind kind, String owner, String name, String desc) {
		String type = readableType(owner);
		switch (kind) {
		case METHOD: {
			StringBuilder sb = new StringBuilder("method ").append(type).append('.').append(name).append('(');
			Type[] args = Type.getArgumentTypes(desc);
			for (int i = 0; i < args.length; i++) {
				sb.append(i == 0 ? "" : ", ").append(args[i].getClassName());
			}
			return sb.append(") -> ").append(Type.getReturnType(desc).getClassName()).toString();
		}
		case FIELD:
			return "field " + type + '.' + name + " : " + Type.getType(desc).getClassName();
		default:
			return "type " + type;
		}
	}

	/** {@code java/util/Map$Entry} → {@code java.util.Map$Entry}; array descriptors → {@code int[]}. */
	public static String readableType(String internalName) {
		return internalName.startsWith("[") ? Type.getType(internalName).getClassName() : internalName.replace('/', '.');
	}
}
