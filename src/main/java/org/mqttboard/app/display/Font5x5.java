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

	/**
	 * The glyphs of {@link #FIRST} .. {@link #LAST}, five characters each, one per row from the top: the row's five
	 * pixels are the low five bits of {@code char - '@'} (bit = column, 0 = left). A string constant takes the device
	 * less than half the bytes of an int array initializer.
	 */
	private static final String GLYPHS = ""
			+ "@@@@@" // space
			+ "DDD@D" // !
			+ "JJ@@@" // double quote
			+ "J_J_J" // #
			+ "^ENTO" // $
			+ "SKDZY" // %
			+ "FIFIV" // &
			+ "DD@@@" // quote
			+ "HDDDH" // (
			+ "BDDDB" // )
			+ "@JDJ@" // *
			+ "@DND@" // +
			+ "@@@DB" // ,
			+ "@@N@@" // -
			+ "@@@@D" // .
			+ "PHDBA" // /
			+ "NYUSN" // 0
			+ "DFDDN" // 1
			+ "GHDBO" // 2
			+ "OHDIF" // 3
			+ "LJI_H" // 4
			+ "_AOPO" // 5
			+ "HDNQN" // 6
			+ "_HDBA" // 7
			+ "NQNQN" // 8
			+ "NQNDB" // 9
			+ "@D@D@" // :
			+ "@D@DB" // ;
			+ "HDBDH" // <
			+ "@N@N@" // =
			+ "BDHDB" // >
			+ "NQL@D" // ?
			+ "N]UMF" // @
			+ "FIOII" // A
			+ "GIGIG" // B
			+ "NAAAN" // C
			+ "GIIIG" // D
			+ "OAGAO" // E
			+ "OAGAA" // F
			+ "NAYQN" // G
			+ "IIOII" // H
			+ "GBBBG" // I
			+ "\\HHIF" // J
			+ "IECEI" // K
			+ "AAAAO" // L
			+ "Q[UQQ" // M
			+ "QSUYQ" // N
			+ "FIIIF" // O
			+ "GIGAA" // P
			+ "FIIFH" // Q
			+ "GIGEI" // R
			+ "NAFHG" // S
			+ "_DDDD" // T
			+ "IIIIF" // U
			+ "QQQJD" // V
			+ "QQU[Q" // W
			+ "IIFII" // X
			+ "QJDDD" // Y
			+ "ODBAO" // Z
			+ "NBBBN" // [
			+ "ABDHP" // backslash
			+ "NHHHN" // ]
			+ "DJ@@@" // ^
			+ "@@@@_" // _
			+ "BD@@@" // `
			+ "@FDEN" // a
			+ "AAGIG" // b
			+ "@FAAF" // c
			+ "HHNIN" // d
			+ "FIGAF" // e
			+ "LBGBB" // f
			+ "NINHF" // g
			+ "AAGII" // h
			+ "B@BBB" // i
			+ "D@DDC" // j
			+ "AECEI" // k
			+ "BBBBD" // l
			+ "@KUUQ" // m
			+ "@GIII" // n
			+ "@FIIF" // o
			+ "@GIGA" // p
			+ "@NINH" // q
			+ "@MCAA" // r
			+ "@NCLG" // s
			+ "BGBBL" // t
			+ "@IIIN" // u
			+ "@IIFF" // v
			+ "@QUUJ" // w
			+ "@IFFI" // x
			+ "@INHF" // y
			+ "@ODBO" // z
			+ "LDFDL" // {
			+ "DDDDD" // |
			+ "FDLDF" // }
			+ "@BUH@"; // ~

	private Font5x5() {
	}

	/**
	 * @param c any character
	 * @return its 25-bit glyph; the glyph of {@code ?} for characters outside printable ASCII
	 */
	public static int glyph(char c) {
		int at = (c < FIRST || c > LAST ? '?' : c) - FIRST;
		int glyph = 0;
		for (int row = 0; row < 5; row++) {
			glyph |= (GLYPHS.charAt(at * 5 + row) - '@') << (row * 5);
		}
		return glyph;
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
