/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

/**
 * A 5x5 LED-matrix font for printable ASCII (0x20..0x7E), designed for this firmware. A glyph is 25 bits in the
 * {@link org.mqttboard.platform.Display#showFrame(int)} layout: bit {@code row * 5 + column}, row 0 = top,
 * column 0 = left. Characters outside printable ASCII render as {@code ?}. Used by the {@link Scroller} on a
 * matrix display: the simulator's default board, and boards wired through {@code Matrix5x5Driver}.
 * <p>
 * Threading: stateless. Allocation: none.
 */
public final class Font5x5 {

	public static final char FIRST = ' ';
	public static final char LAST = '~';

	private static final int[] GLYPHS = {
		0x0000000, // space
		0x0401084, // !
		0x000014A, // double quote
		0x0AFABEA, // #
		0x0FA38BE, // $
		0x19D1173, // %
		0x1649926, // &
		0x0000084, // quote
		0x0821088, // (
		0x0221082, // )
		0x0051140, // *
		0x0023880, // +
		0x0220000, // ,
		0x0003800, // -
		0x0400000, // .
		0x0111110, // /
		0x0E9D72E, // 0
		0x0E210C4, // 1
		0x0F11107, // 2
		0x064910F, // 3
		0x08FA54C, // 4
		0x0F83C3F, // 5
		0x0E8B888, // 6
		0x011111F, // 7
		0x0E8BA2E, // 8
		0x0223A2E, // 9
		0x0020080, // :
		0x0220080, // ;
		0x0820888, // <
		0x00701C0, // =
		0x0222082, // >
		0x040322E, // ?
		0x066D7AE, // @
		0x094BD26, // A
		0x0749D27, // B
		0x0E0842E, // C
		0x074A527, // D
		0x0F09C2F, // E
		0x0109C2F, // F
		0x0E8E42E, // G
		0x094BD29, // H
		0x0710847, // I
		0x064A11C, // J
		0x0928CA9, // K
		0x0F08421, // L
		0x118D771, // M
		0x11CD671, // N
		0x064A526, // O
		0x0109D27, // P
		0x0832526, // Q
		0x0929D27, // R
		0x074182E, // S
		0x042109F, // T
		0x064A529, // U
		0x0454631, // V
		0x11DD631, // W
		0x0949929, // X
		0x0421151, // Y
		0x0F0888F, // Z
		0x0E1084E, // [
		0x1041041, // backslash
		0x0E4210E, // ]
		0x0000144, // ^
		0x1F00000, // _
		0x0000082, // `
		0x0E290C0, // a
		0x0749C21, // b
		0x06084C0, // c
		0x0E4B908, // d
		0x0609D26, // e
		0x0211C4C, // f
		0x064392E, // g
		0x0949C21, // h
		0x0210802, // i
		0x0321004, // j
		0x0928CA1, // k
		0x0410842, // l
		0x11AD560, // m
		0x094A4E0, // n
		0x064A4C0, // o
		0x013A4E0, // p
		0x08725C0, // q
		0x0108DA0, // r
		0x0760DC0, // s
		0x0C108E2, // t
		0x0E4A520, // u
		0x0632520, // v
		0x0AAD620, // w
		0x0931920, // x
		0x0643920, // y
		0x0F111E0, // z
		0x0C2188C, // {
		0x0421084, // |
		0x0623086, // }
		0x0045440, // ~

	};

	private Font5x5() {
	}

	/**
	 * @param c any character
	 * @return its 25-bit glyph; the glyph of {@code ?} for characters outside printable ASCII
	 */
	public static int glyph(char c) {
		if (c < FIRST || c > LAST) {
			return GLYPHS['?' - FIRST];
		}
		return GLYPHS[c - FIRST];
	}

	/**
	 * @param glyph a 25-bit glyph
	 * @param column 0..4
	 * @return the column's five pixels as bits 0..4 (bit = row)
	 */
	public static int column(int glyph, int column) {
		int bits = 0;
		for (int row = 0; row < 5; row++) {
			if ((glyph & (1 << (row * 5 + column))) != 0) {
				bits |= 1 << row;
			}
		}
		return bits;
	}

	/**
	 * @param glyph a 25-bit glyph
	 * @return the number of columns up to the rightmost lit one (2 for a blank glyph, so a space still separates
	 *         words when scrolling)
	 */
	public static int width(int glyph) {
		for (int column = 4; column >= 0; column--) {
			if (column(glyph, column) != 0) {
				return column + 1;
			}
		}
		return 2;
	}
}
