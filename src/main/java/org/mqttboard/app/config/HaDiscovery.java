/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.app.button.PublishPort;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.platform.FirmwareVersion;

/**
 * Home Assistant MQTT discovery ({@code ha.discovery=true}): the retained config messages that make the board's
 * presses device triggers and its display topic a sensor, with availability from the will/announce topic.
 * <p>
 * Schemas: device triggers, www.home-assistant.io/integrations/device_trigger.mqtt/ ({@code automation_type:
 * trigger}, {@code type} {@code button_short_press}/{@code button_long_press}, {@code subtype}
 * {@code button_1}/{@code button_2}, {@code topic}, optional {@code payload} matched exactly, {@code device});
 * discovery topic {@code <prefix>/<component>/<node_id>/<object_id>/config} with ids of {@code [a-zA-Z0-9_-]}, the
 * {@code device} block ({@code identifiers}, {@code name}, {@code model}, {@code manufacturer}, {@code sw_version})
 * and availability ({@code availability_topic}, {@code payload_available}, {@code payload_not_available}):
 * www.home-assistant.io/integrations/mqtt/ ("MQTT Discovery"); the sensor: www.home-assistant.io/integrations/
 * sensor.mqtt/ ({@code state_topic}, {@code value_template}, {@code unique_id}).
 * <p>
 * The sensor's state topic is the first subscription, the one the display shows; a press whose payload changes from
 * press to press ({@code ${count}}, {@code ${uptime.ms}}) is advertised without {@code payload}, so any payload on
 * its topic fires the trigger. Messages are built once ({@link #prepare}) and published from those bytes on every
 * connect. The keys are read by {@link HaDiscoveryKeys}. Threading: main loop; built at boot.
 */
public final class HaDiscovery {

	/** Longest board name the configuration check reserves room for in the {@code model} field. */
	public static final int MAX_MODEL_CHARS = 32;

	private static final String[] OBJECTS = { "button_a_short", "button_a_long", "button_b_short", "button_b_long" };
	private static final String[] TYPES = { "button_short_press", "button_long_press" };
	private static final String[] SUBTYPES = { "button_1", "button_2" };
	private static final String HEX = "0123456789abcdef";

	private final String prefix;
	final String node;
	private final String name;
	final String[] pressTopics = new String[4];
	final String[] pressPayloads = new String[4];
	String stateTopic;
	String valueTemplate;
	String availability;
	String online;
	String offline;
	private byte[][] topics;
	private byte[][] payloads;

	HaDiscovery(String prefix, String node, String name) {
		this.prefix = prefix;
		this.node = node;
		this.name = name;
	}

	/** @return {@code id} with every character outside {@code [a-zA-Z0-9_-]} replaced by {@code _} */
	static String nodeId(String id) {
		char[] out = id.toCharArray();
		for (int i = 0; i < out.length; i++) {
			char ch = out[i];
			boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
					|| ch == '-';
			out[i] = ok ? ch : '_';
		}
		return out.length == 0 ? "mqttboard" : new String(out);
	}

	/**
	 * Builds the messages once, for this board.
	 *
	 * @param model the board's name, shown by Home Assistant as the device model
	 */
	public void prepare(String model) {
		int count = (this.stateTopic != null ? 1 : 0);
		for (int i = 0; i < 4; i++) {
			count += this.pressTopics[i] != null ? 1 : 0;
		}
		this.topics = new byte[count][];
		this.payloads = new byte[count][];
		String device = device(model);
		int m = 0;
		for (int i = 0; i < 4; i++) {
			if (this.pressTopics[i] == null) {
				continue;
			}
			StringBuilder b = new StringBuilder(256);
			b.append("{\"automation_type\":\"trigger\",\"type\":\"").append(TYPES[i & 1]).append("\",\"subtype\":\"")
					.append(SUBTYPES[i >> 1]).append('"');
			field(b, "topic", this.pressTopics[i]);
			if (this.pressPayloads[i] != null) {
				field(b, "payload", this.pressPayloads[i]);
			}
			b.append(",\"device\":").append(device).append('}');
			this.topics[m] = Utf8.encode(this.prefix + "/device_automation/" + this.node + "/" + OBJECTS[i] + "/config");
			this.payloads[m++] = Utf8.encode(b.toString());
		}
		if (this.stateTopic != null) {
			StringBuilder b = new StringBuilder(256);
			b.append('{');
			b.append("\"name\":\"Display\"");
			field(b, "unique_id", "mqttboard_" + this.node + "_display");
			field(b, "state_topic", this.stateTopic);
			if (this.valueTemplate != null) {
				field(b, "value_template", this.valueTemplate);
			}
			if (this.availability != null) {
				field(b, "availability_topic", this.availability);
				field(b, "payload_available", this.online == null ? "" : this.online);
				field(b, "payload_not_available", this.offline);
			}
			b.append(",\"device\":").append(device).append('}');
			this.topics[m] = Utf8.encode(this.prefix + "/sensor/" + this.node + "/display/config");
			this.payloads[m] = Utf8.encode(b.toString());
		}
	}

	private String device(String model) {
		StringBuilder b = new StringBuilder(128);
		b.append("{\"identifiers\":[");
		quote(b, "mqttboard_" + this.node);
		b.append(']');
		field(b, "name", this.name);
		field(b, "model", model);
		field(b, "manufacturer", "mqttboard");
		field(b, "sw_version", FirmwareVersion.VERSION);
		return b.append('}').toString();
	}

	/** @return the largest discovery PUBLISH packet, bytes */
	int largestPacket() {
		int largest = 0;
		for (int i = 0; i < this.topics.length; i++) {
			largest = Math.max(largest, FixedHeader.MAX_LENGTH + 2 + this.topics[i].length + this.payloads[i].length);
		}
		return largest;
	}

	/**
	 * Publishes every discovery message, retained, QoS 0 (Home Assistant reads them again from the broker after a
	 * restart). Call after every connect, before the announce.
	 *
	 * @param port the MQTT link
	 */
	public void publish(PublishPort port) {
		for (int i = 0; i < this.topics.length; i++) {
			port.publish(this.topics[i], this.payloads[i], this.payloads[i].length, 0, true);
		}
	}

	/** @return how many discovery messages there are */
	public int size() {
		return this.topics.length;
	}

	private static void field(StringBuilder b, String name, String value) {
		b.append(',');
		quote(b, name);
		b.append(':');
		quote(b, value);
	}

	/** Appends {@code s} as a JSON string (RFC 8259 section 7). */
	private static void quote(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch == '"' || ch == '\\') {
				b.append('\\').append(ch);
			} else if (ch < 0x20) {
				b.append("\\u00").append(HEX.charAt(ch >> 4)).append(HEX.charAt(ch & 15));
			} else {
				b.append(ch);
			}
		}
		b.append('"');
	}
}
