/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Vector;

import javax.net.ssl.KeyManager;

/**
 * The certificates and keys TLS needs, from class-path resources: CA bundles for the trust store, and for mutual TLS
 * the client certificate chain and its private key, turned into {@code KeyManager}s through the {@link TlsPolicy}
 * (the device and a JDK take the key differently).
 * <p>
 * The key is a PEM block labelled {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} (PKCS#1) or
 * {@code EC PRIVATE KEY} (SEC1); other blocks in the file (such as {@code EC PARAMETERS}) are skipped; an
 * {@code ENCRYPTED PRIVATE KEY} is refused (the firmware has no key password to give). The decoded key bytes go to
 * the policy only and are never logged or put in a message.
 * <p>
 * Threading: stateless; called by the connector's thread at the first TLS open.
 */
final class TlsMaterial {

	/** The PEM labels of the accepted private key forms. */
	static final String[] KEY_LABELS = { "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY" };

	/** Largest resource read, bytes (a bundle of a few PEM certificates). */
	private static final int MAX_RESOURCE_BYTES = 64 * 1024;
	private static final String BEGIN = "-----BEGIN ";
	private static final String END = "-----END ";
	private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private TlsMaterial() {
	}

	/**
	 * @param endpoint an endpoint with a client certificate and key
	 * @param policy turns the chain and key into key managers
	 * @return the key managers, or null when a resource is missing, too large or holds no certificate or no
	 *         accepted private key
	 * @throws GeneralSecurityException when the certificate or key cannot be parsed or stored
	 * @throws IOException when a resource cannot be read
	 */
	static KeyManager[] load(Endpoint endpoint, TlsPolicy policy) throws GeneralSecurityException, IOException {
		byte[] certText = readResource(endpoint.clientCertificate());
		byte[] keyText = readResource(endpoint.clientKey());
		if (certText == null || keyText == null) {
			return null;
		}
		Vector<Certificate> chain = new Vector<Certificate>(2);
		if (readCertificates(certText, chain) == 0) {
			return null;
		}
		for (int i = 0; i < KEY_LABELS.length; i++) {
			byte[] der = decode(keyText, KEY_LABELS[i]);
			if (der != null) {
				Certificate[] certificates = new Certificate[chain.size()];
				chain.copyInto(certificates);
				return policy.keyManagers(certificates, der, i);
			}
		}
		return null;
	}

	/**
	 * @param path a class-path resource path
	 * @return its bytes, or null when it is missing or over {@value #MAX_RESOURCE_BYTES} bytes
	 */
	static byte[] readResource(String path) throws IOException {
		return readAll(TlsMaterial.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path));
	}

	/**
	 * @param in a stream, closed here; may be null
	 * @return its bytes, or null when {@code in} is null or longer than {@value #MAX_RESOURCE_BYTES} bytes
	 */
	static byte[] readAll(InputStream in) throws IOException {
		if (in == null) {
			return null;
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
			byte[] chunk = new byte[512];
			int n;
			while ((n = in.read(chunk)) > 0) {
				bytes.write(chunk, 0, n);
				if (bytes.size() > MAX_RESOURCE_BYTES) {
					return null;
				}
			}
			return bytes.toByteArray();
		} finally {
			in.close();
		}
	}

	/**
	 * Parses every certificate of a PEM bundle (or one DER certificate) into {@code out}.
	 *
	 * @return how many certificates were added; 0 when the first one does not parse
	 * @throws GeneralSecurityException when no X.509 factory exists
	 */
	static int readCertificates(byte[] bytes, Vector<Certificate> out) throws GeneralSecurityException {
		CertificateFactory certificates = CertificateFactory.getInstance("X.509");
		ByteArrayInputStream in = new ByteArrayInputStream(bytes);
		int count = 0;
		// A PEM resource may hold a bundle: parse until only trailing text is left.
		while (in.available() > 0) {
			try {
				out.addElement(certificates.generateCertificate(in));
			} catch (GeneralSecurityException e) {
				break;
			}
			count++;
		}
		return count;
	}

	/**
	 * @param text PEM text, US-ASCII
	 * @param label the exact label wanted, e.g. {@code PRIVATE KEY}
	 * @return the Base64-decoded body of the first block with that label, or null when there is none or its body is
	 *         not Base64
	 */
	static byte[] decode(byte[] text, String label) {
		String pem = ascii(text);
		String begin = BEGIN + label + "-----";
		int at = pem.indexOf(begin);
		if (at < 0) {
			return null;
		}
		int from = at + begin.length();
		int to = pem.indexOf(END + label + "-----", from);
		return to < 0 ? null : base64(pem, from, to);
	}

	private static String ascii(byte[] text) {
		char[] chars = new char[text.length];
		for (int i = 0; i < text.length; i++) {
			chars[i] = (char) (text[i] & 0x7F);
		}
		return new String(chars);
	}

	/** @return the bytes of the Base64 text in {@code [from, to)} (white space skipped), or null when malformed */
	private static byte[] base64(String s, int from, int to) {
		byte[] out = new byte[(to - from) * 3 / 4 + 3];
		int n = 0;
		int bits = 0;
		int count = 0;
		boolean padded = false;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				continue;
			}
			if (c == '=') {
				padded = true;
				continue;
			}
			int v = BASE64.indexOf(c);
			if (v < 0 || padded) {
				return null;
			}
			bits = (bits << 6) | v;
			count += 6;
			if (count >= 8) {
				count -= 8;
				out[n++] = (byte) (bits >> count);
			}
		}
		if (n == 0) {
			return null;
		}
		byte[] exact = new byte[n];
		System.arraycopy(out, 0, exact, 0, n);
		for (int i = 0; i < out.length; i++) {
			out[i] = 0; // the scratch copy held key material
		}
		return exact;
	}
}
