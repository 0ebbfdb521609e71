package ej.microui.event;

/** The stub signature of defect 3: a generic get(Class) no public source shows. */
public class EventGenerator {
	@SuppressWarnings("unchecked")
	public static <E extends EventGenerator> E[] get(Class<E> clazz) {
		return (E[]) new EventGenerator[0];
	}
}
