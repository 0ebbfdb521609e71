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
		String run = "it-pki/" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
		this.caResource = publish(run + "/ca.pem", this.ca);
		this.otherCaResource = publish(run + "/other-ca.pem", this.otherCa);
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

	private String publish(String resource, Issued cert) throws IOException, URISyntaxException {
		Path target = testClassesDir().resolve(resource);
		Files.createDirectories(target.getParent());
		Files.copy(cert.certPem, target);
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
