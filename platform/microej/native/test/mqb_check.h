/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief The check macro of the host C tests: CHECK(condition) counts, and prints "FAIL line <n>: <condition>" when
 * false. Include once, in the test's main file.
 */
#ifndef MQB_CHECK_H
#define MQB_CHECK_H

#include <stdio.h>

static int failures = 0;
static int checks = 0;

static void check(int condition, const char* what, int line) {
	checks++;
	if (!condition) {
		failures++;
		printf("FAIL line %d: %s\n", line, what);
	}
}

#define CHECK(c) check((c), #c, __LINE__)

#endif /* MQB_CHECK_H */
