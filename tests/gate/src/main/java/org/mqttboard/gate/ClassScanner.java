/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Reads one class file with ASM and lists every reference it makes: superclass, interfaces, field and method
 * descriptors and generic signatures, throws clauses, annotations (and their class/enum values), catch types,
 * local variable types, and each instruction's type/field/method operand and ldc class constant. InnerClasses and
 * EnclosingMethod attributes are metadata and are not listed (any real use shows up in one of the above).
 * Stateless; one call per class file.
 */
public final class ClassScanner {

	private ClassScanner() {
	}

	/**
	 * Scans one class file.
	 *
	 * @param file the {@code .class} file
	 * @return its facts
	 * @throws IOException when the file cannot be read or is not a class file
	 */
	public static ClassFacts scan(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		ClassNode node = new ClassNode();
		try {
			new ClassReader(bytes).accept(node, 0);
		} catch (RuntimeException e) {
			throw new IOException("not a readable class file: " + file + " (" + e + ")", e);
		}
		Collector c = new Collector();
		String header = "class header";
		if (node.superName != null) {
			c.type(node.superName, header, -1, "superclass");
		}
		for (String i : node.interfaces) {
			c.type(i, header, -1, "implements");
		}
		c.signature(node.signature, header, "generic signature");
		c.annotations(node.visibleAnnotations, header);
		c.annotations(node.invisibleAnnotations, header);
		Set<String> declared = new LinkedHashSet<>();
		for (FieldNode f : node.fields) {
			String ctx = "field " + f.name;
			declared.add(f.name + ':' + f.desc);
			c.descriptor(Type.getType(f.desc), ctx, -1, "field type");
			c.signature(f.signature, ctx, "generic signature");
			c.annotations(f.visibleAnnotations, ctx);
			c.annotations(f.invisibleAnnotations, ctx);
			if (f.value instanceof String s) {
				c.strings.add(s);
			}
		}
		boolean main = false;
		for (MethodNode m : node.methods) {
			declared.add(m.name + m.desc);
			if ("main".equals(m.name) && "([Ljava/lang/String;)V".equals(m.desc)
					&& (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) == (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) {
				main = true;
			}
			scanMethod(c, m);
		}
		String source = node.sourceFile == null ? "?" : node.sourceFile;
		return new ClassFacts(node.name, file, source, node.version & 0xFFFF, node.superName, List.copyOf(node.interfaces),
				declared, c.refs, c.forbidden, c.strings, main);
	}

	private static void scanMethod(Collector c, MethodNode m) {
		String ctx = "method " + readableMethod(m.name, m.desc);
		int firstLine = -1;
		for (AbstractInsnNode insn : m.instructions) {
			if (insn instanceof LineNumberNode ln) {
				firstLine = ln.line;
				break;
			}
		}
		for (Type t : Type.getArgumentTypes(m.desc)) {
			c.descriptor(t, ctx, firstLine, "parameter type");
		}
		c.descriptor(Type.getReturnType(m.desc), ctx, firstLine, "return type");
		c.signature(m.signature, ctx, "generic signature");
		if (m.exceptions != null) {
			for (String e : m.exceptions) {
				c.type(e, ctx, firstLine, "throws");
			}
		}
		c.annotations(m.visibleAnnotations, ctx);
		c.annotations(m.invisibleAnnotations, ctx);
		if (m.visibleParameterAnnotations != null) {
			for (List<AnnotationNode> p : m.visibleParameterAnnotations) {
				c.annotations(p, ctx);
			}
		}
		if (m.invisibleParameterAnnotations != null) {
			for (List<AnnotationNode> p : m.invisibleParameterAnnotations) {
				c.annotations(p, ctx);
			}
		}
		if (m.annotationDefault != null) {
			c.annotationValue(m.annotationDefault, ctx);
		}
		for (TryCatchBlockNode tc : m.tryCatchBlocks) {
			if (tc.type != null) {
				c.type(tc.type, ctx, lineOf(tc.handler), "catch");
			}
		}
		if (m.localVariables != null) {
			for (LocalVariableNode lv : m.localVariables) {
				c.descriptor(Type.getType(lv.desc), ctx, lineOf(lv.start), "local variable " + lv.name);
				c.signature(lv.signature, ctx, "local variable signature");
			}
		}
		int line = firstLine;
		for (AbstractInsnNode insn : m.instructions) {
			if (insn instanceof LineNumberNode ln) {
				line = ln.line;
			} else if (insn instanceof MethodInsnNode mi) {
				c.add(new Reference(Reference.Kind.METHOD, mi.owner, mi.name, mi.desc, ctx, line, opcode(mi.getOpcode())));
			} else if (insn instanceof FieldInsnNode fi) {
				c.add(new Reference(Reference.Kind.FIELD, fi.owner, fi.name, fi.desc, ctx, line, opcode(fi.getOpcode())));
			} else if (insn instanceof TypeInsnNode ti) {
				c.type(ti.desc, ctx, line, opcode(ti.getOpcode()));
			} else if (insn instanceof MultiANewArrayInsnNode ma) {
				c.descriptor(Type.getType(ma.desc), ctx, line, "multianewarray");
			} else if (insn instanceof LdcInsnNode ldc) {
				c.constant(ldc.cst, ctx, line);
			} else if (insn instanceof InvokeDynamicInsnNode indy) {
				c.forbidden.add(new Reference(Reference.Kind.METHOD, indy.bsm.getOwner(), indy.bsm.getName(),
						indy.bsm.getDesc(), ctx, line, "invokedynamic " + indy.name));
			}
		}
	}

	private static int lineOf(LabelNode label) {
		for (AbstractInsnNode n = label; n != null; n = n.getNext()) {
			if (n instanceof LineNumberNode ln) {
				return ln.line;
			}
			if (n.getOpcode() >= 0) {
				break;
			}
		}
		for (AbstractInsnNode n = label; n != null; n = n.getPrevious()) {
			if (n instanceof LineNumberNode ln) {
				return ln.line;
			}
		}
		return -1;
	}

	/** {@code run()V} → {@code run()}; parameters are shown as Java types. */
	static String readableMethod(String name, String desc) {
		StringBuilder sb = new StringBuilder(name).append('(');
		Type[] args = Type.getArgumentTypes(desc);
		for (int i = 0; i < args.length; i++) {
			sb.append(i == 0 ? "" : ", ").append(args[i].getClassName());
		}
		return sb.append(')').toString();
	}

	private static String opcode(int op) {
		switch (op) {
		case Opcodes.INVOKEVIRTUAL:
			return "invokevirtual";
		case Opcodes.INVOKESPECIAL:
			return "invokespecial";
		case Opcodes.INVOKESTATIC:
			return "invokestatic";
		case Opcodes.INVOKEINTERFACE:
			return "invokeinterface";
		case Opcodes.GETSTATIC:
			return "getstatic";
		case Opcodes.PUTSTATIC:
			return "putstatic";
		case Opcodes.GETFIELD:
			return "getfield";
		case Opcodes.PUTFIELD:
			return "putfield";
		case Opcodes.NEW:
			return "new";
		case Opcodes.ANEWARRAY:
			return "anewarray";
		case Opcodes.CHECKCAST:
			return "checkcast";
		case Opcodes.INSTANCEOF:
			return "instanceof";
		default:
			return "opcode " + op;
		}
	}

	/** Accumulates references of one class. */
	private static final class Collector {
		final List<Reference> refs = new ArrayList<>();
		final List<Reference> forbidden = new ArrayList<>();
		final Set<String> strings = new LinkedHashSet<>();

		void add(Reference r) {
			refs.add(r);
		}

		void type(String internalName, String ctx, int line, String how) {
			if (internalName.startsWith("[")) {
				descriptor(Type.getType(internalName), ctx, line, how);
			} else {
				refs.add(new Reference(Reference.Kind.TYPE, internalName, null, null, ctx, line, how));
			}
		}

		void descriptor(Type t, String ctx, int line, String how) {
			Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
			if (e.getSort() == Type.OBJECT) {
				refs.add(new Reference(Reference.Kind.TYPE, e.getInternalName(), null, null, ctx, line, how));
			}
		}

		void signature(String signature, String ctx, String how) {
			if (signature == null) {
				return;
			}
			new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
				private String current;

				@Override
				public void visitClassType(String name) {
					current = name;
					type(name, ctx, -1, how);
				}

				@Override
				public void visitInnerClassType(String name) {
					current = current + '$' + name;
					type(current, ctx, -1, how);
				}
			});
		}

