/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.TlsPolicy;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * HOST-ONLY {@link TlsPolicy} for running the device-bound {@link SocketConnector} on a JDK: a raw JDK
 * {@code SSLSocket} checks no host name, so this turns on endpoint identification ({@code "HTTPS"}: SAN DNS/IP
 * per RFC 2818) when verification is on, and sets SNI explicitly (the JDK only sends it by itself for names with
 * a dot, so {@code localhost} would go without). Protocols are pinned to TLS 1.2, like the device's context.
 * <p>
 * Client keys: a JDK key store takes a parsed {@code PrivateKey}, so PKCS#1 and SEC1 keys are first wrapped into a
 * PKCS#8 {@code PrivateKeyInfo} (RFC 5208 section 5; algorithm identifiers from RFC 8017 appendix A.1 and RFC 5480
 * section 2.1.1) and parsed with the certificate's key algorithm. Like the device's TLS layer, nothing checks here
 * that the key belongs to the certificate: the broker finds out.
 * <p>
 * Threading: stateless, shareable.
 */
public final class JdkTlsPolicy implements TlsPolicy {

	@Override
	public String socketHostName(String host, String address, boolean verifyHostName) {
		return host;
	}

	@Override
	public int beforeHandshake(SSLSocket socket, String host, boolean verifyHostName) {
		SSLParameters parameters = socket.getSSLParameters();
		if (verifyHostName) {
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
		}
		if (!SocketConnector.isIpLiteral(host)) {
			parameters.setServerNames(List.of(new SNIHostName(host)));
		}
		parameters.setProtocols(new String[] { "TLSv1.2" });
		socket.setSSLParameters(parameters);
		return TransportError.NONE;
	}

	/** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
	private static final byte[] RSA_ALGORITHM = { 0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86,
			(byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00 };
	/** DER of the OID id-ecPublicKey (1.2.840.10045.2.1). */
	private static final byte[] EC_PUBLIC_KEY = { 0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01 };

	@Override
	public KeyManager[] keyManagers(Certificate[] chain, byte[] key, int keyForm) throws GeneralSecurityException,
			IOException {
		byte[] pkcs8 = keyForm == KEY_PKCS1_RSA ? privateKeyInfo(RSA_ALGORITHM, key)
				: keyForm == KEY_SEC1_EC ? privateKeyInfo(ecAlgorithm(key), key) : key;
		try {
			String algorithm = chain[0].getPublicKey().getAlgorithm();
			PrivateKey privateKey = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			char[] password = new char[0];
			store.setKeyEntry("client", privateKey, password, chain);
			KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			factory.init(store, password);
			return factory.getKeyManagers();
		} finally {
			Arrays.fill(pkcs8, (byte) 0);
			Arrays.fill(key, (byte) 0);
		}
	}

	/** @return DER AlgorithmIdentifier { id-ecPublicKey, namedCurve } with the curve named in the SEC1 key */
	private static byte[] ecAlgorithm(byte[] sec1) throws GeneralSecurityException {
		// ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] parameters (the curve OID), ... }
		int at = headerLength(sec1, 0);
		for (int field = 0; field < 3 && at < sec1.length; field++) {
			int tag = sec1[at] & 0xFF;
			int body = at + headerLength(sec1, at);
			if (tag == 0xA0) {
				byte[] curve = Arrays.copyOfRange(sec1, body, body + contentLength(sec1, at));
				return sequence(EC_PUBLIC_KEY, curve);
			}
			at = body + contentLength(sec1, at);
		}
		throw new GeneralSecurityException("EC private key without a named curve");
	}

	/** @return DER PrivateKeyInfo { 0, algorithm, OCTET STRING key } */
	private static byte[] privateKeyInfo(byte[] algorithm, byte[] key) {
		byte[] version = { 0x02, 0x01, 0x00 };
		return tlv(0x30, concat(version, algorithm, tlv(0x04, key)));
	}

	private static byte[] sequence(byte[] a, byte[] b) {
		return tlv(0x30, concat(a, b, new byte[0]));
	}

	private static byte[] concat(byte[] a, byte[] b, byte[] c) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length + c.length);
		out.writeBytes(a);
		out.writeBytes(b);
		out.writeBytes(c);
		return out.toByteArray();
	}

	private static byte[] tlv(int tag, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
		out.write(tag);
		int n = content.length;
		if (n < 0x80) {
			out.write(n);
		} else if (n < 0x100) {
			out.write(0x81);
			out.write(n);
		} else {
			out.write(0x82);
			out.write(n >> 8);
			out.write(n & 0xFF);
		}
		out.writeBytes(content);
		return out.toByteArray();
	}

	private static int headerLength(byte[] der, int at) {
		int first = der[at + 1] & 0xFF;
		return first < 0x80 ? 2 : 2 + (first & 0x7F);
	}

	private static int contentLength(byte[] der, int at) {
		int first = der[at + 1] & 0xFF;
		if (first < 0x80) {
			return first;
		}
		int length = 0;
		for (int i = 0; i < (first & 0x7F); i++) {
			length = (length << 8) | (der[at + 2 + i] & 0xFF);
		}
		return length;
	}
}
