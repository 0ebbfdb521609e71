# Prepares this machine for the build; sourced (bash) by ./simulate, ./run-tests and tests/*/run.
#   prepare_jdk NAME            a JDK from 17 up for ./mvnw and the simulator; exports JAVA_HOME, sets JAVA
#   prepare_test_packages NAME  the Debian packages of TEST_PACKAGES below
#   newest_jdk                  "<home> <version>" of the newest JDK under /usr/lib/jvm (CI builds with it too)
# Each installs what is missing where it may (root, or sudo without a password, and apt-get); where it may not,
# it stops at once with one line saying exactly what to install. NAME starts that line.

# What the tests need from Debian: one entry per tool, "<command or file that proves it is there>:<packages>".
# Add a line for a new tool (a broker, a browser, ...); ./run-tests and CI (.ci/run) install from this list only.
TEST_PACKAGES=(
	"/usr/sbin/mosquitto:mosquitto mosquitto-clients" # broker integration tests, benchmarks, fault suite
	"/usr/sbin/rabbitmq-server:rabbitmq-server"       # third real broker (no QoS 2: the degradation tests)
	"gcc:gcc libc6-dev"                               # C button natives, compiled with -Werror and unit-tested
	"openssl:openssl"                                 # test certificates
	"/bin/kill:procps"                                # SIGSTOP/SIGCONT of a broker (fault tests, benchmarks)
	"chromium:chromium"                               # the setup page in a real browser
	"chromedriver:chromium-driver"                    # WebDriver for that browser (Selenium)
	"ss:iproute2"                                     # TCP segment counts of the benchmarks (ss -tin)
)

# Debian packages that provide a JDK 17+, in order of preference (what the distribution has varies).
JDK_PACKAGES=(openjdk-17-jdk-headless openjdk-21-jdk-headless openjdk-25-jdk-headless default-jdk-headless)

prepare_jdk() {
	local who=$1 home
	if [ -n "${JAVA_HOME:-}" ]; then
		# An explicit choice is kept: fix it rather than silently use another JDK.
		if ! jdk_ok "$JAVA_HOME"; then
			echo "$who: JAVA_HOME=$JAVA_HOME is not a JDK 17 or newer ($(jdk_describe "$JAVA_HOME")): point it at one, or unset it" >&2
			exit 1
		fi
		home=$JAVA_HOME
	elif ! home=$(find_jdk); then
		if can_install; then
			echo "$who: no JDK 17 or newer found; installing one (Debian package) ..." >&2
			as_root apt-get update -qq >&2
			apt_install "$(first_available "${JDK_PACKAGES[@]}")"
		fi
		if ! home=$(find_jdk); then
			echo "$who: needs a JDK 17 or newer (java and javac), none found: install one (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless; macOS: brew install openjdk@17) or set JAVA_HOME to it" >&2
			exit 1
		fi
	fi
	export JAVA_HOME=$home
	JAVA=$home/bin/java
}

prepare_test_packages() {
	local who=$1 entry probe missing=()
	for entry in "${TEST_PACKAGES[@]}"; do
		probe=${entry%%:*}
		if [ "${probe#/}" != "$probe" ]; then
			[ -x "$probe" ] || [ -x "/usr$probe" ] || missing+=(${entry#*:})
		else
			command -v "$probe" >/dev/null 2>&1 || missing+=(${entry#*:})
		fi
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if ! can_install; then
		echo "$who: missing ${missing[*]}; install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run again" >&2
		exit 1
	fi
	echo "$who: installing ${missing[*]} (Debian packages) ..." >&2
	as_root apt-get update -qq >&2
	apt_install "${missing[@]}"
}

# The JDK home to use: java/javac on the PATH, else the newest JDK 17+ under /usr/lib/jvm; fails when none.
find_jdk() {
	local javac home newest
	if javac=$(command -v javac 2>/dev/null); then
		home=$(dirname "$(dirname "$(readlink -f "$javac" 2>/dev/null || echo "$javac")")")
		jdk_ok "$home" && { echo "$home"; return 0; }
	fi
	newest=$(newest_jdk) && [ "${newest##* }" -ge 17 ] && echo "${newest% *}"
}

# "<home> <version>" of the newest JDK under /usr/lib/jvm (Debian's and Temurin's place); fails when none.
newest_jdk() {
	local home version best="" best_version=0
	for home in /usr/lib/jvm/*/; do
		home=${home%/}
		[ -L "$home" ] && continue
		version=$(jdk_version "$home") || continue
		if [ "$version" -gt "$best_version" ]; then best=$home best_version=$version; fi
	done
	[ -n "$best" ] && echo "$best $best_version"
}

# The feature version (8, 17, 25, ...) of the JDK at $1; fails when $1 has no java and javac.
jdk_version() {
	[ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
	local v
	v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
	v=${v#1.}
	[ -n "$v" ] && echo "${v%%.*}"
}

jdk_ok() {
	local v
	v=$(jdk_version "$1") && [ "$v" -ge 17 ]
}

jdk_describe() {
	local v
	if v=$(jdk_version "$1"); then echo "version $v"; else echo "no bin/java and bin/javac there"; fi
}

# True when packages can be installed here without asking anyone: apt-get, and root or password-less sudo.
can_install() {
	command -v apt-get >/dev/null 2>&1 || return 1
	[ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

# Packages with a service (rabbitmq-server, mosquitto) start it from their postinst script. In a container without
# systemd or init that start can fail, and with it the whole install; on a desktop it would leave a system broker
# running that no test uses (the tests start their own on loopback). A policy-rc.d that exits 101 tells
# invoke-rc.d and deb-systemd-invoke not to start anything (Debian Policy, /usr/share/doc/init-system-helpers/
# README.policy-rc.d); it is written only when the machine has none, and removed again even when the install fails.
apt_install() {
	local own_policy="" rc=0
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d' \
			&& own_policy=1
	fi
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2 || rc=$?
	if [ -n "$own_policy" ]; then
		as_root rm -f /usr/sbin/policy-rc.d
	fi
	return $rc
}

# The first of the named Debian packages that the package lists have (after apt-get update).
first_available() {
	local p
	for p in "$@"; do
		if apt-cache show "$p" >/dev/null 2>&1; then echo "$p"; return 0; fi
	done
	echo "$1"
}
