package ej.fake;

/**
 * The HIL mock API of the fake library: Simulator only.
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:407
 */
public final class ThingMock {

	private ThingMock() {
	}

	/**
	 * Must never be allowed to device code.
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:407
	 */
	public static int offer() {
		return 0;
	}
}
