<?xml version="1.0"?>
<!--
	Front Panel of the ESP-WROVER-KIT V4.1 for the mqttboard firmware in the MicroEJ Simulator: the 320x240 LCD and the
	red LED of the VEE Port's own front panel (MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:
	ESP32-WROVER-Xtensa-FreeRTOS-fp/src/main/resources/wrover.fp:9-10, same widgets and attributes), plus the two push
	buttons the firmware reads on GPIO34/35. The board has no MicroUI Buttons generator, so the buttons do not send
	MicroUI events: their listener hands each press and release to the mock of the button natives, which offers it to
	the Event Queue like the C natives (org.mqttboard.frontpanel.EventQueueButtonListener). Button form:
	MicroEJ/Example-FrontPanel@8f75d1f6:com.microej.example.fp.doublepress-fp/src/main/resources/board.fp:15 and
	MicroEJ/docs@60343897:VEEPortingGuide/uiPortSimulation.rst:186 (label, x, y, skin, pushedSkin, listenerClass).
	The images are this project's own drawings.
-->
<frontpanel
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xmlns="https://developer.microej.com"
	xsi:schemaLocation="https://developer.microej.com .widget.xsd">

	<device name="mqttboard-ESP32-WROVER" skin="mqttboard-wrover-board.png">
		<ej.fp.widget.Display x="40" y="40" width="320" height="240"/>
		<ej.fp.widget.LED label="0" x="410" y="43" ledOff="mqttboard-led-off.png" ledOn="mqttboard-led-red.png"/>
		<ej.fp.widget.Button label="0" x="385" y="113" skin="mqttboard-button.png" pushedSkin="mqttboard-button-pushed.png" listenerClass="org.mqttboard.frontpanel.EventQueueButtonListener"/>
		<ej.fp.widget.Button label="1" x="385" y="203" skin="mqttboard-button.png" pushedSkin="mqttboard-button-pushed.png" listenerClass="org.mqttboard.frontpanel.EventQueueButtonListener"/>
	</device>
</frontpanel>
