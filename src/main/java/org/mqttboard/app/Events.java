/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.io.UnsupportedEncodingException;

import org.mqttboard.app.bringup.BringUpError;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.bringup.StatusObserver;
import org.mqttboard.app.button.PublishPort;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionListener;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.platform.Log;

/**
 * The firmware's event hub: receives the MQTT session's callbacks and the bring-up states and errors, routes
 * messages to the display, publishes the announce message when ONLINE, reports dropped queued presses, and
 * forwards everything to the optional {@link FirmwareObserver}. Also the {@link PublishPort} the buttons use, so
 * every publish is observed in one place.
 * <p>
 * Threading: main loop only (the observer may be replaced from the thread that built the firmware, before
 * {@link Firmware#run()}).
 */
final class Events implements StatusObserver, SessionListener, PublishPort {

	/** The built components; null when the configuration was refused. */
	private Wiring wiring;
	/** The optional receiver of events; may be set from another thread before the loop runs. */
	private volatile FirmwareObserver observer;

	/** @param wiring the built components, or null when the configuration was refused */
	void attach(Wiring wiring) {
		this.wiring = wiring;
	}

	/** @param observer the receiver of events, or null */
	void setObserver(FirmwareObserver observer) {
		this.observer = observer;
	}

	@Override
	public void onState(int state, String name) {
		FirmwareObserver o = this.observer;
		if (o != null) {
			o.onState(state, name);
		}
		if (state == BringUpState.ONLINE && this.wiring != null) {
			this.wiring.announce(this);
		}
	}

	@Override
	public void onError(int error, String code, String message) {
		FirmwareObserver o = this.observer;
		if (o != null) {
			o.onError(error, code, message);
		}
	}

	@Override
	public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen,
			int qos, boolean retain) {
		FirmwareObserver o = this.observer;
		if (o != null) {
			o.onReceived(buf, topicOff, topicLen, payloadOff, payloadLen);
		}
		Wiring w = this.wiring;
		if (w != null && w.messages.show(subscription, buf, payloadOff, payloadLen, w.link.now()) && o != null) {
			o.onDisplay(w.messages.lastText());
		}
	}

	@Override
	public void onStateChange(int state, int cause) {
		// The bring-up machine reads state and cause from the session after each step and reports them.
	}

	@Override
	public void onPublishDone(int token, int status) {
		Wiring w = this.wiring;
		if (w == null || status == SessionStatus.OK) {
			return;
		}
		// A queued press that will never be delivered: the user must see it.
		if (status == SessionStatus.DROPPED_OVERFLOW) {
			w.reporter.error(BringUpError.QUEUE_FULL,
					"offline queue full: the oldest queued message was dropped");
		} else {
			w.reporter.error(BringUpError.PRESS_DROPPED,
					"queued message dropped: " + SessionStatus.name(status));
		}
	}

	@Override
	public void onEvent(int event, int arg) {
		Wiring w = this.wiring;
		if (w != null) {
			int level = event == SessionEvent.SUBSCRIBE_REFUSED || event == SessionEvent.OVERSIZE_DROPPED ? Log.WARN
					: Log.INFO;
			w.reporter.log(level, "MQTT " + SessionEvent.name(event) + " " + arg);
		}
	}

	@Override
	public int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain) {
		int rc = this.wiring.link.publish(topic, payload, length, qos, retain);
		FirmwareObserver o = this.observer;
		if (o != null && (rc == SENT || rc == QUEUED)) {
			o.onPublished(text(topic), payload, length, rc == QUEUED);
		}
		return rc;
	}

	private static String text(byte[] utf8) {
		try {
			return new String(utf8, "UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 missing");
		}
	}
}
