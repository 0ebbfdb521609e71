/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.CaFiles;
import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Storage;

/**
 * What the setup server answers. Every request must name the board by address ({@code Host} an IP literal: a DNS
 * name there means a rebinding attack); every POST must carry the per-boot token ({@code X-Setup-Token}), which only
 * the page served by the board knows (no cross-site request can read it).
 * <pre>
 * GET  /               the setup page (token inserted)
 * GET  /config         the current configuration, every secret value replaced by the "unchanged" marker
 * GET  /example?name=P the bundled example of profile P (docs/examples)
 * POST /check          body: a configuration; the firmware's findings, one per line
 * POST /save           body: a configuration; stored (crash-safe) when it has no error, then setup mode ends
 * POST /scan           nearby Wi-Fi networks, strongest first, one per line
 * POST /ca?name=F.pem  body: a PEM CA certificate, stored beside the configuration as F.pem
 * </pre>
 * Findings and networks are plain text, one item per line, fields separated by tabs:
 * {@code E|W <line> <key> <reason>} and {@code <rssi> <security> <ssid>}; a check or save answer
 * ends with a verdict line: {@code VALID}, {@code INVALID <errors>} or {@code SAVED}.
 * <p>
 * Threading: the server's thread.
 */
final class SetupRoutes implements HttpHandler, ConfigCheck.Findings {

	/** The bundled examples, one per broker profile. */
	static final String[] EXAMPLES = { "generic", "hivemq-cloud", "ameba-cloud", "sensoro", "thinger", "iotda-device",
			"iotda-app", "aws-iot" };

	private static final String PAGE = "/org/mqttboard/app/setup/setup.html";
	private static final String EXAMPLE_FOLDER = "/org/mqttboard/app/setup/examples/";
	private static final String TOKEN_MARK = "@TOKEN@";
	private static final String TEXT = "text/plain; charset=utf-8";
	/** The page runs only its own inline script, talks only to the board, and cannot be framed. */
	private static final String PAGE_HEADERS = "Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; "
			+ "style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'\r\n"
			+ "X-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n";
	private static final int SCAN_ENTRIES = 16;

	private final String token;
	private final ConfigSource current;
	private final AtomicFile target;
	private final Storage storage;
	private final AccessPointRadio radio;
	private final SecretFilter filter = new SecretFilter();
	private final ScanTable networks = new ScanTable(SCAN_ENTRIES);
	private final int pageLength;
	private final int tokenOffset;
	private HttpExchange answering;
	private boolean saved;

	/**
	 * @param token the per-boot token (printable ASCII)
	 * @param current the configuration the page starts from and whose secrets a marker keeps
	 * @param target where Save stores the configuration
	 * @param storage where CA files are stored (beside {@code target})
	 * @param radio the scanner, or null when the board cannot scan
	 * @throws IOException when the page resource is missing or has no token mark
	 */
	SetupRoutes(String token, ConfigSource current, AtomicFile target, Storage storage, AccessPointRadio radio)
			throws IOException {
		this.token = token;
		this.current = current;
		this.target = target;
		this.storage = storage;
		this.radio = radio;
		// Measured once: the page is streamed from flash with the token spliced in at this offset.
		InputStream in = resource(PAGE);
		int length = 0;
		int offset = -1;
		int matched = 0;
		try {
			for (int c = in.read(); c >= 0; c = in.read()) {
				matched = c == TOKEN_MARK.charAt(matched) ? matched + 1 : (c == TOKEN_MARK.charAt(0) ? 1 : 0);
				length++;
				if (matched == TOKEN_MARK.length()) {
					offset = length - matched;
					matched = 0;
				}
			}
		} finally {
			in.close();
		}
		if (offset < 0) {
			throw new IOException(PAGE + " has no " + TOKEN_MARK);
		}
		this.pageLength = length;
		this.tokenOffset = offset;
	}

	/** @return true once a configuration was saved (setup mode then ends) */
	boolean saved() {
		return this.saved;
	}

