/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Network;

/**
 * The simulated board's TCP/TLS stack: the firmware's own socket connector behind a gate tied to the simulated
 * Wi-Fi. While Wi-Fi is down, {@link Connector#open} fails with {@link TransportError#NO_NETWORK}; when Wi-Fi
 * drops, every open link is closed underneath the firmware (the broker sees the TCP connection go) and its
 * transport reports {@code -1} from then on, as a dead socket would. Both directions are watched by a
 * {@link WireSniffer}, which turns PUBLISH packets into {@code PUBLISHED} and {@code RECEIVED} events.
 * <p>
 * Threading: connectors and transports are used by the firmware thread; the Wi-Fi drop may come from any thread.
 */
public final class SimNetwork implements Network {

	private final SimWifi wifi;
	private final Function<Endpoint, Connector> socketConnectors;
	private final Events events;
	private final List<GatedTransport> open = new ArrayList<>();

	/**
	 * @param wifi the simulated Wi-Fi whose drops cut links
	 * @param socketConnectors makes the firmware's real connector for an endpoint
	 * @param events receives {@code PUBLISHED}/{@code RECEIVED} events
	 */
	public SimNetwork(SimWifi wifi, Function<Endpoint, Connector> socketConnectors, Events events) {
		this.wifi = wifi;
		this.socketConnectors = socketConnectors;
		this.events = events;
		wifi.onDrop(this::cutAll);
	}

	@Override
	public Connector connector(Endpoint endpoint) {
		return new GatedConnector(this.socketConnectors.apply(endpoint));
	}

	private void cutAll() {
		List<GatedTransport> copy;
		synchronized (this.open) {
			copy = new ArrayList<>(this.open);
			this.open.clear();
		}
		for (GatedTransport transport : copy) {
			transport.cut();
		}
	}

	private final class GatedConnector implements Connector {

		private final Connector inner;
		private int lastError = TransportError.NONE;
		private GatedTransport current;

		GatedConnector(Connector inner) {
			this.inner = inner;
		}

		@Override
		public Transport open(int timeoutMillis) {
			// The firmware's connector reuses one transport object across opens: retire the previous wrapper.
			if (this.current != null) {
				this.current.retire();
				this.current = null;
			}
			if (!SimNetwork.this.wifi.isUp()) {
				this.lastError = TransportError.NO_NETWORK;
				return null;
			}
			Transport transport = this.inner.open(timeoutMillis);
			if (transport == null) {
				this.lastError = this.inner.lastError();
				return null;
			}
			GatedTransport gated = new GatedTransport(transport);
			this.current = gated;
			synchronized (SimNetwork.this.open) {
				SimNetwork.this.open.add(gated);
			}
			// Wi-Fi may have dropped while the connect was in progress.
			if (!SimNetwork.this.wifi.isUp()) {
				gated.cut();
			}
			this.lastError = TransportError.NONE;
			return gated;
		}

		@Override
		public int lastError() {
			return this.lastError;
		}
	}

	private final class GatedTransport implements Transport {

		private final Transport inner;
		private final WireSniffer outbound;
		private final WireSniffer inbound;
		private volatile boolean cut;

		GatedTransport(Transport inner) {
			this.inner = inner;
			Events sink = SimNetwork.this.events;
			this.outbound = new WireSniffer((topic, payload, qos, retain, dup) -> sink.emit(Events.PUBLISHED,
					Escape.bytes(topic), Escape.bytes(payload)));
			this.inbound = new WireSniffer((topic, payload, qos, retain, dup) -> sink.emit(Events.RECEIVED,
					Escape.bytes(topic), Escape.bytes(payload)));
		}

		@Override
		public int read(byte[] buf, int off, int len) {
			if (this.cut) {
				return -1;
			}
			int n = this.inner.read(buf, off, len);
			if (n > 0) {
				this.inbound.feed(buf, off, n);
			}
			return this.cut ? -1 : n;
		}

		@Override
		public int write(byte[] buf, int off, int len) {
			if (this.cut) {
				return -1;
			}
			int n = this.inner.write(buf, off, len);
			if (n > 0) {
				this.outbound.feed(buf, off, n);
			}
			return n;
		}

		@Override
		public void close() {
			synchronized (SimNetwork.this.open) {
				SimNetwork.this.open.remove(this);
			}
			this.inner.close();
		}

		void cut() {
			this.cut = true;
			this.inner.close();
		}

		/** Stops this wrapper without touching the (reused) inner transport. */
		void retire() {
			this.cut = true;
			synchronized (SimNetwork.this.open) {
				SimNetwork.this.open.remove(this);
			}
		}
	}
}
