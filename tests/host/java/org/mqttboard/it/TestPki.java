/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * HOST-ONLY test PKI, generated at test time (no private key is ever committed): a CA, server certificates for
 * {@code localhost} (SAN DNS:localhost, IP:127.0.0.1), for a wrong host name, expired, not yet valid, and an
 * unrelated CA with its own localhost server certificate.
 * <p>
 * Every certificate is written as PEM (certificate and PKCS#8 key, for mosquitto) and as a JKS keystore (for
 * HiveMQ CE). The two CA certificates are also written under the test class path, because the device-bound
 * connector loads CAs as class-path resources: see {@link #caResource()} and {@link #otherCaResource()}.
 * Threading: immutable once created.
 */
public final class TestPki {

	/** Password of every generated keystore and key entry. */
	public static final String STORE_PASSWORD = "changeit";

	private static final long DAY_MS = 24L * 3600 * 1000;
	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
	private static final AtomicLong RUNS = new AtomicLong();

	/** A certificate with its key and where they were written. */
	public static final class Issued {
		public final String name;
		public final X509Certificate certificate;
		public final PrivateKey key;
		public final Path certPem;
		public final Path keyPem;
		public final Path jks;

		Issued(String name, X509Certificate certificate, PrivateKey key, Path certPem, Path keyPem, Path jks) {
			this.name = name;
			this.certificate = certificate;
			this.key = key;
			this.certPem = certPem;
			this.keyPem = keyPem;
			this.jks = jks;
		}

		/** @return a server-side TLS context presenting this certificate (for in-JVM test servers) */
		public SSLContext serverContext() throws GeneralSecurityException, IOException {
			KeyStore store = KeyStore.getInstance("JKS");
			try (var in = Files.newInputStream(this.jks)) {
				store.load(in, STORE_PASSWORD.toCharArray());
			}
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, STORE_PASSWORD.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		}
	}

	public final Path dir;
	public final Issued ca;
	public final Issued server;
	public final Issued wrongHost;
	public final Issued expired;
	public final Issued notYetValid;
	public final Issued otherCa;
	public final Issued otherServer;
	private final String run;
	private final String caResource;
	private final String otherCaResource;

	private TestPki(Path dir) throws Exception {
		this.dir = dir;
		long now = System.currentTimeMillis();
		Date from = new Date(now - DAY_MS);
		Date to = new Date(now + 30 * DAY_MS);
		this.ca = issueCa("ca", "mqttboard test CA", from, to);
		this.otherCa = issueCa("other-ca", "unrelated test CA", from, to);
		this.server = issueServer("server", this.ca, "localhost", from, to, true);
		this.wrongHost = issueServer("wrong-host", this.ca, "broker.wrong.example", from, to, false);
		this.expired = issueServer("expired", this.ca, "localhost", new Date(now - 60 * DAY_MS),
				new Date(now - 30 * DAY_MS), true);
		this.notYetValid = issueServer("not-yet-valid", this.ca, "localhost", new Date(now + 30 * DAY_MS),
				new Date(now + 60 * DAY_MS), true);
		this.otherServer = issueServer("other-server", this.otherCa, "localhost", from, to, true);
		this.run = "it-pki/" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
		this.caResource = publish(this.run + "/ca.pem", this.ca.certPem);
		this.otherCaResource = publish(this.run + "/other-ca.pem", this.otherCa.certPem);
	}

	/**
	 * Generates a fresh PKI into a new temporary directory (about 1 s: seven RSA-2048 keys).
	 */
	public static TestPki create() throws Exception {
		return new TestPki(Files.createTempDirectory("mqttboard-pki-"));
	}

	/** @return class-path resource path of the CA certificate (PEM), for {@code Endpoint} */
	public String caResource() {
		return this.caResource;
	}

	/** @return class-path resource path of the unrelated CA certificate (PEM) */
	public String otherCaResource() {
		return this.otherCaResource;
	}

	/** Deletes the temporary directory and the class-path copies. */
	public void delete() {
		Rigs.deleteTree(this.dir);
		try {
			Rigs.deleteTree(testClassesDir().resolve(this.caResource.substring(1)).getParent());
		} catch (URISyntaxException e) {
			// Nothing was published then.
		}
	}

	private String publish(String resource, Path file) throws IOException, URISyntaxException {
		Path target = testClassesDir().resolve(resource);
		Files.createDirectories(target.getParent());
		Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return "/" + resource;
	}

	private static Path testClassesDir() throws URISyntaxException {
		return Paths.get(TestPki.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private Issued issueCa(String name, String cn, Date from, Date to) throws Exception {
		KeyPair pair = newKeyPair();
		X500Name subject = new X500Name("CN=" + cn + ",O=mqttboard tests");
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, nextSerial(), from, to, subject,
				pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		X509Certificate cert = sign(builder, pair.getPrivate());
		return write(name, cert, pair.getPrivate(), new X509Certificate[] { cert });
	}

	/**
	 * Issues a TLS client certificate (extended key usage clientAuth) and publishes it and its key under the test
	 * class path, the key in the PEM form a device would get: {@code RSA PRIVATE KEY} (PKCS#1) for RSA,
	 * {@code EC PRIVATE KEY} (SEC1 with the curve named) for EC, or {@code PRIVATE KEY} (PKCS#8) when {@code pkcs8}.
	 *
	 * @param name file and resource base name
	 * @param issuer the signing CA
	 * @param daysFrom validity start relative to now, days (negative = in the past)
	 * @param daysTo validity end relative to now, days
	 * @param ec true for an EC P-256 key, false for RSA 2048
	 * @param pkcs8 true to write the key as PKCS#8
	 * @return the certificate; {@link Issued#certPem}/{@link Issued#keyPem} are the files, and
	 *         {@link #resource(Path)} names their class-path copies
	 */
	public Issued issueClient(String name, Issued issuer, int daysFrom, int daysTo, boolean ec, boolean pkcs8)
			throws Exception {
		long now = System.currentTimeMillis();
		KeyPair pair;
		if (ec) {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
			pair = generator.generateKeyPair();
		} else {
			pair = newKeyPair();
		}
		X500Name subject = new X500Name("CN=" + name + ",O=mqttboard tests");
		X500Name issuerName = X500Name.getInstance(issuer.certificate.getSubjectX500Principal().getEncoded());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, nextSerial(),
				new Date(now + daysFrom * DAY_MS), new Date(now + daysTo * DAY_MS), subject, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, false,
				new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth));
		X509Certificate cert = sign(builder, issuer.key);
		Issued issued = write(name, cert, pair.getPrivate(), new X509Certificate[] { cert });
		if (!pkcs8) {
			org.bouncycastle.asn1.pkcs.PrivateKeyInfo info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo
					.getInstance(pair.getPrivate().getEncoded());
			byte[] der;
			String label;
			if (ec) {
				org.bouncycastle.asn1.sec.ECPrivateKey inner = org.bouncycastle.asn1.sec.ECPrivateKey
						.getInstance(info.parsePrivateKey());
				der = new org.bouncycastle.asn1.sec.ECPrivateKey(256, inner.getKey(), inner.getPublicKey(),
						info.getPrivateKeyAlgorithm().getParameters()).getEncoded();
				label = "EC PRIVATE KEY";
			} else {
				der = info.parsePrivateKey().toASN1Primitive().getEncoded();
				label = "RSA PRIVATE KEY";
			}
			Files.write(issued.keyPem, pem(label, der).getBytes(StandardCharsets.US_ASCII));
		}
		publish(this.run + "/" + name + ".crt", issued.certPem);
		publish(this.run + "/" + name + ".key", issued.keyPem);
		return issued;
	}

	/** @return the class-path resource path of a file published by {@link #issueClient} */
	public String resource(Path published) {
		return "/" + this.run + "/" + published.getFileName();
	}

	private Issued issueServer(String name, Issued issuer, String dnsName, Date from, Date to, boolean loopbackIp)
			throws Exception {
		KeyPair pair = newKeyPair();
		X500Name subject = new X500Name("CN=" + dnsName + ",O=mqttboard tests");
		X500Name issuerName = X500Name.getInstance(issuer.certificate.getSubjectX500Principal().getEncoded());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, nextSerial(), from, to,
				subject, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
		GeneralName dns = new GeneralName(GeneralName.dNSName, dnsName);
		GeneralNames names = loopbackIp
				? new GeneralNames(new GeneralName[] { dns, new GeneralName(GeneralName.iPAddress, "127.0.0.1") })
				: new GeneralNames(dns);
		builder.addExtension(Extension.subjectAlternativeName, false, names);
		X509Certificate cert = sign(builder, issuer.key);
		return write(name, cert, pair.getPrivate(), new X509Certificate[] { cert, issuer.certificate });
	}

	private Issued write(String name, X509Certificate cert, PrivateKey key, X509Certificate[] chain)
			throws Exception {
		Path certPem = this.dir.resolve(name + ".crt");
		Path keyPem = this.dir.resolve(name + ".key");
		Path jks = this.dir.resolve(name + ".jks");
		StringBuilder pem = new StringBuilder();
		for (X509Certificate c : chain) {
			pem.append(pem("CERTIFICATE", c.getEncoded()));
		}
		Files.write(certPem, pem.toString().getBytes(StandardCharsets.US_ASCII));
		Files.write(keyPem, pem("PRIVATE KEY", key.getEncoded()).getBytes(StandardCharsets.US_ASCII));
		KeyStore store = KeyStore.getInstance("JKS");
		store.load(null, null);
		store.setKeyEntry(name, key, STORE_PASSWORD.toCharArray(), chain);
		try (OutputStream out = Files.newOutputStream(jks)) {
			store.store(out, STORE_PASSWORD.toCharArray());
		}
		return new Issued(name, cert, key, certPem, keyPem, jks);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static BigInteger nextSerial() {
		return BigInteger.valueOf(SERIAL.incrementAndGet());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws OperatorCreationException, GeneralSecurityException {
		ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}
}
