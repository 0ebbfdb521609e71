package ej.microui.event.generator;

public class Buttons extends ej.microui.event.EventGenerator {
}