		void constant(Object cst, String ctx, int line) {
			if (cst instanceof Type t) {
				if (t.getSort() == Type.METHOD) {
					forbidden.add(new Reference(Reference.Kind.TYPE, "java/lang/invoke/MethodType", null, null, ctx, line,
							"ldc method type"));
				} else {
					descriptor(t, ctx, line, "ldc class literal");
				}
			} else if (cst instanceof Handle h) {
				forbidden.add(new Reference(Reference.Kind.METHOD, h.getOwner(), h.getName(), h.getDesc(), ctx, line,
						"ldc method handle"));
			} else if (cst instanceof ConstantDynamic cd) {
				forbidden.add(new Reference(Reference.Kind.TYPE, "java/lang/invoke/ConstantBootstraps", null, null, ctx,
						line, "ldc dynamic constant " + cd.getName()));
			} else if (cst instanceof String s) {
				strings.add(s);
			}
		}

		void annotations(List<AnnotationNode> list, String ctx) {
			if (list == null) {
				return;
			}
			for (AnnotationNode a : list) {
				descriptor(Type.getType(a.desc), ctx, -1, "annotation");
				if (a.values != null) {
					for (int i = 1; i < a.values.size(); i += 2) {
						annotationValue(a.values.get(i), ctx);
					}
				}
			}
		}

		void annotationValue(Object v, String ctx) {
			if (v instanceof Type t) {
				descriptor(t, ctx, -1, "annotation class value");
			} else if (v instanceof String[] en) {
				descriptor(Type.getType(en[0]), ctx, -1, "annotation enum value");
			} else if (v instanceof AnnotationNode a) {
				annotations(List.of(a), ctx);
			} else if (v instanceof List<?> l) {
				for (Object o : l) {
					annotationValue(o, ctx);
				}
			}
		}
	}
}
