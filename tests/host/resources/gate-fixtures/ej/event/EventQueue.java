package ej.event;

/** A stub as a careless author might write it: one real member and one made up. */
public class EventQueue {
	public static EventQueue getInstance() {
		return null;
	}

	public void offerMadeUp(int data) {
	}
}