	@Override
	public void handle(HttpExchange x) throws IOException {
		if (!isAddress(x.host())) {
			x.fail(400, "open the board by its address (http://<IP address>/), not by a name");
			return;
		}
		String path = x.path();
		boolean post = x.method() == HttpExchange.POST;
		if (path.equals("/") || path.equals("/config") || path.equals("/example")) {
			if (x.method() != HttpExchange.GET) {
				x.fail(405, "use GET for " + path, "Allow: GET\r\n");
			} else if (path.equals("/")) {
				page(x);
			} else if (path.equals("/config")) {
				config(x);
			} else {
				example(x);
			}
			return;
		}
		if (!path.equals("/check") && !path.equals("/save") && !path.equals("/scan") && !path.equals("/ca")) {
			x.fail(404, "no such page: " + path);
			return;
		}
		if (!post) {
			x.fail(405, "use POST for " + path, "Allow: POST\r\n");
		} else if (!sameToken(x.token())) {
			x.fail(403, "missing or wrong setup token: reload the setup page");
		} else if (path.equals("/check")) {
			check(x, false);
		} else if (path.equals("/save")) {
			check(x, true);
		} else if (path.equals("/scan")) {
			scan(x);
		} else {
			storeCa(x);
		}
	}

	@Override
	public void problem(boolean error, int line, String key, String reason) {
		try {
			HttpExchange x = this.answering;
			write(x, error ? "E\t" : "W\t");
			write(x, line + "\t" + key + "\t");
			write(x, oneLine(reason));
			write(x, "\n");
		} catch (IOException e) {
			// The client is gone; the remaining findings go nowhere.
		}
	}

	private void page(HttpExchange x) throws IOException {
		x.begin(200, "text/html; charset=utf-8", this.pageLength - TOKEN_MARK.length() + this.token.length(),
				PAGE_HEADERS);
		InputStream in = resource(PAGE);
		try {
			x.copy(in, this.tokenOffset);
			write(x, this.token);
			skip(in, TOKEN_MARK.length());
			x.copy(in, Integer.MAX_VALUE);
		} finally {
			in.close();
		}
	}

	private void config(HttpExchange x) throws IOException {
		InputStream in;
		try {
			in = this.current.open();
		} catch (IOException e) {
			x.respond(200, TEXT, "# no configuration yet: start from an example\n");
			return;
		}
		this.filter.start(in, false, null);
		try {
			x.begin(200, TEXT, -1, null);
			x.copy(this.filter, HttpServer.MAX_BODY);
		} finally {
			this.filter.close();
		}
	}

	private void example(HttpExchange x) throws IOException {
		String name = x.query("name");
		for (int i = 0; i < EXAMPLES.length; i++) {
			if (EXAMPLES[i].equals(name)) {
				InputStream in = resource(EXAMPLE_FOLDER + name + ".properties");
				try {
					x.begin(200, TEXT, -1, null);
					x.copy(in, HttpServer.MAX_BODY);
				} finally {
					in.close();
				}
				return;
			}
		}
		x.fail(404, "no example named " + name);
	}

	/** Check (and with {@code save} store) the posted configuration, its markers merged with the stored secrets. */
	private void check(HttpExchange x, boolean save) throws IOException {
		SecretValues secrets = storedSecrets(x.scratch());
		this.filter.start(x.body(), true, secrets);
		if (!save) {
			// One pass over the body: the findings stream out as the reader reports them, the verdict comes last.
			x.begin(200, TEXT, -1, null);
			int errors = report(x, new StreamSource(this.filter, "the page's text"));
			write(x, errors == 0 ? "VALID\n" : "INVALID\t" + errors + "\n");
			return;
		}
		OutputStream out;
		try {
			out = this.target.begin();
		} catch (IOException e) {
			x.fail(500, "cannot write " + this.target.describe() + ": " + e.getMessage());
			return;
		}
		try {
			copy(this.filter, out, x.scratch());
			this.target.end(out);
		} catch (IOException e) {
			this.target.discard();
			throw e; // the body failed (timeout, cut short): the server answers 408 / 400
		}
		ConfigSource staged = this.target.stagedSource();
		int errors = ConfigCheck.check(staged, null);
		if (errors > 0) {
			x.begin(422, TEXT, -1, null);
			report(x, staged);
			write(x, "INVALID\t" + errors + "\n");
			this.target.discard();
			return;
		}
		try {
			this.target.commit();
		} catch (IOException e) {
			x.fail(500, "the configuration is valid but could not be stored: " + e.getMessage());
			return;
		}
		this.saved = true;
		x.begin(200, TEXT, -1, null);
		write(x, "SAVED\n");
	}

	/** Writes every finding of the reader on {@code source}; @return the number of errors */
	private int report(HttpExchange x, ConfigSource source) {
		this.answering = x;
		try {
			return ConfigCheck.check(source, this);
		} finally {
			this.answering = null;
		}
	}

