package ej.fake;

/**
 * A stub class.
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/bon.rst
 */
public class Thing {

	private Thing() {
	}

	/**
	 * Listed and cited.
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/bon.rst:10
	 */
	public static void cited() {
	}

	/** Listed, but says nothing about where it comes from. */
	public static void uncited() {
	}

	/**
	 * Cited but not listed.
	 * NO EVIDENCE: kept for the fixture.
	 */
	public static void unlisted() {
	}
}