	private void scan(HttpExchange x) throws IOException {
		if (this.radio == null) {
			x.fail(501, "this board cannot scan for Wi-Fi networks; type the network name");
			return;
		}
		this.networks.clear();
		try {
			this.radio.scan(this.networks);
		} catch (IOException e) {
			x.fail(503, "the scan failed (" + e.getMessage() + "); try again");
			return;
		}
		x.begin(200, TEXT, -1, null);
		for (int i = 0; i < this.networks.size(); i++) {
			write(x, this.networks.rssi(i) + "\t" + this.networks.security(i) + "\t" + oneLine(this.networks.ssid(i))
					+ "\n");
		}
		this.networks.clear();
	}

	private void storeCa(HttpExchange x) throws IOException {
		String name = x.query("name");
		if (!CaFiles.isName(name)) {
			x.fail(400, "a CA file name is 1..40 characters A-Z a-z 0-9 . _ - ending in .pem");
		} else if (x.contentLength() > CaFiles.MAX_BYTES) {
			x.fail(413, "a CA file is at most " + CaFiles.MAX_BYTES + " bytes");
		} else if (!CaFiles.store(this.storage, name, x.body(), x.scratch())) {
			x.fail(400, name + " is not a PEM certificate (text with a line -----BEGIN CERTIFICATE-----)");
		} else {
			x.respond(200, TEXT, "STORED\t" + name + "\n");
		}
	}

	/** @return the stored configuration's secrets (raw), read through the mask filter */
	private SecretValues storedSecrets(byte[] sink) throws IOException {
		SecretValues secrets = new SecretValues();
		InputStream in;
		try {
			in = this.current.open();
		} catch (IOException e) {
			return secrets; // nothing stored, nothing embedded: no secret to keep
		}
		this.filter.start(in, false, secrets);
		try {
			while (this.filter.read(sink, 0, sink.length) >= 0) {
				// The filter records the secrets as it goes.
			}
		} finally {
			this.filter.close();
		}
		return secrets;
	}

	private static void copy(InputStream in, OutputStream out, byte[] buf) throws IOException {
		for (int n = in.read(buf, 0, buf.length); n >= 0; n = in.read(buf, 0, buf.length)) {
			out.write(buf, 0, n);
		}
	}

	private static void skip(InputStream in, int count) throws IOException {
		for (int i = 0; i < count && in.read() >= 0; i++) {
			// skipping the token mark
		}
	}

	private static void write(HttpExchange x, String s) throws IOException {
		byte[] b = s.getBytes("UTF-8");
		x.write(b, 0, b.length);
	}

	private static InputStream resource(String path) throws IOException {
		InputStream in = SetupRoutes.class.getResourceAsStream(path);
		if (in == null) {
			throw new IOException(path + " is not embedded (list it in a *.resources.list)");
		}
		return in;
	}

	/** @return the text with tabs and line ends replaced by spaces (one field of a tab-separated line) */
	static String oneLine(String s) {
		return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	/** @return true for an IPv4 literal or a bracketed IPv6 literal, with an optional port */
	static boolean isAddress(String host) {
		if (host == null || host.length() == 0) {
			return false;
		}
		int end = host.length();
		int colon = host.lastIndexOf(':');
		if (colon >= 0 && colon > host.lastIndexOf(']')) {
			if (!allIn(host, colon + 1, end, "0123456789") || colon + 1 == end) {
				return false;
			}
			end = colon;
		}
		if (host.charAt(0) == '[') {
			return end > 2 && host.charAt(end - 1) == ']' && allIn(host, 1, end - 1, "0123456789abcdefABCDEF:.");
		}
		return end > 0 && allIn(host, 0, end, "0123456789.");
	}

	/** @return true when {@code offered} is the token; the time taken does not depend on where they differ */
	private boolean sameToken(String offered) {
		if (offered == null || offered.length() != this.token.length()) {
			return false;
		}
		int diff = 0;
		for (int i = 0; i < offered.length(); i++) {
			diff |= offered.charAt(i) ^ this.token.charAt(i);
		}
		return diff == 0;
	}

	private static boolean allIn(String s, int from, int to, String allowed) {
		for (int i = from; i < to; i++) {
			if (allowed.indexOf(s.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** A stream already open, as the configuration source the reader opens once. */
	private static final class StreamSource implements ConfigSource {
		private final InputStream in;
		private final String name;

		StreamSource(InputStream in, String name) {
			this.in = in;
			this.name = name;
		}

		@Override
		public InputStream open() {
			return this.in;
		}

		@Override
		public String name() {
			return this.name;
		}
	}
}
